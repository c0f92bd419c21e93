import { getWindow } from '../../data/catalogue';
import { useT } from '../../lib/use-t';
import { CallLink } from '../../shell/call-link';

/** The window's main phone number, from the validated catalogue (never typed twice). */
function mainNumber(id: string): string | null {
  const tel = getWindow(id)?.channels.find((c) => c.kind === 'tel' && c.number !== null && !c.audience);
  return tel?.kind === 'tel' ? tel.number : null;
}

export function EmergencyLines() {
  const t = useT(['safety']);
  const police = mainNumber('police-110');
  const dvPlus = mainNumber('dv-plus');
  return (
    <section class="safety-lines" aria-labelledby="safety-lines">
      <h2 id="safety-lines">{t('lines.title')}</h2>
      {police && (
        <CallLink number={police} label={t('common:home.dangerCall')} variant="danger" warn={false} />
      )}
      {dvPlus && (
        <div class="line-card" data-window="dv-plus">
          <p>{t('common:home.dvPlusNote')}</p>
          <CallLink number={dvPlus} label={t('lines.dvPlus')} />
        </div>
      )}
    </section>
  );
}
