// Every path of the self-check ends at windows: 110, the 24-hour lines open now, the questionnaire
// and the finder (and, for dating, the dating-violence line).
import { channelHours, getWindow, windows } from '../../data/catalogue';
import type { Window } from '../../data/schema';
import { recommend } from '../../engines/recommend';
import { useT } from '../../lib/use-t';
import { CallLink } from '../../shell/call-link';
import { useNavigation } from '../../shell/navigation';
import { mainPhone } from '../shared/main-phone';
import { useClock } from '../shared/use-clock';
import { windowText } from '../shared/window-text';
import type { Variant } from './signs';
import { UnreviewedNote } from '../shared/unreviewed-note';

function Line({ window: w, note }: { window: Window; note?: string }) {
  const t = useT(['selfcheck', 'windows']);
  const number = mainPhone(w)?.number;
  if (!number) return null;
  const police = w.kind === 'emergency';
  return (
    <li class="line-card" data-window={w.id}>
      {note && <p class="hint sc-line-note">{note}</p>}
      <p class="sc-line-name">{windowText(w, 'name')}</p>
      <CallLink
        number={number}
        label={police ? t('dangerCall') : t('call')}
        variant={police ? 'danger' : 'normal'}
        warn={!police}
      />
    </li>
  );
}

export function SelfcheckExits({ variant }: { variant: Variant | null }) {
  const t = useT(['selfcheck', 'windows']);
  const nav = useNavigation();
  const { now, holidays } = useClock();
  const { urgent } = recommend({ danger: 'unsure' }, windows, now, { holidays, dated: channelHours });
  const dating = variant === 'dating' ? getWindow('date-dv-110') : undefined;
  return (
    <section class="sc-exits" aria-labelledby="sc-exits-title" data-testid="selfcheck-exits">
      <h2 id="sc-exits-title">{t('exitsTitle')}</h2>
      <div class="sc-exit-buttons">
        <button type="button" class="entry" onClick={() => nav.go({ name: 'questionnaire' })}>
          {t('toQuestionnaire')}
        </button>
        <button type="button" class="entry" onClick={() => nav.go({ name: 'finder' })}>
          {t('toFinder')}
        </button>
      </div>
      <p>{t('dangerNote')}</p>
      <h3>{t('linesTitle')}</h3>
      <UnreviewedNote />
      <ul class="line-list">
        {urgent.map((r) => (
          <Line key={r.window.id} window={r.window} />
        ))}
        {dating && <Line window={dating} note={t('datingLine')} />}
      </ul>
    </section>
  );
}
