// The finder's filters survive a visit to a window's details, in memory only, and are forgotten
// on quick exit.
import { onForget } from '../../shell/quick-exit/quick-exit';
import { EMPTY_QUERY, type FinderQuery } from '../../engines/finder';

let current: FinderQuery = EMPTY_QUERY;
onForget(() => {
  current = EMPTY_QUERY;
});

export const getQuery = (): FinderQuery => current;
export function setQuery(q: FinderQuery): void {
  current = q;
}
