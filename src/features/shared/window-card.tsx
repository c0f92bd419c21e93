import type { Window } from '../../data/schema';
import type { OpenState } from '../../engines/open-now';
import { useT } from '../../lib/use-t';
import { useNavigation } from '../../shell/navigation';
import { StatusBadge } from './status-badge';
import { showsTranslation, windowText } from './window-text';

export function WindowCard({
  window: w,
  status,
  now,
  children,
}: {
  window: Window;
  status: OpenState;
  now: Date;
  children?: preact.ComponentChildren;
}) {
  const t = useT(['terms', 'windows']);
  const nav = useNavigation();
  const kinds = [...new Set(w.channels.filter((c) => c.confidence !== 'unknown').map((c) => c.kind))];
  return (
    <li class="window-card" data-window={w.id}>
      <h3>
        <button type="button" class="card-link" onClick={() => nav.go({ name: 'window', id: w.id })}>
          {windowText(w, 'name')}
        </button>
      </h3>
      {showsTranslation(w) && (
        <p class="official-name" lang="ja">
          {w.name}
        </p>
      )}
      <StatusBadge status={status} now={now} />
      <p class="card-meta">
        <span>{t('terms:level.' + w.level)}</span>
        {kinds.map((k) => (
          <span key={k}> · {t('terms:channel.' + k)}</span>
        ))}
      </p>
      <p class="card-who">{windowText(w, 'eligibility')}</p>
      {children}
    </li>
  );
}
