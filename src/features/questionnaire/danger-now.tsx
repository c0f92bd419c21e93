// 110 as one tap, then the 24-hour lines open now: shown the moment someone answers that they
// may be in danger, and first on the results.
import type { HolidayLookup } from '../../engines/open-now';
import type { Ranked } from '../../engines/recommend';
import { useT } from '../../lib/use-t';
import { CallLink } from '../../shell/call-link';
import { channelLanguages } from '../../engines/channel-languages';
import { ResultCard } from './result-card';
import { mainPhone } from '../shared/main-phone';

export function DangerNow({
  urgent,
  now,
  holidays,
  written = false,
}: {
  urgent: Ranked[];
  now: Date;
  holidays: HolidayLookup;
  /** The person cannot speak on the phone: the lines show a way to write first. */
  written?: boolean;
}) {
  const t = useT(['questionnaire']);
  const [police, ...lines] = urgent;
  const tel = police ? mainPhone(police.window) : undefined;
  const number = tel?.number;
  if (!police || !tel || !number) return null;
  return (
    <section class="danger q-danger" aria-labelledby="q-danger-title" data-testid="danger-now">
      <h2 id="q-danger-title">{t('danger.title')}</h2>
      <CallLink
        number={number}
        label={t('results.call110')}
        variant="danger"
        warn={false}
        languages={channelLanguages(police.window, tel)}
      />
      <p>{t('danger.note')}</p>
      {lines.length > 0 && (
        <>
          <h3>{t('danger.linesTitle')}</h3>
          <ul class="card-list">
            {lines.map((r) => (
              <ResultCard key={r.window.id} result={r} now={now} holidays={holidays} written={written} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
