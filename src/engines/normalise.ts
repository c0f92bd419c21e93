// Search text as people type it: full/half width, katakana or hiragana, kanji, romaji with or
// without long vowels ("sōdan", "soudan", "sodan"), any UI language.

const KANA: Record<string, string> = {
  あ: 'a',
  い: 'i',
  う: 'u',
  え: 'e',
  お: 'o',
  か: 'ka',
  き: 'ki',
  く: 'ku',
  け: 'ke',
  こ: 'ko',
  さ: 'sa',
  し: 'shi',
  す: 'su',
  せ: 'se',
  そ: 'so',
  た: 'ta',
  ち: 'chi',
  つ: 'tsu',
  て: 'te',
  と: 'to',
  な: 'na',
  に: 'ni',
  ぬ: 'nu',
  ね: 'ne',
  の: 'no',
  は: 'ha',
  ひ: 'hi',
  ふ: 'fu',
  へ: 'he',
  ほ: 'ho',
  ま: 'ma',
  み: 'mi',
  む: 'mu',
  め: 'me',
  も: 'mo',
  や: 'ya',
  ゆ: 'yu',
  よ: 'yo',
  ら: 'ra',
  り: 'ri',
  る: 'ru',
  れ: 're',
  ろ: 'ro',
  わ: 'wa',
  ゐ: 'i',
  ゑ: 'e',
  を: 'o',
  ん: 'n',
  が: 'ga',
  ぎ: 'gi',
  ぐ: 'gu',
  げ: 'ge',
  ご: 'go',
  ざ: 'za',
  じ: 'ji',
  ず: 'zu',
  ぜ: 'ze',
  ぞ: 'zo',
  だ: 'da',
  ぢ: 'ji',
  づ: 'zu',
  で: 'de',
  ど: 'do',
  ば: 'ba',
  び: 'bi',
  ぶ: 'bu',
  べ: 'be',
  ぼ: 'bo',
  ぱ: 'pa',
  ぴ: 'pi',
  ぷ: 'pu',
  ぺ: 'pe',
  ぽ: 'po',
  ぁ: 'a',
  ぃ: 'i',
  ぅ: 'u',
  ぇ: 'e',
  ぉ: 'o',
  ゔ: 'vu',
};
const YOON: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o' };

/** Width, case and kana folded: "ＤＶ相談" → "dv相談", "ソウダン" → "そうだん". */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(/[\s\-‐－ー・･、。,.()（）「」『』/＋+]/g, '');
}

/** Hepburn-ish romaji of a hiragana string (others pass through). */
export function kanaToRomaji(kana: string): string {
  let out = '';
  for (let i = 0; i < kana.length; i++) {
    const c = kana[i];
    const next = kana[i + 1];
    if (c === 'っ' && next && KANA[next]) {
      out += KANA[next][0];
      continue;
    }
    const base = KANA[c];
    if (base && next && YOON[next]) {
      out +=
        (base.length > 1 && /(shi|chi|ji)$/.test(base) ? base.slice(0, -1) : base.slice(0, -1) + 'y') +
        YOON[next];
      i++;
      continue;
    }
    out += base ?? c;
  }
  return out;
}

/** Romaji without long-vowel marks or spellings, so "sōdan", "soudan" and "sodan" meet. */
export function foldRomaji(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(/ou|oo/g, 'o')
    .replace(/uu/g, 'u')
    .replace(/ei|ee/g, 'e')
    .replace(/aa/g, 'a')
    .replace(/ii/g, 'i')
    .replace(/m(?=[bmp])/g, 'n');
}

/** Every form a piece of text can be found under. */
export function searchForms(text: string): string[] {
  const folded = foldText(text);
  const forms = new Set([folded]);
  if (/^[\u3041-\u3096a-z0-9]+$/.test(folded)) forms.add(foldRomaji(kanaToRomaji(folded)));
  return [...forms].filter(Boolean);
}

/** True when the query (as typed) occurs in any of the haystack texts. */
export function matchesQuery(query: string, haystack: readonly string[]): boolean {
  const q = searchForms(query);
  if (q.length === 0 || q[0] === '') return true;
  const hay = haystack.flatMap((h) => [foldText(h), foldRomaji(h)]);
  return q.some((form) => hay.some((h) => h.includes(form)));
}
