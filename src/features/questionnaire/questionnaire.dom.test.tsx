import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { i18next } from '../../lib/i18n';
import { forgetEverything } from '../../shell/quick-exit/quick-exit';
import { START } from './flow';
import { Questionnaire } from './index';
import { getFlowState, setFlowState } from './store';

beforeAll(async () => {
  await i18next.changeLanguage('en');
  await i18next.loadNamespaces(['common', 'questionnaire', 'finder', 'windows']);
});
beforeEach(() => setFlowState(START));

const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
const progressText = () => document.querySelector('.q-progress-text')?.textContent;
const choose = (label: string | RegExp) => fireEvent.click(screen.getByLabelText(label));
const submit = () => fireEvent.click(document.querySelector<HTMLButtonElement>('button[type="submit"]')!);

describe('Questionnaire', () => {
  it('"yes" to danger shows 110 as one tap, before the 24-hour lines and before the next question', async () => {
    render(<Questionnaire />);
    expect(heading()).toBe('Are you or someone else in danger right now?');
    expect(document.querySelector('a[href^="tel:"]')).toBeNull();
    choose('Yes');
    await waitFor(() => expect(screen.getByTestId('danger-now')).toBeTruthy());
    const calls = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) =>
      a.getAttribute('href'),
    );
    expect(calls[0]).toBe('tel:110');
    expect(calls).toContain('tel:0120279889');
    // One tap: no note to read first on the way to 110.
    expect(document.querySelector('a[href="tel:110"]')?.getAttribute('aria-expanded')).toBeNull();
    expect(getFlowState()).toMatchObject({ step: 'danger', answers: { danger: 'yes' } });
  });

  it('a 16-year-old is asked about the relationship, never more than 7 questions, and sees the dating line and DV相談＋ in the first five', async () => {
    render(<Questionnaire />);
    const seen: string[] = [];
    const step = (label?: string | RegExp) => {
      seen.push(heading() ?? '');
      expect(progressText()).toMatch(/^\d \/ [5-7]$/);
      if (label) choose(label);
      submit();
    };
    step('No');
    step('Me');
    step('16 or 17');
    expect(progressText()).toBe('4 / 7');
    step('Woman');
    expect(heading()).toBe('Who is the person hurting you?');
    step('A boyfriend or girlfriend');
    expect(screen.getByLabelText<HTMLInputElement>(/^English/).checked).toBe(true); // starts from the UI language
    step();
    step('Someone to talk to');
    expect(seen).toHaveLength(7);
    expect(seen).not.toContain('Do children live with you?');
    await waitFor(() => expect(heading()).toBe('Windows that may fit you'));
    const cards = [...screen.getByTestId('ranked').querySelectorAll('[data-window]')];
    expect(cards.length).toBeLessThanOrEqual(5);
    const dating = cards.find((c) => c.getAttribute('data-window') === 'date-dv-110');
    expect(dating?.textContent).toContain('For violence from a boyfriend or girlfriend (dating violence)');
    // In English, DV相談＋ (chat in English) comes first; both are in the first five.
    expect(cards.map((c) => c.getAttribute('data-window'))).toContain('dv-plus');
  });

  it('changes one answer from the results and comes straight back to them', async () => {
    setFlowState({
      step: 'results',
      editing: false,
      answers: { danger: 'no', about: 'me', age: '25-64', gender: 'man' },
    });
    render(<Questionnaire />);
    await waitFor(() => expect(heading()).toBe('Windows that may fit you'));
    fireEvent.click(screen.getByRole('button', { name: 'Change: What is your gender?' }));
    await waitFor(() => expect(heading()).toBe('What is your gender?'));
    expect(screen.getByRole('button', { name: 'Back to the results' })).toBeTruthy();
    choose('Woman');
    submit();
    await waitFor(() => expect(heading()).toBe('Windows that may fit you'));
    expect(document.querySelector('[data-question="gender"] dd')?.textContent).toBe('Woman');
    expect(getFlowState().answers).toMatchObject({ about: 'me', age: '25-64', gender: 'woman' });
  });

  it('Skip and "prefer not to say" move on; Back returns without touching browser history', () => {
    const before = history.length;
    render(<Questionnaire />);
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    expect(heading()).toBe('Who is this about?');
    choose('Prefer not to say');
    submit();
    expect(getFlowState().answers).toEqual({ about: 'skip' });
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(heading()).toBe('Who is this about?');
    expect(history.length).toBe(before);
  });

  it("quick exit's forgetEverything() clears the answers and the step", async () => {
    render(<Questionnaire />);
    choose('No');
    submit();
    choose('Someone else (a friend or family member)');
    submit();
    expect(getFlowState().answers).toEqual({ danger: 'no', about: 'someone' });
    forgetEverything();
    expect(getFlowState()).toEqual(START);
    await waitFor(() => expect(heading()).toBe('Are you or someone else in danger right now?'));
    expect(document.querySelectorAll('input:checked')).toHaveLength(0);
  });
});
