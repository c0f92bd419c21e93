// The official Japanese name beside a translated one, with a reading a caller can say aloud:
// romaji, or kana for やさしい日本語 readers.
import i18next from 'i18next';
import { useT } from '../../lib/use-t';

export function OfficialName({
  id,
  name,
  reading,
  label = false,
}: {
  id: string;
  name: string;
  reading: string;
  /** Show "Official name" in words (details); elsewhere it is for screen readers only. */
  label?: boolean;
}) {
  const t = useT(['langs']);
  const easy = reading !== '' && !/[A-Za-z]/.test(reading);
  return (
    <p class="official-name" data-official-name={id}>
      {/* Always there, empty until its words are in: the prerendered start page has them, and
          hydration needs the same elements in the same places. */}
      <span class={label ? undefined : 'visually-hidden'}>
        {i18next.hasLoadedNamespace('langs') && `${t('officialName')}: `}
      </span>
      <strong lang="ja" class="official-ja">
        {name}
      </strong>
      {reading && (
        <span class="official-reading" lang={easy ? 'ja' : 'ja-Latn'}>
          {reading}
        </span>
      )}
    </p>
  );
}

/** Which reading to show: kana for やさしい日本語, romaji for everyone else. */
export const readingFor = (lng: string, romaji: string, kana: string | undefined): string =>
  lng === 'ja-x-easy' ? (kana ?? '') : romaji;
