// WARNING: part of the main bundle (the start screen links to chats in the reader's language).
// A link out of the app (a chat, an e-mail, a web page). The first one of a visit shows what it
// leaves behind before it opens: chats and e-mails stay in other apps' histories, as calls do.
import { useState } from 'preact/hooks';
import { Icon } from '../icon';
import { TraceNote } from '.';
import { markTraceNoteSeen, traceNoteSeen } from './trace-note';

export function ExternalLink({
  href,
  label,
  kind = 'link',
}: {
  href: string;
  label: string;
  kind?: 'link' | 'message';
}) {
  const [noteOpen, setNoteOpen] = useState(false);
  const link = (
    <a class="call-button" href={href} target="_blank" rel="noopener noreferrer">
      {label} <Icon name="external" />
    </a>
  );
  return (
    <div class="call">
      <a
        class="call-button"
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        onClick={(e) => {
          if (traceNoteSeen(kind)) return;
          e.preventDefault();
          markTraceNoteSeen(kind);
          setNoteOpen(true);
        }}
      >
        {label} <Icon name="external" />
      </a>
      {noteOpen && <TraceNote kind={kind} action={link} />}
    </div>
  );
}
