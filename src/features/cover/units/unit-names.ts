// Unit names and results in the reader's language, from the browser's own Intl data. Seven
// significant digits, as a pocket converter shows (and never 0.30000000000000004).
import { numberFormat } from '../../../lib/intl-format';

function formatter(locale: string, unit: string, display: 'long' | 'short'): Intl.NumberFormat {
  try {
    return numberFormat(locale, {
      style: 'unit',
      unit,
      unitDisplay: display,
      maximumSignificantDigits: 7,
    });
  } catch {
    // A private-use tag (ja-x-easy) or an unknown locale: Japanese names are the safe fallback.
    return numberFormat('ja', {
      style: 'unit',
      unit,
      unitDisplay: display,
      maximumSignificantDigits: 7,
    });
  }
}

const unitPart = (f: Intl.NumberFormat) =>
  f
    .formatToParts(1)
    .filter((p) => p.type === 'unit')
    .map((p) => p.value.trim());

/** "メートル (m)"; just "°C" where the long name wraps the number ("摂氏 20 度"). */
export function unitLabel(locale: string, unit: string): string {
  const long = unitPart(formatter(locale, unit, 'long'));
  const short = unitPart(formatter(locale, unit, 'short')).join(' ');
  if (long.length !== 1 || long[0] === short) return short;
  return `${long[0]} (${short})`;
}

export function formatAmount(locale: string, unit: string, value: number): string {
  return formatter(locale, unit, 'long').format(value);
}
