import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { useT } from '../../lib/use-t';
import type { ScreenProps } from '../../shell/navigation';
import { copyText, sharePayload } from './share-text';
import '../shared/cards.css';

type Outcome = '' | 'shared' | 'copied' | 'failed';

/**
 * Send someone the site through the device's own share sheet (or copy it). The message is neutral
 * and the address is the bare site; nothing is stored. Whatever app carries it keeps its own copy.
 */
export const ShareHelp: FunctionComponent<ScreenProps> = () => {
  const t = useT(['share-help']);
  const [outcome, setOutcome] = useState<Outcome>('');
  const payload = sharePayload(t('message'), location.href);
  const canShare = typeof navigator.share === 'function';
  const send = async () => {
    try {
      if (canShare) {
        await navigator.share(payload);
        setOutcome('shared');
      } else {
        await navigator.clipboard.writeText(copyText(payload));
        setOutcome('copied');
      }
    } catch (err) {
      // Closing the share sheet is a choice, not an error.
      setOutcome((err as Error).name === 'AbortError' ? '' : 'failed');
    }
  };
  return (
    <article class="share-help">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <figure class="window-card">
        <figcaption class="card-meta">{t('preview')}</figcaption>
        <p data-testid="share-message">{payload.text}</p>
        <p data-testid="share-url" lang="zxx" translate={false}>
          {payload.url}
        </p>
      </figure>
      <button type="button" class="secondary-button" data-testid="share" onClick={() => void send()}>
        {canShare ? t('share') : t('copy')}
      </button>
      <p role="status">{outcome && t(`outcome.${outcome}`)}</p>
      <p class="hint">{t('keeps')}</p>
      <p class="hint">{t('nothingStored')}</p>
    </article>
  );
};
