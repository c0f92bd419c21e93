import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { channelHours, getWindow } from '../../data/catalogue';
import { useT } from '../../lib/use-t';
import { savedWindows, usePrefsChanges } from '../../shell/device/prefs-state';
import type { ScreenProps } from '../../shell/navigation';
import { mainPhone } from '../shared/main-phone';
import { cardLine, hasCardNumber, type CardLine } from './card-lines';
import { saveCardImage } from './card-image';
import { useCardWords } from './card-words';
import { Picker } from './picker';
import { cardChoices } from './store';
import { UnreviewedNote } from '../shared/unreviewed-note';
import '../shared/cards.css';
import './pocket-card.css';

/**
 * A small card that could be anyone's list of numbers: a neutral heading, labels the person may
 * edit (none names what the number is for), hours and languages. Printable and savable as an
 * image; made on the device and never sent.
 */
export const PocketCard: FunctionComponent<ScreenProps> = () => {
  const t = useT(['pocket-card', 'settings']);
  const words = useCardWords();
  usePrefsChanges();
  const [choices, update] = cardChoices.use();
  const [status, setStatus] = useState('');
  const picked =
    choices.picked ?? savedWindows().filter((id) => getWindow(id) && hasCardNumber(getWindow(id)!));
  const heading = choices.heading ?? t('defaultHeading');
  const lines = picked
    .map((id) => getWindow(id))
    .filter((w) => w !== undefined)
    .map((w, i) => cardLine(w, i, choices.labels[w.id], channelHours(w, mainPhone(w)), words))
    .filter((l): l is CardLine => l !== null);
  const toggle = (id: string) =>
    update((c) => ({ ...c, picked: picked.includes(id) ? picked.filter((p) => p !== id) : [...picked, id] }));
  return (
    <article class="pocket-card-screen">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <UnreviewedNote />
      <Picker picked={picked} onToggle={toggle} />
      <label class="field">
        <span>{t('headingLabel')}</span>
        <input
          type="text"
          maxLength={40}
          value={heading}
          data-testid="card-heading"
          onInput={(e) => update((c) => ({ ...c, heading: (e.target as HTMLInputElement).value }))}
        />
      </label>
      {lines.map((l) => (
        <label class="field" key={l.id}>
          <span>{t('labelFor', { number: l.number })}</span>
          <input
            type="text"
            maxLength={40}
            value={choices.labels[l.id] ?? ''}
            placeholder={l.label}
            data-label-for={l.id}
            onInput={(e) =>
              update((c) => ({ ...c, labels: { ...c.labels, [l.id]: (e.target as HTMLInputElement).value } }))
            }
          />
        </label>
      ))}
      <fieldset class="chips pc-size">
        <legend>{t('sizeLegend')}</legend>
        {(['card', 'a4'] as const).map((size) => (
          <label class="check" key={size}>
            <input
              type="radio"
              name="card-size"
              value={size}
              checked={choices.size === size}
              onChange={() => update((c) => ({ ...c, size }))}
            />
            <span>{t(`size.${size}`)}</span>
          </label>
        ))}
      </fieldset>
      <section
        class="pocket-card"
        data-size={choices.size}
        aria-labelledby="pc-heading"
        data-testid="pocket-card"
      >
        <h2 id="pc-heading">{heading}</h2>
        {lines.length === 0 ? (
          <p class="pc-empty">{t('empty')}</p>
        ) : (
          <ul>
            {lines.map((l) => (
              <li key={l.id}>
                <strong>{l.label}</strong> <span class="pc-number">{l.number}</span>
                <br />
                <span>{l.hours}</span>
                {l.languages && (
                  <>
                    <br />
                    <span>{l.languages}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <div class="pc-actions">
        <button type="button" class="secondary-button" disabled={lines.length === 0} onClick={() => print()}>
          {t('print')}
        </button>
        <button
          type="button"
          class="secondary-button"
          disabled={lines.length === 0}
          data-testid="save-image"
          onClick={() => void saveCardImage(heading, lines).then(() => setStatus(t('imageSaved')))}
        >
          {t('saveImage')}
        </button>
      </div>
      <p role="status">{status}</p>
      <p class="hint">{t('madeHere')}</p>
      <p class="hint">{t('copiesKept', { erase: t('settings:erase.title') })}</p>
    </article>
  );
};
