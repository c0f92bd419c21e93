import { windowStatus } from '../../engines/window-status';
import type { HolidayLookup } from '../../engines/open-now';
import type { Ranked } from '../../engines/recommend';
import { useT } from '../../lib/use-t';
import { CallLink } from '../../shell/call-link';
import { channelLanguages } from '../../engines/channel-languages';
import { WindowCard } from '../shared/window-card';
import { mainPhone } from '../shared/main-phone';
import { reasonLines } from './reason-text';
import { WrittenLink } from './written-link';

/** A finder card with the reasons it fits, in the reader's words, and a one-tap call when there is a number. */
export function ResultCard({
  result,
  now,
  holidays,
  written = false,
}: {
  result: Ranked;
  now: Date;
  holidays: HolidayLookup;
  /** The person cannot speak on the phone: a way to write comes before the number. */
  written?: boolean;
}) {
  const t = useT(['questionnaire', 'terms', 'windows']);
  const lines = reasonLines(t, result.window, result.reasons);
  const phone = mainPhone(result.window);
  const titleId = `why-${result.window.id}`;
  return (
    <WindowCard window={result.window} status={windowStatus(result.window, now, holidays)} now={now}>
      {lines.length > 0 && (
        <div class="q-why">
          <p class="q-why-title" id={titleId}>
            {t('results.whyTitle')}
          </p>
          <ul aria-labelledby={titleId}>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {written && <WrittenLink window={result.window} />}
      {phone?.number && (
        <CallLink
          number={phone.number}
          label={t('results.call')}
          warn={result.window.kind !== 'emergency'}
          languages={channelLanguages(result.window, phone)}
        />
      )}
    </WindowCard>
  );
}
