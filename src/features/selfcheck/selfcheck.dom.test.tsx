import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { i18next } from '../../lib/i18n';
import { forgetEverything } from '../../shell/quick-exit/quick-exit';
import { Selfcheck } from './index';
import { FRESH, getCheckState, setCheckState } from './store';

beforeAll(async () => {
  await i18next.changeLanguage('en');
  await i18next.loadNamespaces(['common', 'selfcheck', 'questionnaire', 'finder', 'windows']);
});
beforeEach(() => setCheckState(FRESH));

const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
const exitsCall = () =>
  [...screen.getByTestId('selfcheck-exits').querySelectorAll('a[href^="tel:"]')].map((a) =>
    a.getAttribute('href'),
  );

describe('Is this violence?', () => {
  it('every step ends at windows: the questionnaire, the finder and the 24-hour lines', async () => {
    render(<Selfcheck />);
    await waitFor(() => expect(exitsCall()).toEqual(expect.arrayContaining(['tel:110', 'tel:0120279889'])));
    expect(screen.getByRole('button', { name: /Find a window that fits you/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Look through all windows' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'A husband, wife or partner' }));
    expect(exitsCall()).toContain('tel:110');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(exitsCall()).toContain('tel:110');
  });

  it('has its own wording for dating, with digital control and what children who see it go through', () => {
    render(<Selfcheck />);
    fireEvent.click(screen.getByRole('button', { name: 'A boyfriend or girlfriend (dating)' }));
    expect(heading()).toBe('Does any of this happen with your boyfriend or girlfriend?');
    for (const text of [
      'Checking your phone or LINE messages without asking',
      'Demanding your passwords',
      'Checking where you are with an app',
    ]) {
      expect(screen.getByLabelText(text)).toBeTruthy();
    }
    expect(screen.getByLabelText('Sharing your photos, or threatening to')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'When children see or hear it' })).toBeTruthy();
    expect(exitsCall()).toContain('tel:0120514477');
    expect(screen.getByTestId('selfcheck-exits').textContent).toContain('For dating violence');
  });

  it('mirrors what was ticked without a score or a verdict', () => {
    render(<Selfcheck />);
    fireEvent.click(screen.getByRole('button', { name: 'A husband, wife or partner' }));
    fireEvent.click(screen.getByLabelText('Demanding your passwords'));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(heading()).toBe('Thank you for taking a look');
    const text = document.body.textContent ?? '';
    expect(text).toContain('Control through phones and the internet');
    expect(text).not.toMatch(/score|\d+ ?%|you are being abused|you are a victim/i);
  });

  it("quick exit's forgetEverything() clears what was ticked", () => {
    render(<Selfcheck />);
    fireEvent.click(screen.getByRole('button', { name: 'A husband, wife or partner' }));
    fireEvent.click(screen.getByLabelText('Demanding your passwords'));
    expect(getCheckState().ticked).toEqual(['digital-1']);
    forgetEverything();
    expect(getCheckState()).toEqual(FRESH);
  });
});
