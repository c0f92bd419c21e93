import { it } from 'vitest';
import { windows, channelHours } from '../data/catalogue';
import { recommend, type Answers } from '../engines/recommend';
import { testHolidays, tokyo } from '../../tests/fixtures/holidays';
const ctx = { holidays: testHolidays, dated: channelHours };
const personas: [string, Answers, string][] = [
  ['teen dating', { danger: 'no', about: 'me', age: '13-17', gender: 'woman', relationship: 'dating', language: 'ja', needs: ['talk'] }, '2026-11-24T16:00'],
  ['man 40s', { danger: 'no', about: 'me', age: '25-64', gender: 'man', language: 'ja', children: 'no', needs: ['talk'] }, '2026-11-24T10:00'],
  ['tagalog', { danger: 'no', about: 'me', age: '25-64', gender: 'woman', language: 'tl', children: 'skip', needs: ['talk'] }, '2026-11-24T10:00'],
  ['portuguese', { danger: 'no', about: 'me', age: '25-64', gender: 'woman', language: 'pt' }, '2026-11-24T10:00'],
  ['chinese', { danger: 'no', about: 'me', language: 'zh' }, '2026-11-24T10:00'],
  ['vietnamese', { danger: 'no', about: 'me', language: 'vi' }, '2026-11-24T10:00'],
  ['mother', { danger: 'no', about: 'me', age: '25-64', gender: 'woman', language: 'ja', children: 'yes', needs: ['shelter'] }, '2026-11-25T23:30'],
  ['over 65', { danger: 'no', about: 'me', age: '65+', needs: ['talk'] }, '2026-11-24T10:00'],
  ['disability', { danger: 'no', about: 'me', age: '25-64', needs: ['disability', 'talk'] }, '2026-11-24T10:00'],
  ['friend', { danger: 'no', about: 'someone' }, '2026-11-24T10:00'],
  ['child', { danger: 'no', about: 'child', age: 'under-13' }, '2026-11-24T10:00'],
  ['danger', { danger: 'yes' }, '2026-11-24T10:00'],
  ['skip all', { danger: 'skip', about: 'skip', age: 'skip', gender: 'skip', language: 'skip', children: 'skip', needs: 'skip' }, '2026-11-24T10:00'],
];
it('explore', () => {
  for (const [name, a, at] of personas) {
    const r = recommend(a, windows, tokyo(at), ctx);
    console.log(`\n## ${name}  urgent=${r.urgent.map((x) => x.window.id).join(',')} fallback=${r.fallback.window.id}`);
    for (const x of r.ranked.slice(0, 8)) console.log(`  ${x.score} ${x.window.id}  ${x.reasons.map((q) => q.code + ('lang' in q ? ':' + q.lang + ('days' in q ? '/' + q.days.join('') + q.open + '-' + q.close : '') + '[' + q.via + ']' : '') + ('need' in q ? ':' + q.need : '') + ('via' in q && typeof q.via === 'string' ? ':' + q.via : '')).join(' ')}`);
  }
  const t0 = performance.now(); const n = 2000;
  for (let i = 0; i < n; i++) recommend(personas[i % personas.length][1], windows, new Date(Date.UTC(2026, 0, 1) + i * 3_600_000 * 7), ctx);
  console.log('ms/call', (performance.now() - t0) / n);
});
