// The printable sheet for a person checking the catalogue by phone: per window, the number to
// call and what to confirm, with the quoted source and its date. Plain HTML with print CSS, no
// external files, so it works offline and prints on paper.
import type { Catalogue } from '../src/data/validate';
import type { Schedule, Window } from '../src/data/schema';
import { neutralCode } from '../src/data/neutral-code';
import { freshness } from '../src/data/verification';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function hoursText(s: Schedule): string {
  if (s.kind === 'unknown') return `unknown${s.note ? ` (${s.note})` : ''}`;
  const dates = [
    s.between ? `only ${s.between.from} – ${s.between.until}` : '',
    ...(s.closures ?? []).map((c) => `closed ${c.from} – ${c.until}`),
  ].filter(Boolean);
  if (s.kind === 'always') return ['24 h', ...dates].join('; ');
  const rules = s.rules.map(
    (r) =>
      `${r.weeks ? `weeks ${r.weeks.join(',')} ` : ''}${r.days.join('/')} ${r.open}–${r.close}${r.languages ? ` [${r.languages.join(',')}]` : ''}`,
  );
  return [...rules, `holidays: ${s.holidays}`, `12/29–1/3: ${s.yearEnd}`, ...dates].join('; ');
}

function windowBlock(w: Window, cat: Catalogue, today: string): string {
  const sources = new Map(cat.sources.map((s) => [s.id, s]));
  const ids = [...new Set([...w.sources, ...w.channels.flatMap((c) => c.sources)])];
  const e = w.eligibility;
  const who = [
    e.note,
    e.gender !== 'any' ? `gender: ${e.gender}` : '',
    e.ageMin !== undefined || e.ageMax !== undefined ? `age: ${e.ageMin ?? ''}–${e.ageMax ?? ''}` : '',
    e.callers ? `callers: ${e.callers.join(', ')}` : '',
  ].filter(Boolean);
  const contacts = w.channels.map((c) => {
    const what =
      c.kind === 'tel' ? (c.number ?? 'number unknown') : 'url' in c ? (c.url ?? 'unknown') : c.kind;
    const extra = [
      c.kind === 'tel' && c.audience ? c.audience : '',
      c.confidence,
      ...(c.notes ?? []).map((n) => `menu/note: ${n}`),
      c.hours ? `hours: ${hoursText(c.hours)}` : '',
      c.languages ? `languages: ${c.languages.join(', ')}` : '',
    ].filter(Boolean);
    return `<li><strong>${esc(c.kind)} ${esc(what)}</strong> (${esc(extra.join('; '))}) ☐</li>`;
  });
  const quotes = ids.flatMap((id) => {
    const s = sources.get(id);
    if (!s) return [];
    const head = `${esc(s.title)} — ${esc(s.publisher)}, dated ${esc(s.stated ?? 'no date printed')}${s.url ? `<br><span class="url">${esc(s.url)}</span>` : ''}`;
    const qs = s.quotes.map((q) =>
      q.quote === null
        ? `<li class="gap">${esc(q.backs.join(', '))}: ${esc(q.reason)}</li>`
        : `<li>「${esc(q.quote)}」 <small>(${esc(q.backs.join(', '))})</small></li>`,
    );
    return [`<li>${head}<ul>${qs.join('')}</ul></li>`];
  });
  return `<section class="window">
<h2>${esc(w.name)} <small>${esc(w.id)} · ${neutralCode(w.id)} · ${freshness(w.lastVerified, today)}${w.lastVerified ? ` (${w.lastVerified})` : ''}</small></h2>
<h3>Call / open</h3><ul>${contacts.join('') || '<li>no contact</li>'}</ul>
<h3>Confirm</h3><ul>
<li>Hours: ${esc(hoursText(w.hours))} ☐</li>
<li>Year-end (12/29–1/3) and public holidays ☐</li>
<li>Languages: ${esc(w.channels.flatMap((c) => c.languages ?? []).join(', ') || 'not recorded')} ☐</li>
<li>Who may call: ${esc(who.join('; '))} ☐</li>
<li>Still exists under this name${w.currentName ? ` (now ${esc(w.currentName.name)})` : ''} ☐</li>
</ul>
<h3>Sources (as quoted)</h3><ul class="sources">${quotes.join('')}</ul>
<p class="sign">Checked on ____-__-__ by ____ · Note: ______________________________</p>
</section>`;
}

export function verifySheetHtml(cat: Catalogue, today: string): string {
  const css = `body{font:11pt/1.4 system-ui,sans-serif;margin:1.5em}h1{font-size:16pt}
section.window{border-top:2px solid #000;padding:.5em 0;break-inside:avoid-page}
h2{font-size:13pt;margin:.3em 0}h2 small{font-weight:normal;font-size:9pt}h3{font-size:10pt;margin:.4em 0 .1em}
ul{margin:.1em 0 .3em 1.2em;padding:0}.url{font-size:8pt;word-break:break-all}.gap{color:#a00}
.sign{margin-top:.6em}@media print{body{margin:0}a{color:#000}}`;
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>Madoguchi verification sheet ${today}</title>
<style>${css}</style></head><body>
<h1>Verification sheet — ${cat.windows.length} windows, printed ${today}</h1>
<p>Call each number (from a mobile and, where a #-number is listed, from an IP or Hikari phone too). Tick what matches the
live line or page; write what differs. Then record it: <code>npm run data:verified -- &lt;window-id&gt; --date YYYY-MM-DD --by &lt;initials&gt; [--note …]</code>.
Red lines are values whose source passage was not captured yet.</p>
${cat.windows.map((w) => windowBlock(w, cat, today)).join('\n')}
</body></html>
`;
}
