import type { Window } from '../../data/schema';
import { useNavigation } from '../../shell/navigation';
import { WindowOfficialName } from './window-official-name';
import { windowText } from './window-text';

/** A list item that opens a window's details: its name in the reader's words, the official name below. */
export function WindowLinkItem({ window: w, buttonClass }: { window: Window; buttonClass: string }) {
  const nav = useNavigation();
  return (
    <li>
      <button
        type="button"
        class={buttonClass}
        onClick={() => nav.go({ name: 'window', id: w.id })}
        data-window-name={w.id}
      >
        {windowText(w, 'name')}
      </button>
      <WindowOfficialName window={w} />
    </li>
  );
}
