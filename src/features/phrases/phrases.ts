// What to say on the phone: fixed Japanese sentences with their readings. The reader's own words
// come from locales/<lng>/phrases.json. Nothing here is about what a window will ask: no source
// in the catalogue says so.
import type { ContentLang } from '../../data/schema';

export interface Phrase {
  key: string;
  ja: string;
  romaji: string;
  kana: string;
}

/** A language's name in Japanese, said to ask for an interpreter. */
const LANGUAGE_NAMES: Partial<Record<ContentLang, Omit<Phrase, 'key'>>> = {
  en: { ja: '英語', romaji: 'Eigo', kana: 'えいご' },
  zh: { ja: '中国語', romaji: 'Chūgokugo', kana: 'ちゅうごくご' },
  ko: { ja: '韓国語', romaji: 'Kankokugo', kana: 'かんこくご' },
  tl: { ja: 'タガログ語', romaji: 'Tagarogugo', kana: 'タガログご' },
  pt: { ja: 'ポルトガル語', romaji: 'Porutogarugo', kana: 'ポルトガルご' },
  es: { ja: 'スペイン語', romaji: 'Supeingo', kana: 'スペインご' },
  vi: { ja: 'ベトナム語', romaji: 'Betonamugo', kana: 'ベトナムご' },
  ne: { ja: 'ネパール語', romaji: 'Nepārugo', kana: 'ネパールご' },
  th: { ja: 'タイ語', romaji: 'Taigo', kana: 'タイご' },
  id: { ja: 'インドネシア語', romaji: 'Indoneshiago', kana: 'インドネシアご' },
};

function interpreter(lang: ContentLang | null): Phrase | null {
  if (lang === null) return null;
  if (lang === 'ja-easy') {
    return {
      key: 'easyJapanese',
      ja: 'やさしい日本語で話してください。',
      romaji: 'Yasashii nihongo de hanashite kudasai.',
      kana: 'やさしい にほんごで はなして ください。',
    };
  }
  const name = LANGUAGE_NAMES[lang];
  if (!name) return null;
  return {
    key: 'interpreter',
    ja: `${name.ja}の通訳をお願いします。`,
    romaji: `${name.romaji} no tsūyaku o onegai shimasu.`,
    kana: `${name.kana}の つうやくを おねがいします。`,
  };
}

const COMMON: Phrase[] = [
  {
    key: 'dv',
    ja: 'DVの相談をしたいです。',
    romaji: 'Dī-bui no sōdan o shitai desu.',
    kana: 'ディーブイの そうだんを したいです。',
  },
  {
    key: 'notSafe',
    ja: '今は安全に話せません。また電話します。',
    romaji: 'Ima wa anzen ni hanasemasen. Mata denwa shimasu.',
    kana: 'いまは あんぜんに はなせません。また でんわ します。',
  },
  {
    key: 'noAddress',
    ja: '住所は言いたくありません。',
    romaji: 'Jūsho wa iitaku arimasen.',
    kana: 'じゅうしょは いいたく ありません。',
  },
  {
    key: 'children',
    ja: '子どもがいます。',
    romaji: 'Kodomo ga imasu.',
    kana: 'こどもが います。',
  },
];

export const HELP: Phrase = {
  key: 'help',
  ja: '助けてください。',
  romaji: 'Tasukete kudasai.',
  kana: 'たすけて ください。',
};

/** "The address is … ." around the words the person types. */
export const ADDRESS = {
  before: '住所は ',
  after: ' です。',
  romaji: 'Jūsho wa … desu.',
  kana: 'じゅうしょは … です。',
};

/** The phrases for a reader: the interpreter line first (none for Japanese readers). */
export function phrasesFor(lang: ContentLang | null): Phrase[] {
  const first = interpreter(lang);
  return first ? [first, ...COMMON] : COMMON;
}
