import { describe, expect, it } from 'vitest';
import { isSafetyPlanRecord } from '../../lib/safety-plan-record';
import { EMPTY_PLAN, addLine, newLineId, removeLine, toggleLine, toggleStep } from './plan-state';

describe('safety plan changes', () => {
  it('ticks and unticks a step', () => {
    const one = toggleStep(EMPTY_PLAN, 'talk');
    expect(one.ticked).toEqual(['talk']);
    expect(toggleStep(one, 'talk').ticked).toEqual([]);
  });

  it('adds, ticks and removes own lines; empty lines are ignored; long ones are cut', () => {
    let p = addLine(EMPTY_PLAN, 'leaving', '  keys at a friend’s  ', newLineId(EMPTY_PLAN));
    expect(p.own).toEqual([{ id: 'l0', phase: 'leaving', text: 'keys at a friend’s', ticked: false }]);
    expect(addLine(p, 'after', '   ', 'x')).toBe(p);
    p = addLine(p, 'after', 'x'.repeat(500), newLineId(p));
    expect(p.own[1].text).toHaveLength(200);
    p = toggleLine(p, 'l0');
    expect(p.own[0].ticked).toBe(true);
    expect(removeLine(p, 'l0').own.map((l) => l.id)).toEqual(['l1']);
    expect(isSafetyPlanRecord(p)).toBe(true);
  });

  it('gives new lines ids not yet taken', () => {
    const p = addLine(addLine(EMPTY_PLAN, 'staying', 'a', 'l1'), 'staying', 'b', 'l0');
    expect(newLineId(p)).toBe('l2');
  });
});

describe('kept safety plan check', () => {
  it('accepts a plan and rejects corrupt shapes', () => {
    expect(isSafetyPlanRecord({ ticked: ['talk'], own: [] })).toBe(true);
    for (const bad of [
      null,
      'plan',
      { ticked: 'talk', own: [] },
      { ticked: [], own: [{ id: 'l0', phase: 'somewhere', text: 'a', ticked: false }] },
      { ticked: [], own: [{ id: 'l0', phase: 'after', text: '', ticked: false }] },
      { ticked: [], own: [], extra: 1 },
      { ticked: ['<script>'], own: [] },
    ])
      expect(isSafetyPlanRecord(bad), JSON.stringify(bad)).toBe(false);
  });
});
