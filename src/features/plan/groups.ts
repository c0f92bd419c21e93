// The plan's grouping, exactly as far as the seed prints it: consecutive programmes under the
// same printed heading(s) form a group; programmes with no printed heading form "no heading" runs.
import type { Programme } from '../../data/schema';

export interface ProgrammeGroup {
  /** Printed headings, outermost first (basic goal, then direction); empty when none is printed. */
  headings: string[];
  programmes: Programme[];
}

export function groupProgrammes(programmes: readonly Programme[]): ProgrammeGroup[] {
  const groups: ProgrammeGroup[] = [];
  for (const p of [...programmes].sort((a, b) => a.no - b.no)) {
    const headings = [p.group?.basicGoal, p.group?.direction].filter((h): h is string => !!h);
    const last = groups[groups.length - 1];
    if (last && last.headings.join('|') === headings.join('|')) last.programmes.push(p);
    else groups.push({ headings, programmes: [p] });
  }
  return groups;
}
