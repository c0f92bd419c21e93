// A person's check of a window against its live source: recorded in the window's file, and
// counted by the data report. Pure: takes the catalogue files and returns new ones or an error.
import * as v from 'valibot';
import { Check } from './schema.ts';
import { validateCatalogue, type CatalogueFiles, type DataFile } from './validate.ts';

/** Re-check every window at least this often (and before each New Year). */
export const RECHECK_MONTHS = 6;

export interface CheckInput {
  windowId: string;
  date: string;
  by: string;
  note?: string;
}

function isRealDate(ymd: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ymd)) return false;
  const d = new Date(`${ymd}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === ymd;
}

/** Adds the check to the window's file; `today` is the Tokyo date (YYYY-MM-DD). */
export function recordCheck(
  files: CatalogueFiles,
  input: CheckInput,
  today: string,
): { ok: true; file: DataFile } | { ok: false; error: string } {
  if (!input.by.trim())
    return { ok: false, error: '--by is empty: give the initials of the person who checked' };
  if (!isRealDate(input.date))
    return { ok: false, error: `--date "${input.date}" is not a date (YYYY-MM-DD)` };
  if (input.date > today)
    return { ok: false, error: `--date ${input.date} is in the future (today is ${today})` };
  const check = { date: input.date, by: input.by.trim(), ...(input.note ? { note: input.note } : {}) };
  const parsed = v.safeParse(Check, check);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return { ok: false, error: `field "${v.getDotPath(issue) ?? 'check'}": ${issue.message}` };
  }
  const file = files.windows.find(
    (f) => Array.isArray(f.data) && f.data.some((w) => (w as { id?: unknown }).id === input.windowId),
  );
  if (!file) return { ok: false, error: `unknown window id "${input.windowId}"` };
  const data = (file.data as Record<string, unknown>[]).map((w) => {
    if (w.id !== input.windowId) return w;
    const checks = [...((w.checks as unknown[] | undefined) ?? []), parsed.output];
    const last =
      typeof w.lastVerified === 'string' && w.lastVerified > input.date ? w.lastVerified : input.date;
    return { ...w, lastVerified: last, checks };
  });
  const next = { ...file, data };
  const result = validateCatalogue({ ...files, windows: files.windows.map((f) => (f === file ? next : f)) });
  if (!result.ok) return { ok: false, error: result.errors.join('\n') };
  return { ok: true, file: next };
}

export type Freshness = 'verified' | 'stale' | 'unknown';

/** Checked within the last six months, checked longer ago, or never checked by a person. */
export function freshness(lastVerified: string, today: string): Freshness {
  if (!lastVerified) return 'unknown';
  const [y, m, d] = today.split('-').map(Number);
  const cutoff = new Date(Date.UTC(y, m - 1 - RECHECK_MONTHS, d)).toISOString().slice(0, 10);
  return lastVerified >= cutoff ? 'verified' : 'stale';
}
