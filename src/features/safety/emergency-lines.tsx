import { getWindow } from '../../data/catalogue';
import { channelLanguages, type ChannelLanguages } from '../../engines/channel-languages';
import { useT } from '../../lib/use-t';
import { CallLink } from '../../shell/call-link';

/** The window's main phone number and its languages, from the validated catalogue (never typed twice). */
function mainNumber(id: string): { number: string; languages: ChannelLanguages } | null {
  const w = getWindow(id);
  const tel = w?.channels.find((c) => c.kind === 'tel' && c.number !== null && !c.audience);
  return w && tel?.kind === 'tel' && tel.number
    ? { number: tel.number, languages: channelLanguages(w, tel) }
    : null;
}

export function EmergencyLines() {
  const t = useT(['safety']);
  const police = mainNumber('police-110');
  const dvPlus = mainNumber('dv-plus');
  return (
    <section class="safety-lines" aria-labelledby="safety-lines">
      <h2 id="safety-lines">{t('lines.title')}</h2>
      {police && (
        <CallLink
          number={police.number}
          label={t('common:home.dangerCall')}
          variant="danger"
          warn={false}
          languages={police.languages}
        />
      )}
      {dvPlus && (
        <div class="line-card" data-window="dv-plus">
          <p>{t('common:home.dvPlusNote')}</p>
          <CallLink number={dvPlus.number} label={t('lines.dvPlus')} languages={dvPlus.languages} />
        </div>
      )}
    </section>
  );
}
