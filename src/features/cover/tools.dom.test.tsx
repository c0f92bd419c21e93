import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import type { ComponentType } from 'preact';
import { i18next } from '../../lib/i18n';

// The cover's words are a lazy namespace (the cover screen loads it with its code).
beforeAll(() => i18next.loadNamespaces(['cover']));
import { Calculator } from './calculator';
import type { CoverToolProps } from './tool-props';
import { TimerTool } from './timer';
import { UnitConverter } from './units';

const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

/** What the reader sees, with every number blurred: it may depend on what was typed, nothing else. */
const shape = (html: string) => html.replace(/[\d.,]+/g, '#');

interface Case {
  name: string;
  Tool: ComponentType<CoverToolProps>;
  /** Types the code and commits it the way the reader would. */
  enter: (code: string) => void;
}

const cases: Case[] = [
  {
    name: 'calculator (=)',
    Tool: Calculator,
    enter(code) {
      for (const d of code) click(d);
      click('計算する');
    },
  },
  {
    name: 'unit converter (換算)',
    Tool: UnitConverter,
    enter(code) {
      type('数値', code);
      click('換算');
    },
  },
  {
    name: 'timer (スタート)',
    Tool: TimerTool,
    enter(code) {
      type('分', code.slice(0, 2));
      type('秒', code.slice(2));
      click('スタート');
    },
  },
];

describe.each(cases)('$name', ({ Tool, enter }) => {
  it('reports the digits as typed when the entry is committed', () => {
    const onUnlockAttempt = vi.fn();
    render(<Tool onUnlockAttempt={onUnlockAttempt} />);
    enter('1234');
    expect(onUnlockAttempt).toHaveBeenCalledTimes(1);
    expect(onUnlockAttempt).toHaveBeenCalledWith('1234');
  });

  it('looks the same whatever code was entered (no hint that a code was wrong)', () => {
    const after = (code: string) => {
      const { container, unmount } = render(<Tool onUnlockAttempt={() => {}} />);
      enter(code);
      const html = container.innerHTML;
      unmount();
      return html;
    };
    const first = after('1234');
    expect(shape(after('2468'))).toBe(shape(first));
    expect(shape(after('4321'))).toBe(shape(first));
    expect(first).not.toMatch(/role="alert|alertdialog|<dialog/);
  });
});

describe('committing', () => {
  it('on the calculator reports every "=" with the digits since the last clear or "=", and still calculates', () => {
    const onUnlockAttempt = vi.fn();
    const { container } = render(<Calculator onUnlockAttempt={onUnlockAttempt} />);
    for (const k of ['9', 'クリア', '1', '2', '+', '3', '4']) click(k);
    click('計算する');
    expect(onUnlockAttempt).toHaveBeenLastCalledWith('1234');
    expect(container.querySelector('.calc-display')?.textContent).toBe('46');
    for (const k of ['2', '5', '8', '0']) click(k);
    click('計算する');
    expect(onUnlockAttempt).toHaveBeenLastCalledWith('2580');
    expect(onUnlockAttempt).toHaveBeenCalledTimes(2);
  });

  it('on the unit converter reports Enter too, reads full-width digits, shows no change on commit, and converts for real', () => {
    const onUnlockAttempt = vi.fn();
    const { container } = render(<UnitConverter onUnlockAttempt={onUnlockAttempt} />);
    type('数値', '１２３４');
    const before = container.innerHTML;
    fireEvent.submit(container.querySelector('form')!);
    expect(onUnlockAttempt).toHaveBeenCalledWith('1234');
    expect(container.innerHTML).toBe(before);
    type('数値', '100');
    click('温度');
    expect(container.querySelector('output')?.textContent).toContain('212');
  });

  it('on the timer reports the start even when nothing can be timed, and starts a real countdown', () => {
    const onUnlockAttempt = vi.fn();
    render(<TimerTool onUnlockAttempt={onUnlockAttempt} />);
    type('分', '00');
    type('秒', '00');
    click('スタート');
    expect(onUnlockAttempt).toHaveBeenLastCalledWith('0000');
    type('分', '12');
    type('秒', '34');
    click('スタート');
    expect(screen.getByRole('timer', { name: 'タイマー' }).textContent).toBe('12:34');
    click('リセット');
    expect(screen.getByLabelText('分')).toBeTruthy();
  });
});
