import { useState } from 'preact/hooks';
import { windows } from '../../data/catalogue';
import { useT } from '../../lib/use-t';
import { mainPhone } from '../shared/main-phone';
import { windowText } from '../shared/window-text';
import { hasCardNumber } from './card-lines';

const candidates = windows.filter(hasCardNumber);

/** Which numbers go on the card: the saved windows at first, any others picked this visit. */
export function Picker({ picked, onToggle }: { picked: readonly string[]; onToggle: (id: string) => void }) {
  const t = useT(['pocket-card', 'windows']);
  // Open at first when nothing is chosen yet; after that the person opens and closes it.
  const [openAtFirst] = useState(picked.length === 0);
  return (
    <details class="more-filters pc-picker" open={openAtFirst}>
      <summary>{t('choose', { n: picked.length })}</summary>
      <ul class="pc-choices">
        {candidates.map((w) => (
          <li key={w.id}>
            <label class="check">
              <input
                type="checkbox"
                checked={picked.includes(w.id)}
                data-pick={w.id}
                onChange={() => onToggle(w.id)}
              />
              <span>
                {windowText(w, 'name')} <span class="pc-number">{mainPhone(w)?.number}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
