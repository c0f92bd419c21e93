import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONTENT_LANGS } from '../../data/schema';
import { AGE_BANDS, type Answers } from '../../engines/recommend';
import { START, back, change, effectiveAnswers, answer, next, progress, questionFlow, skip } from './flow';

describe('questionFlow', () => {
  it('asks a 16-year-old about the relationship instead of children, 7 questions in all', () => {
    expect(questionFlow({ about: 'me', age: '16-17' })).toEqual([
      'danger',
      'about',
      'age',
      'gender',
      'relationship',
      'language',
      'needs',
    ]);
  });
  it('asks an adult about children, not the relationship', () => {
    expect(questionFlow({ about: 'me', age: '25-64' })).toEqual([
      'danger',
      'about',
      'age',
      'gender',
      'language',
      'children',
      'needs',
    ]);
  });
  it('asking for a child: no gender, relationship or children question', () => {
    expect(questionFlow({ about: 'child', age: '16-17' })).toEqual([
      'danger',
      'about',
      'age',
      'language',
      'needs',
    ]);
  });
  it('never more than 7 questions, whatever the answers', () => {
    const arb = fc.record(
      {
        about: fc.constantFrom('me', 'someone', 'child', 'skip'),
        age: fc.constantFrom(...AGE_BANDS, 'skip'),
        gender: fc.constantFrom('woman', 'man', 'another', 'skip'),
        relationship: fc.constantFrom('spouse', 'ex', 'dating', 'family', 'skip'),
        language: fc.constantFrom(...CONTENT_LANGS),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(arb, (a) => questionFlow(a as Answers).length <= 7));
  });
});

describe('moving through the questions', () => {
  it('Next follows the flow, Back returns, Skip leaves the question unanswered', () => {
    let s = next(answer(START, { danger: 'no' }));
    expect(s.step).toBe('about');
    s = skip(answer(s, { about: 'me' }));
    expect(s).toMatchObject({ step: 'age', answers: { danger: 'no' } });
    expect(back(s).step).toBe('about');
    expect(progress(s)).toEqual({ n: 3, total: 7 });
  });
  it('Change jumps to one question and Next goes straight back to the results', () => {
    const done = {
      answers: { danger: 'no', about: 'me', age: '25-64' } as Answers,
      step: 'results' as const,
      editing: false,
    };
    const editing = change(done, 'about');
    expect(editing.step).toBe('about');
    expect(next(answer(editing, { about: 'someone' }))).toMatchObject({
      step: 'results',
      editing: false,
      answers: { about: 'someone' },
    });
    expect(back(editing).step).toBe('results');
  });
  it('answers to questions no longer asked do not count', () => {
    expect(effectiveAnswers({ about: 'me', age: '16-17', children: 'no', relationship: 'dating' })).toEqual({
      about: 'me',
      age: '16-17',
      relationship: 'dating',
    });
  });
});
