// The finder's filters survive a visit to a window's details, in memory only, and are forgotten
// on quick exit.
import { memoryStore } from '../../shell/memory-store';
import { EMPTY_QUERY, type FinderQuery } from '../../engines/finder';

const store = memoryStore<FinderQuery>(EMPTY_QUERY);

export const getQuery = store.get;
export const setQuery = store.set;
