// WARNING: part of the main bundle.
import { useState } from 'preact/hooks';
import { telHref } from '../../lib/tel';
import { useT } from '../../lib/use-t';
import { Icon } from '../icon';
import { markTraceNoteSeen, traceNoteSeen } from './trace-note';

interface Props {
  number: string;
  label: string;
  variant?: 'danger' | 'normal';
  /** Show the note on call traces before the first call of a visit (never for 110). */
  warn?: boolean;
}

/**
 * One-tap call plus the digits in large type: some phones refuse '#' in links, and a reader may
 * need to dial by hand on another phone.
 */
export function CallLink({ number, label, variant = 'normal', warn = true }: Props) {
  const t = useT();
  const [noteOpen, setNoteOpen] = useState(false);
  const onClick = (e: MouseEvent) => {
    if (!warn || traceNoteSeen()) return;
    e.preventDefault();
    markTraceNoteSeen();
    setNoteOpen(true);
  };
  return (
    <div class={`call call-${variant}`}>
      <a
        class="call-button"
        href={telHref(number)}
        onClick={onClick}
        aria-expanded={warn ? noteOpen : undefined}
      >
        <Icon name="phone" />
        {label}
      </a>
      <span class="call-digits">
        <span class="visually-hidden">{t('home.dialByHand')}: </span>
        <bdi dir="ltr">{number}</bdi>
      </span>
      {noteOpen && (
        <TraceNote
          kind="call"
          action={
            <a class="call-button" href={telHref(number)}>
              <Icon name="phone" />
              {label}
            </a>
          }
        />
      )}
    </div>
  );
}

export function TraceNote({ kind, action }: { kind: 'call' | 'link'; action: preact.ComponentChildren }) {
  const t = useT(['calls']);
  return (
    <div class="trace-note" role="note">
      <p>
        <strong>{t('trace.title')}</strong>
      </p>
      <p>{kind === 'call' ? t('trace.call') : t('trace.link')}</p>
      <p>{t('trace.remove')}</p>
      {action}
    </div>
  );
}
