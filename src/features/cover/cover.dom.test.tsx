import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { i18next } from '../../lib/i18n';

// The cover's words are a lazy namespace (the cover screen loads it with its code).
beforeAll(() => i18next.loadNamespaces(['cover']));
import { applyIdentity } from '../../shell/identity/identities';
import { coverSettings, tryUnlock } from '../../shell/cover-lock';
import { Cover } from '.';

vi.mock('../../shell/cover-lock', () => ({ tryUnlock: vi.fn(), coverSettings: vi.fn() }));

afterEach(() => {
  applyIdentity('calc');
  vi.clearAllMocks();
});

describe('Cover', () => {
  it('shows the calculator by default, takes its title, reveals the page and sends "=" to the lock', () => {
    document.documentElement.classList.add('qx-hidden');
    render(<Cover screen={{ name: 'cover' }} />);
    expect(document.title).toBe('電卓');
    expect(document.documentElement.classList.contains('qx-hidden')).toBe(false);
    for (const d of '2580') fireEvent.click(screen.getByRole('button', { name: d }));
    fireEvent.click(screen.getByRole('button', { name: '計算する' }));
    expect(vi.mocked(tryUnlock)).toHaveBeenCalledWith('2580');
  });

  it.each([
    ['units', '単位換算', '.units'],
    ['timer', 'タイマー', '.timer'],
  ] as const)('shows the %s tool when the app wears that identity', (id, title, selector) => {
    applyIdentity(id);
    const { container } = render(<Cover screen={{ name: 'cover' }} />);
    expect(document.title).toBe(title);
    expect(container.querySelector(selector)).not.toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
  });

  it('opens the neutral settings from the menu button', () => {
    render(<Cover screen={{ name: 'cover' }} />);
    fireEvent.click(screen.getByRole('button', { name: '設定' }));
    expect(vi.mocked(coverSettings)).toHaveBeenCalledTimes(1);
  });
});
