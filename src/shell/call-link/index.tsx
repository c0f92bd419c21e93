// WARNING: part of the main bundle.
import { useState } from 'preact/hooks';
import { telHref } from '../../lib/tel';
import { useT } from '../../lib/use-t';
import { languagesAttr, type ChannelLanguages } from '../../engines/languages-attr';
import { Icon } from '../icon';
import { LanguageNote } from './language-note-view';
import { markTraceNoteSeen, traceNoteSeen, type TraceKind } from './trace-note';

export { LanguageNote };

interface Props {
  number: string;
  label: string;
  variant?: 'danger' | 'normal';
  /** Show the note on call traces before the first call of a visit (never for 110). */
  warn?: boolean;
  /** Which languages the line answers in (from the catalogue). */
  languages: ChannelLanguages;
}

/**
 * One-tap call plus the digits in large type: some phones refuse '#' in links, and a reader may
 * need to dial by hand on another phone.
 */
export function CallLink({ number, label, variant = 'normal', warn = true, languages }: Props) {
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
        data-phone-languages={languagesAttr(languages)}
        data-japanese-only={languages.japaneseOnly ? '' : undefined}
      >
        <Icon name="phone" />
        {label}
      </a>
      <span class="call-digits">
        <span class="visually-hidden">{t('home.dialByHand')}: </span>
        <bdi dir="ltr">{number}</bdi>
      </span>
      <LanguageNote kind="tel" languages={languages} />
      {noteOpen && (
        <TraceNote
          kind="call"
          action={
            <a
              class="call-button"
              href={telHref(number)}
              data-phone-languages={languagesAttr(languages)}
              data-japanese-only={languages.japaneseOnly ? '' : undefined}
            >
              <Icon name="phone" />
              {label}
            </a>
          }
        />
      )}
    </div>
  );
}

export function TraceNote({ kind, action }: { kind: TraceKind; action: preact.ComponentChildren }) {
  const t = useT(['calls']);
  return (
    <div class="trace-note" role="note">
      <p>
        <strong>{t('trace.title')}</strong>
      </p>
      <p>{t(`trace.${kind}`)}</p>
      {kind !== 'message' && <p>{t('trace.remove')}</p>}
      {action}
    </div>
  );
}
