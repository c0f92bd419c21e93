import { describe, expect, it } from 'vitest';
import programmes from '../../data/programmes.json';
import type { Programme } from '../../data/schema';
import { groupProgrammes } from './groups';

describe('plan grouping', () => {
  it('keeps all 57 programmes once, in order, under only the headings the seed prints', () => {
    const groups = groupProgrammes(programmes as Programme[]);
    expect(groups.flatMap((g) => g.programmes.map((p) => p.no))).toEqual(
      Array.from({ length: 57 }, (_, i) => i + 1),
    );
    const headed = groups.filter((g) => g.headings.length > 0);
    expect(headed.map((g) => g.programmes.map((p) => p.no))).toEqual([
      [7],
      [47, 48, 49, 50, 51, 52, 53, 54],
      [55],
      [56],
      [57],
    ]);
    expect(groups.find((g) => g.programmes[0].no === 55)!.headings).toEqual([
      'Ⅴ 関係機関・民間団体との連携協力体制の強化',
      '2 職務関係者による配慮',
    ]);
  });
});
