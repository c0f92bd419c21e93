// Whether a native speaker has reviewed each translated locale (shown in TRANSLATIONS.md). Set
// `reviewed` to true only after such a review; re-confirming drift does not count.
import status from './review-status.json';

export const REVIEW_STATUS: Readonly<Record<string, { reviewed: boolean }>> = status;

/** The lines TRANSLATIONS.md must carry, one per locale. */
export function reviewLine(code: string): string {
  return `| ${code} | ${REVIEW_STATUS[code]?.reviewed ? 'yes' : 'not yet'} |`;
}
