import { useEffect, useState } from 'preact/hooks';
import { windowsForProgramme } from '../../data/catalogue';
import { programmes } from '../../data/programmes';
import type { Programme } from '../../data/schema';
import { matchesQuery } from '../../engines/normalise';
import { useT } from '../../lib/use-t';
import { dataText } from '../../lib/data-text';
import type { ScreenProps } from '../../shell/navigation';
import { WindowLinkItem } from '../shared/window-link-item';
import { groupProgrammes } from './groups';
import '../shared/cards.css';
import './plan.css';

function text(p: Programme, field: 'title' | 'purpose' | 'fy2020'): string {
  return dataText('plan', `p.${p.no}.${field}`, p[field]);
}

/** Marks a long text shown in the city's Japanese original, so it is read out as Japanese. */
function langOf(p: Programme, field: 'purpose' | 'fy2020'): 'ja' | undefined {
  return text(p, field) === p[field] ? 'ja' : undefined;
}

function ProgrammeItem({ p, open }: { p: Programme; open: boolean }) {
  const t = useT(['plan', 'windows']);
  const related = windowsForProgramme(p.no);
  const translated = text(p, 'title') !== p.title;
  return (
    <li class="programme" id={`programme-${p.no}`} data-programme={p.no}>
      <details open={open}>
        <summary>
          <span class="programme-no">{t('ui.programme', { no: p.no })}</span> {text(p, 'title')}
        </summary>
        {translated && (
          <p class="official-name" lang="ja">
            {p.title}
          </p>
        )}
        <h3>{t('ui.purpose')}</h3>
        <p lang={langOf(p, 'purpose')}>{text(p, 'purpose')}</p>
        <h3>{t('ui.fy2020')}</h3>
        <p class="fy2020" lang={langOf(p, 'fy2020')}>
          {text(p, 'fy2020')}
        </p>
        <h3>{t('ui.department')}</h3>
        <ul>
          {p.departments.map((d) => (
            <li key={d.name}>
              {dataText('plan', `departments.${d.name}`, d.name)}
              {d.renamed && (
                <span class="renamed">
                  {' '}
                  ({t('ui.renamed')}: {dataText('plan', `renamed.${d.renamed}`, d.renamed)})
                </span>
              )}
            </li>
          ))}
        </ul>
        {p.audiences.length > 0 && (
          <p>
            {t('ui.audiences')}: {p.audiences.map((a) => t('ui.audience.' + a)).join(', ')}
          </p>
        )}
        <h3>{t('ui.windows')}</h3>
        {related.length === 0 ? (
          <p>{t('ui.noWindows')}</p>
        ) : (
          <ul>
            {related.map((w) => (
              <WindowLinkItem key={w.id} window={w} buttonClass="link-button" />
            ))}
          </ul>
        )}
        {translated && <p class="hint">{t('ui.translated')}</p>}
      </details>
    </li>
  );
}

export function PlanBrowser({ screen }: ScreenProps) {
  const t = useT(['plan', 'windows']);
  const target = screen.name === 'plan' ? screen.programme : undefined;
  const [query, setQuery] = useState('');
  useEffect(() => {
    if (target) document.getElementById(`programme-${target}`)?.scrollIntoView();
  }, [target]);
  const matches = (p: Programme) =>
    !query.trim() ||
    String(p.no) === query.trim() ||
    matchesQuery(query, [
      p.title,
      p.purpose,
      p.fy2020,
      text(p, 'title'),
      text(p, 'purpose'),
      text(p, 'fy2020'),
      ...p.departments.map((d) => d.name),
      ...p.departments.map((d) => dataText('plan', `departments.${d.name}`, d.name)),
    ]);
  const groups = groupProgrammes(programmes.filter(matches));
  const count = groups.reduce((n, g) => n + g.programmes.length, 0);
  return (
    <section class="plan">
      <h1>{t('ui.title')}</h1>
      <p class="hint">{t('ui.intro')}</p>
      <label class="field">
        <span>{t('ui.search')}</span>
        <input type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
      </label>
      <p aria-live="polite">{t('ui.count', { count })}</p>
      {groups.map((g) => (
        <section key={g.programmes[0].no} class="programme-group">
          <h2>
            {g.headings.length > 0
              ? g.headings.map((h) => dataText('plan', `groups.${h}`, h)).join(' / ')
              : t('ui.noHeading')}
          </h2>
          <ul class="programme-list">
            {g.programmes.map((p) => (
              <ProgrammeItem key={p.no} p={p} open={p.no === target} />
            ))}
          </ul>
        </section>
      ))}
      <p class="hint">{t('ui.source')}</p>
    </section>
  );
}
