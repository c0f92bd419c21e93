import { describe, expect, it } from 'vitest';
import { foldText, kanaToRomaji, matchesQuery } from './normalise';

const dvPlus = ['DV相談＋（プラス）', 'DV Soudan Purasu', 'DV Soudan Plus'];
const kodomo = ['なんでも子ども相談窓口', 'Nandemo Kodomo Sōdan Madoguchi'];

describe('search normalisation', () => {
  it('folds full and half width, case and katakana', () => {
    expect(foldText('ＤＶ　相談')).toBe('dv相談');
    expect(foldText('ｿｳﾀﾞﾝ')).toBe('そうだん');
    expect(foldText('ソウダン')).toBe('そうだん');
  });
  it('turns hiragana into romaji, with small kana and double consonants', () => {
    expect(kanaToRomaji('そうだん')).toBe('soudan');
    expect(kanaToRomaji('じどうそうだんしょ')).toBe('jidousoudansho');
    expect(kanaToRomaji('きゅうきゅう')).toBe('kyuukyuu');
    expect(kanaToRomaji('がっこう')).toBe('gakkou');
  });
  it('finds a window by kanji, full-width, kana or romaji as typed', () => {
    expect(matchesQuery('相談', dvPlus)).toBe(true);
    expect(matchesQuery('ＤＶ', dvPlus)).toBe(true);
    expect(matchesQuery('dv', dvPlus)).toBe(true);
    expect(matchesQuery('そうだん', dvPlus)).toBe(true);
    expect(matchesQuery('ソウダン', dvPlus)).toBe(true);
    expect(matchesQuery('sodan', kodomo)).toBe(true);
    expect(matchesQuery('sōdan', kodomo)).toBe(true);
    expect(matchesQuery('deeto', ['デートDV110番', 'Dēto DV Hyakutōban'])).toBe(true);
    expect(matchesQuery('こども', kodomo)).toBe(true);
    expect(matchesQuery('madoguchi', kodomo)).toBe(true);
  });
  it('does not match unrelated text; an empty query matches all', () => {
    expect(matchesQuery('housing', dvPlus)).toBe(false);
    expect(matchesQuery('けいさつ', dvPlus)).toBe(false);
    expect(matchesQuery('  ', dvPlus)).toBe(true);
  });
});
