// Window detail: a #-number shows what to dial when it does not connect, and the correction note
// appears only when the build names where to send it.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { i18next } from '../../lib/i18n';
import { neutralCode } from '../../data/neutral-code';
import { WindowDetail } from '.';

beforeAll(() => i18next.loadNamespaces(['detail', 'finder', 'windows']));
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

// 03:00 on a year-end night in Tokyo.
const atNight = () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-31T03:00:00+09:00'));
};
const telLinks = (el: Element) =>
  [...el.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) => a.href);

describe('window detail', () => {
  it('#7171 shows its sourced numbers for phones that cannot dial it', async () => {
    atNight();
    const { container } = render(<WindowDetail screen={{ name: 'window', id: 'pref-abuse-7171' }} />);
    await waitFor(() => expect(telLinks(container).length).toBeGreaterThan(0));
    const links = telLinks(container).join(' ');
    expect(links).toContain('01208' + '07171');
    expect(links).toContain('0487627533');
    expect(container.textContent).toContain('上の番号につながらない場合');
  });

  it('#8008 names another line with a regular or 0120 number when it does not connect', async () => {
    atNight();
    const { container } = render(<WindowDetail screen={{ name: 'window', id: 'dv-navi-8008' }} />);
    const block = await waitFor(() => container.querySelector('[data-testid="if-no-connect"]')!);
    expect(block.textContent).toContain('この番号につながらない場合');
    expect(telLinks(block).join(' ')).toContain('0120279889');
  });

  it('offers no correction note when no maintainers’ contact is configured', async () => {
    const { container } = render(<WindowDetail screen={{ name: 'window', id: 'dv-plus' }} />);
    await waitFor(() => expect(container.querySelector('.window-detail')).not.toBeNull());
    expect(container.querySelector('[data-testid="correction"]')).toBeNull();
  });

  it('with a contact configured, copies a note naming the window only by its neutral code', async () => {
    vi.stubEnv('VITE_CORRECTIONS_CONTACT', 'fix@example.org');
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { container } = render(<WindowDetail screen={{ name: 'window', id: 'dv-navi-8008' }} />);
    const box = await waitFor(() => container.querySelector('[data-testid="correction"]')!);
    expect(box.textContent).toContain('fix@example.org');
    fireEvent.input(box.querySelectorAll('textarea')[0], { target: { value: 'つながらなかった' } });
    fireEvent.click(screen.getByRole('button', { name: 'メモをコピー' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(text).toContain(neutralCode('dv-navi-8008'));
    expect(text).toContain('電話番号');
    expect(text).toContain('つながらなかった');
    expect(text).not.toMatch(/DV|暴力|8008|相談/);
  });
});
