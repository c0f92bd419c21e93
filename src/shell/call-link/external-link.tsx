// WARNING: part of the main bundle (the start screen links to chats in the reader's language).
// A link that leaves the app, with the note on the traces it leaves before the first one of a visit.
import { useState } from 'preact/hooks';
import { Icon } from '../icon';
import { TraceNote } from '.';
import { markTraceNoteSeen, traceNoteSeen } from './trace-note';

export function ExternalLink({ href, label }: { href: string; label: string }) {
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
          if (traceNoteSeen()) return;
          e.preventDefault();
          markTraceNoteSeen();
          setNoteOpen(true);
        }}
      >
        {label} <Icon name="external" />
      </a>
      {noteOpen && <TraceNote kind="link" action={link} />}
    </div>
  );
}
