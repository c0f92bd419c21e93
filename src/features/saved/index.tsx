// The windows a reader kept on this device, listed on the start screen (loaded only if any).
import { getWindow } from '../../data/catalogue';
import { useT } from '../../lib/use-t';
import { WindowLinkItem } from '../shared/window-link-item';
import { UnreviewedNote } from '../shared/unreviewed-note';

export function SavedList({ ids }: { ids: readonly string[] }) {
  const t = useT(['common', 'windows']);
  const windows = ids.map(getWindow).filter((w) => w !== undefined);
  if (windows.length === 0) return null;
  return (
    <section aria-labelledby="saved-title" class="entries">
      <h2 id="saved-title">{t('home.savedTitle')}</h2>
      <UnreviewedNote />
      <ul>
        {windows.map((w) => (
          <WindowLinkItem key={w.id} window={w} buttonClass="entry" />
        ))}
      </ul>
    </section>
  );
}
