import type { Window } from '../../data/schema';
import { hasWayIn, WRITTEN_KINDS } from '../../engines/recommend-facts';
import { useT } from '../../lib/use-t';
import { ExternalLink } from '../../shell/call-link/external-link';

/** The window's first confirmed way in that needs no speaking (chat, then social media, then e-mail). */
export function WrittenLink({ window: w }: { window: Window }) {
  const t = useT(['questionnaire']);
  for (const kind of WRITTEN_KINDS) {
    const c = w.channels.find((x) => x.kind === kind && hasWayIn(x));
    if (!c || !('url' in c)) continue;
    const href = c.url ?? (c.address ? `mailto:${c.address}` : null);
    if (href) return <ExternalLink href={href} label={t(`results.write.${kind}`)} kind="message" />;
  }
  return null;
}
