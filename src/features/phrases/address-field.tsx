// "The address is …" for 110: the person types the address to read it out or show it. Never
// stored: no form (nothing to submit or autofill), autocomplete off, and the words live only in
// this component's memory until the screen closes.
import { useState } from 'preact/hooks';
import { useT } from '../../lib/use-t';
import { ADDRESS } from './phrases';

export function AddressCard({ easy }: { easy: boolean }) {
  const t = useT(['phrases']);
  const [address, setAddress] = useState('');
  return (
    <li class="phrase" data-phrase="address">
      <p class="phrase-ja" lang="ja">
        {ADDRESS.before}
        <span class="phrase-address">{address || '…'}</span>
        {ADDRESS.after}
      </p>
      <p class="phrase-reading" lang={easy ? 'ja' : 'ja-Latn'}>
        {easy ? ADDRESS.kana : ADDRESS.romaji}
      </p>
      <p class="phrase-mine">{t('address')}</p>
      <label class="phrase-field">
        <span>{t('addressLabel')}</span>
        <input
          type="text"
          lang="ja"
          autocomplete="off"
          autocorrect="off"
          spellcheck={false}
          value={address}
          onInput={(e) => setAddress(e.currentTarget.value)}
          data-testid="address-field"
        />
      </label>
      <p class="hint">{t('addressNotSaved')}</p>
    </li>
  );
}
