// Phrase cards: what to say to a window, large Japanese with the reader's words and a reading
// (romaji; kana for やさしい日本語). A screen in the in-memory stack; it stores nothing.
import type { FunctionComponent } from 'preact';
import i18next from 'i18next';
import { getWindow, kanaReading } from '../../data/catalogue';
import { localeInfo } from '../../lib/languages';
import { useT } from '../../lib/use-t';
import type { ScreenProps } from '../../shell/navigation';
import { OfficialName, readingFor } from '../shared/official-name';
import { windowText } from '../shared/window-text';
import { AddressCard } from './address-field';
import { HELP, phrasesFor, type Phrase } from './phrases';
import '../shared/cards.css';
import './phrases.css';

function PhraseItem({ phrase: p, easy }: { phrase: Phrase; easy: boolean }) {
  const t = useT(['phrases', 'langs']);
  const mine = t(`say.${p.key}`, { lang: t('langs:note.readerLang') });
  return (
    <li class="phrase" data-phrase={p.key}>
      <p class="phrase-ja" lang="ja">
        {p.ja}
      </p>
      <p class="phrase-reading" lang={easy ? 'ja' : 'ja-Latn'}>
        {easy ? p.kana : p.romaji}
      </p>
      {mine !== p.ja && <p class="phrase-mine">{mine}</p>}
    </li>
  );
}

export const PhraseCards: FunctionComponent<ScreenProps> = ({ screen }) => {
  const t = useT(['phrases', 'windows']);
  const lng = i18next.language;
  const easy = lng === 'ja-x-easy';
  const w = screen.name === 'phrases' ? getWindow(screen.id) : undefined;
  if (!w) return <p>{t('notFound')}</p>;
  const police = w.kind === 'emergency';
  return (
    <article class="phrases" data-window={w.id}>
      <h1>{t('title')}</h1>
      <p data-window-name={w.id}>{windowText(w, 'name')}</p>
      <OfficialName id={w.id} name={w.name} reading={readingFor(lng, w.romaji, kanaReading(w.id))} label />
      <p class="hint">{t('intro')}</p>
      <ul class="phrase-list">
        {police && <PhraseItem phrase={HELP} easy={easy} />}
        {police && <AddressCard easy={easy} />}
        {phrasesFor(localeInfo(lng).content).map((p) => (
          <PhraseItem key={p.key} phrase={p} easy={easy} />
        ))}
      </ul>
      <p class="hint">{t('unreviewed')}</p>
    </article>
  );
};
