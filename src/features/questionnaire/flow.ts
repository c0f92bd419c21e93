// Which questions a person sees, in which order, and how Next/Back/Skip/Change move between them.
// Pure: the screen keeps the state (./store.ts) and renders it.
import { CONTENT_LANGS } from '../../data/vocabulary';
import { AGE_BANDS, NEED_ANSWERS, type Answers } from '../../engines/recommend';
import { isYoung } from '../../engines/recommend-person';

export type QuestionId = keyof Answers;
export type Step = QuestionId | 'results';

export interface FlowState {
  answers: Answers;
  step: Step;
  /** Changing one answer from the results: Next (or Back) returns there. */
  editing: boolean;
}

export const START: FlowState = { answers: {}, step: 'danger', editing: false };

/** Options of each question, without "prefer not to say" (always offered as 'skip'). */
export function optionsFor(id: QuestionId, a: Answers): readonly string[] {
  switch (id) {
    case 'danger':
      return ['yes', 'no', 'unsure'];
    case 'about':
      return ['me', 'someone', 'child'];
    case 'age':
      return a.about === 'child' ? AGE_BANDS.slice(0, 3) : AGE_BANDS;
    case 'gender':
      return ['woman', 'man', 'another'];
    case 'relationship':
      return ['spouse', 'ex', 'dating', 'family'];
    case 'language':
      return CONTENT_LANGS;
    case 'children':
      return ['yes', 'no'];
    case 'needs':
      return NEED_ANSWERS;
  }
}

/**
 * At most 7 questions for anyone. The relationship only changes routing for people under 25
 * (dating violence, or a family member hurting a minor); for them the children question gives way,
 * and parents are still found through "school or childcare". Asking for a child needs neither.
 */
export function questionFlow(a: Answers): QuestionId[] {
  const forChild = a.about === 'child';
  const young = !forChild && isYoung(a.age);
  const flow: QuestionId[] = ['danger', 'about', 'age'];
  if (!forChild) flow.push('gender');
  if (young) flow.push('relationship');
  flow.push('language');
  if (!forChild && !young) flow.push('children');
  flow.push('needs');
  return flow;
}

/** Only the answers to questions this person is asked (a changed answer can make others moot). */
export function effectiveAnswers(a: Answers): Answers {
  const out: Record<string, unknown> = {};
  for (const id of questionFlow(a)) if (a[id] !== undefined) out[id] = a[id];
  return out;
}

export function answer(s: FlowState, patch: Answers): FlowState {
  return { ...s, answers: { ...s.answers, ...patch } };
}

export function next(s: FlowState): FlowState {
  if (s.editing || s.step === 'results') return { ...s, step: 'results', editing: false };
  const flow = questionFlow(s.answers);
  const i = flow.indexOf(s.step);
  return { ...s, step: i >= 0 && i + 1 < flow.length ? flow[i + 1] : 'results' };
}

/** Skip: the question stays unanswered and the flow moves on. */
export function skip(s: FlowState): FlowState {
  if (s.step === 'results') return s;
  const answers = { ...s.answers };
  delete answers[s.step];
  return next({ ...s, answers });
}

export function back(s: FlowState): FlowState {
  if (s.editing) return { ...s, step: 'results', editing: false };
  const flow = questionFlow(s.answers);
  if (s.step === 'results') return { ...s, step: flow[flow.length - 1] };
  const i = flow.indexOf(s.step);
  return i > 0 ? { ...s, step: flow[i - 1] } : s;
}

export function change(s: FlowState, id: QuestionId): FlowState {
  return { ...s, step: id, editing: true };
}

/** Position for "2 / 7" (1-based); the total can shrink or grow as answers change the flow. */
export function progress(s: FlowState): { n: number; total: number } {
  const flow = questionFlow(s.answers);
  return { n: s.step === 'results' ? flow.length : flow.indexOf(s.step) + 1, total: flow.length };
}
