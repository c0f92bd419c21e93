import type { OpenState } from '../../engines/open-now';
import { isolate } from '../../lib/bidi';
import { useT } from '../../lib/use-t';
import { formatTime, formatWhen } from './format';

/** Open/closed in words and a symbol, never by colour alone. */
export function StatusBadge({ status, now }: { status: OpenState; now: Date }) {
  const t = useT(['terms']);
  let text: string;
  let tone: 'open' | 'maybe' | 'closed' | 'unknown';
  if (status.state === 'open') {
    if (!status.confident) {
      text = t('status.usuallyOpen');
      tone = 'maybe';
    } else if (status.allDay) {
      text = t('status.allDay');
      tone = 'open';
    } else {
      text = status.until
        ? t('status.openUntil', { time: isolate(formatTime(status.until)) })
        : t('status.open');
      tone = 'open';
    }
  } else if (status.state === 'closed') {
    if (!status.confident) {
      text = t('status.usuallyClosed');
      tone = 'maybe';
    } else {
      text = status.opensAt
        ? t('status.opensAt', { when: isolate(formatWhen(status.opensAt, now)) })
        : t('status.closed');
      tone = 'closed';
    }
  } else {
    text = t('status.unknown');
    tone = 'unknown';
  }
  const symbol = { open: '●', maybe: '◐', closed: '○', unknown: '?' }[tone];
  return (
    <p class={`status status-${tone}`} data-status={status.state}>
      <span aria-hidden="true">{symbol} </span>
      {text}
    </p>
  );
}
