// `npx vitest bench --run src/engines/recommend.bench.ts`. Budget: ≤ 1 ms per call over the whole
// catalogue (issue 5). Each call gets another moment, so nothing is cached between calls but the
// per-window facts, as in the app.
import { bench, describe } from 'vitest';
import { channelHours, windows } from '../data/catalogue';
import { testHolidays, tokyo } from '../../tests/fixtures/holidays';
import { recommend, type Answers } from './recommend';

const ctx = { holidays: testHolidays, dated: channelHours };
const start = tokyo('2026-01-01T00:00').getTime();
const HOUR = 3_600_000;
const personas: Answers[] = [
  { danger: 'yes' },
  { danger: 'no', about: 'me', age: '16-17', gender: 'woman', relationship: 'dating', needs: ['talk'] },
  { danger: 'no', about: 'me', age: '25-64', gender: 'man', children: 'no', needs: ['talk', 'legal'] },
  {
    danger: 'unsure',
    about: 'me',
    gender: 'woman',
    language: 'tl',
    children: 'yes',
    needs: ['shelter', 'school-childcare'],
  },
  { about: 'someone', needs: 'skip' },
];
let i = 0;

describe(`recommend() over the whole catalogue (${windows.length} windows)`, () => {
  bench(
    'one call, varied answers and moments',
    () => {
      i++;
      recommend(personas[i % personas.length], windows, new Date(start + (i % 20_000) * 7 * HOUR), ctx);
    },
    { time: 3000, warmupTime: 1000 },
  );
});
