import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { i18next } from '../../lib/i18n';
import { forgetEverything } from '../../shell/quick-exit/quick-exit';
import { Finder } from '.';

beforeAll(() => i18next.loadNamespaces(['finder', 'windows']));
// The finder keeps its filters in memory between visits; the quick exit forgets them.
beforeEach(() => forgetEverything());

const cards = (container: Element) =>
  [...container.querySelectorAll<HTMLElement>('[data-testid="results"] .window-card')].map(
    (c) => c.dataset.window,
  );

function search(container: Element, text: string) {
  const input = container.querySelector<HTMLInputElement>('input[type="search"]')!;
  fireEvent.input(input, { target: { value: text } });
}

describe('finder', () => {
  it('finds windows by half-width katakana, hiragana and romaji', async () => {
    const { container } = render(<Finder screen={{ name: 'finder' }} />);
    await waitFor(() => expect(cards(container).length).toBeGreaterThan(30));
    search(container, 'ﾌﾟﾗｽ');
    await waitFor(() => expect(cards(container)).toContain('dv-plus'));
    search(container, 'よりそい');
    await waitFor(() => expect(cards(container)).toEqual(['yorisoi']));
    search(container, 'deeto');
    await waitFor(() => expect(cards(container)).toEqual(['date-dv-110']));
    search(container, 'でーと');
    await waitFor(() => expect(cards(container)).toEqual(['date-dv-110']));
  });

  it('"man" removes women-only windows; a need narrows the list', async () => {
    const { container } = render(<Finder screen={{ name: 'finder' }} />);
    await waitFor(() => expect(cards(container)).toContain('city-women-line'));
    fireEvent.click(screen.getByText('さらに絞り込む'));
    fireEvent.click(screen.getByRole('button', { name: '男性' }));
    await waitFor(() => expect(cards(container)).not.toContain('city-women-line'));
    expect(cards(container)).toContain('city-men-line');
    const before = cards(container).length;
    fireEvent.click(screen.getByRole('button', { name: /住所を知られたくない/ }));
    await waitFor(() => expect(cards(container).length).toBeLessThan(before));
    expect(cards(container)).toContain('resident-record-restriction');
  });
});
