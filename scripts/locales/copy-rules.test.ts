// Each copy check fails on a bad sentence, in every language it has a list for.
import { describe, expect, it } from 'vitest';
import { blame, easyTooLong, promises, shouting } from './copy-rules';
import { addReadings, easyLength, missingReadings } from './easy-japanese';

const BAD_BLAME: Record<string, string> = {
  ja: 'なぜ逃げなかったのですか。',
  'ja-x-easy': 'どうして にげなかったの ですか。',
  en: "Why didn't you leave earlier?",
  es: 'Es tu culpa.',
  'pt-BR': 'A culpa é sua.',
  id: 'Ini salahmu sendiri.',
  tl: 'Kasalanan mo ito.',
  vi: 'Lẽ ra bạn phải đi sớm hơn.',
  ko: '왜 떠나지 않았나요?',
  'zh-Hans': '你为什么不离开？',
  th: 'ทำไมไม่ออกมาตั้งแต่แรก',
  ne: 'यो तपाईंकै गल्ती हो।',
  'zh-Hant': '你為什麼不離開？',
  my: 'ဒါ သင့်အပြစ်ပါ။',
  ur: 'یہ آپ کی اپنی غلطی ہے۔',
  si: 'මේ ඔබේ වරද.',
  bn: 'এটা আপনার নিজেরই দোষ।',
};
const BAD_PROMISE: Record<string, string> = {
  ja: 'このアプリを使っても絶対に安全です。',
  'ja-x-easy': 'この アプリは ばれません。',
  en: 'This app is completely safe.',
  es: 'Nadie lo sabrá.',
  'pt-BR': 'Ninguém vai saber.',
  id: 'Aplikasi ini pasti aman.',
  tl: 'Walang makakaalam nito.',
  vi: 'Ứng dụng này hoàn toàn an toàn.',
  ko: '이 앱은 완전히 안전합니다.',
  'zh-Hans': '本应用绝对安全。',
  th: 'แอปนี้ปลอดภัยแน่นอน',
  ne: 'यो एप पूरै सुरक्षित छ।',
  'zh-Hant': '本App絕對安全。',
  my: 'ဤအက်ပ်သည် လုံးဝ လုံခြုံပါသည်။',
  ur: 'یہ ایپ مکمل طور پر محفوظ ہے۔',
  si: 'මෙම යෙදුම සම්පූර්ණයෙන්ම ආරක්ෂිතයි.',
  bn: 'এই অ্যাপটি সম্পূর্ণ নিরাপদ।',
};

describe('blame check', () => {
  it.each(Object.entries(BAD_BLAME))('catches blame in %s', (lang, text) => {
    expect(blame(lang, text)).not.toEqual([]);
  });
  it('lets "not your fault" through', () => {
    expect(blame('en', 'How someone treats you is not your fault.')).toEqual([]);
    expect(blame('vi', 'Đó không phải là lỗi của bạn.')).toEqual([]);
    expect(blame('my', 'ဒါ သင့်အပြစ် မဟုတ်ပါ။')).toEqual([]);
    // Reported speech (ဟု, "saying that") describes what an abuser does: not blame.
    expect(blame('my', 'အရာအားလုံးကို သင့်အပြစ်ဟု ပြောခြင်း')).toEqual([]);
    expect(blame('ur', 'یہ آپ کی غلطی نہیں ہے۔')).toEqual([]);
    expect(blame('si', 'මෙය ඔබේ වරද නොවේ.')).toEqual([]);
    expect(blame('si', 'එය ඔබේ වරදක් නොවේ.')).toEqual([]);
    expect(blame('bn', 'এটা আপনার দোষ নয়।')).toEqual([]);
  });
});

describe('promise check', () => {
  it.each(Object.entries(BAD_PROMISE))('catches a promise in %s', (lang, text) => {
    expect(promises(lang, text)).not.toEqual([]);
  });
  it('allows a sentence that denies the promise, and names that are not promises', () => {
    expect(promises('en', 'None of these steps promises that no one will see.')).toEqual([]);
    expect(promises('en', 'Safety guide. A safe place to stay.')).toEqual([]);
    expect(promises('ja', '絶対に安全とは限りません。')).toEqual([]);
    expect(promises('ur', 'کوئی قدم یہ وعدہ نہیں کرتا کہ کوئی نہیں دیکھے گا۔')).toEqual([]);
    expect(promises('my', 'မည်သူမျှ မမြင်ရဟု ကတိမပေးနိုင်ပါ။')).toEqual([]);
  });
  it('judges each sentence on its own, also after ۔ (Urdu) and ။ (Myanmar)', () => {
    expect(promises('ur', 'یہ وعدہ نہیں۔ یہ ایپ مکمل طور پر محفوظ ہے۔')).toHaveLength(1);
    expect(promises('my', 'ကတိ မပေးပါ။ ဤအက်ပ်သည် လုံးဝ လုံခြုံပါသည်။')).toHaveLength(1);
  });
});

describe('calm-tone check', () => {
  it('catches exclamation marks and shouted words, not acronyms', () => {
    expect(shouting('Call now!')).toEqual(['!']);
    expect(shouting('すぐに電話して！')).toEqual(['！']);
    expect(shouting('LEAVE NOW')).toEqual(['LEAVE', 'NOW']);
    expect(shouting('Call the DV line or LINE (FY2020, DV110).')).toEqual([]);
  });
});

describe('やさしい日本語 checks', () => {
  it('catches a sentence over 50 characters, not counting spaces or kana readings', () => {
    const long = 'あ'.repeat(51) + '。';
    expect(easyTooLong('common:x', long)).toEqual([long]);
    expect(easyLength('区役所（くやくしょ）に 行きます。')).toBe(9);
    expect(easyTooLong('map:creditWards', long)).toEqual([]);
  });
  it('catches an official name without a reading, and adds it', () => {
    expect(missingReadings('区役所に 行きます。')).toEqual(['区役所']);
    expect(addReadings('「履歴」を おします。')).toBe('「履歴」（りれき）を おします。');
    expect(missingReadings('「サイトの設定」（サイトの せってい）')).toEqual([]);
  });
});
