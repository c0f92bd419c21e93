// The finder's filters survive a visit to a window's details, in memory only, and are forgotten
// on quick exit.
import { memoryStore } from '../../shell/memory-store';
import { EMPTY_QUERY, type FinderQuery } from '../../engines/finder';

const store = memoryStore<FinderQuery>(EMPTY_QUERY);

export const getQuery = store.get;
export const setQuery = store.set;

// Filters from the answers apply once; coming back from a window's details keeps what the person loosened.
const applied = new WeakSet<FinderQuery>();
export function startingQuery(fromAnswers: FinderQuery | undefined): FinderQuery {
  if (!fromAnswers || applied.has(fromAnswers)) return getQuery();
  applied.add(fromAnswers);
  setQuery(fromAnswers);
  return fromAnswers;
}
