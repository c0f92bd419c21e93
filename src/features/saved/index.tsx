// The windows a reader kept on this device, listed on the start screen (loaded only if any).
import { getWindow } from '../../data/catalogue';
import { useT } from '../../lib/use-t';
import { useNavigation } from '../../shell/navigation';
import { windowText } from '../shared/window-text';
import { UnreviewedNote } from '../shared/unreviewed-note';

export function SavedList({ ids }: { ids: readonly string[] }) {
  const t = useT(['common', 'windows']);
  const nav = useNavigation();
  const windows = ids.map(getWindow).filter((w) => w !== undefined);
  if (windows.length === 0) return null;
  return (
    <section aria-labelledby="saved-title" class="entries">
      <h2 id="saved-title">{t('home.savedTitle')}</h2>
      <UnreviewedNote />
      <ul>
        {windows.map((w) => (
          <li key={w.id}>
            <button type="button" class="entry" onClick={() => nav.go({ name: 'window', id: w.id })}>
              {windowText(w, 'name')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
