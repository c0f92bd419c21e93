// Per-language word lists for the trauma-informed copy checks (copy-rules.ts). Short and honest:
// phrases a reader in danger should never meet in this app. Extend them when a translator or a
// reviewer finds another; each list is tested on a bad sentence (copy-rules.test.ts).

/** Blame: asking why they did not leave, telling them to endure, saying it is their fault. */
export const BLAME: Record<string, RegExp[]> = {
  ja: [/(なぜ|どうして)逃げ/, /我慢(しなさい|すべき|が足り)/, /あなた(にも|が)(原因|責任|悪い)/, /自業自得/, /大げさ/, /落ち度/],
  'ja-x-easy': [/(なぜ|どうして) ?にげ/, /がまん ?(しなさい|して ください|すれば)/, /あなた(にも|が) ?(げんいん|わるい|悪い)/, /じごうじとく/, /おおげさ/],
  en: [/why didn'?t you/i, /why did you stay/i, /you should have/i, /you provoked/i, /(?<!not )your (own )?fault/i, /asked for it/i, /overreact/i, /put up with it/i],
  es: [/por qué no te (fuiste|fuiste antes)/i, /deberías haber/i, /(?<!no )es tu culpa/i, /la culpa es tuya/i, /te lo buscaste/i, /exageras/i, /aguántate/i],
  'pt-BR': [/por que você não (saiu|foi embora)/i, /você deveria ter/i, /(?<!não )é culpa sua/i, /a culpa é sua/i, /você provocou/i, /você está exagerando/i, /aguente firme/i],
  id: [/kenapa (kamu|anda) tidak pergi/i, /seharusnya (kamu|anda) sudah/i, /(?<!bukan )salah(mu| kamu| anda)( sendiri)?\b/i, /terlalu berlebihan/i, /sabar saja/i],
  tl: [/bakit hindi ka (umalis|lumayo)/i, /(?<!hindi )kasalanan mo/i, /tiisin mo/i, /ikaw ang may kasalanan/i],
  vi: [/tại sao bạn không (bỏ đi|rời đi)/i, /lẽ ra bạn (phải|nên)/i, /(?<!không phải (là )?)lỗi của bạn/i, /cố chịu đựng/i],
  ko: [/왜 (떠나지|도망치지) 않/, /참으(세요|라)/, /자업자득/, /(?<!내 )탓(이에요|입니다)$/, /당신(의)? 잘못(이에요|입니다)/],
  'zh-Hans': [/为什么不(离开|走)/, /(你|您)(应该|本应)早/, /自作自受/, /忍一忍|忍着点/, /(?<!不是)(你|您)的错/],
  th: [/ทำไมไม่(ออกมา|หนี)/, /ความผิดของคุณเอง/, /ทนไปเถอะ/, /สมควรแล้ว/],
  ne: [/किन (छोडेनौ|छोड्नुभएन)/, /तपाईंकै गल्ती/, /सहेर बस्नुहोस्/],
  'zh-Hant': [/為什麼不(離開|走)/, /(你|您)(應該|本應)早/, /自作自受/, /忍一忍|忍著點|忍耐一下吧/, /(?<!不是)(你|您)的錯/, /(你|您)太誇張/],
  my: [/(ဘာကြောင့်|ဘာလို့|ဘာဖြစ်လို့) ?(မထွက်|မခွဲ|မပြေး)/, /(သင့်|သင်၏|မင်း)(ရဲ့)? ?(ကိုယ်ပိုင် )?အပြစ်(?! ?(မဟုတ်|ဟု))/, /ကိုယ်လုပ် ?ကိုယ်ခံ/, /သည်းခံ(လိုက်|နေ)?ပါ(။|$)/, /ချဲ့ကား(နေ|တာ)/],
  ur: [/کیوں نہیں (چھوڑا|چھوڑ|گئ|گئے|نکل)/, /(آپ|تم|تمہاری|آپ کی) (اپنی )?غلطی (ہے|تھی)/, /(آپ|تم|تمہارا|آپ کا) (اپنا )?قصور (ہے|تھا)/, /برداشت کر(یں|و|لیں|لو)(۔|$)/, /بڑھا چڑھا کر/, /آپ کو (پہلے )?\S+ (لینا|جانا|کرنا|چھوڑنا) چاہیے تھا/],
  si: [/ඇයි.{0,20}(නොගියේ|ගියේ නැත්තේ|අත් නොහැරියේ)/, /(ඔබේ|ඔයාගේ|ඔබගේ) ?(ම )?වරද(?!(ක්)? ?(නොවේ|නොවෙයි|නෙවෙයි|නැත))/, /ඉවසගෙන (ඉන්න|සිටින්න)(\.|$)/, /අතිශයෝක්ති කර(නවා|න්නේ)/, /ඇයි (ඔබ )?ඉවත් නොවුණේ/, /ඉවසා (සිටින්න|ඉන්න)/, /ඔබ එසේ කළ යුතුව තිබුණා/],
  bn: [/কেন (চলে|ছেড়ে) (যাননি|যাওনি|আসেননি|আসোনি)/, /(আপনার|তোমার) (নিজেরই|নিজের|নিজেদের)? ?দোষ(?! নয়| না| নেই)/, /সহ্য কর(ুন|ো)(।|$)/, /বাড়িয়ে বলছ(েন|ো)|বাড়াবাড়ি করছ(েন|ো)/, /(আপনার|তোমার) (আগেই )?\S+ উচিত ছিল/, /আপনারই দোষ(?! নয়| না| নেই)/, /সহ্য করে (থাকুন|যান)/, /আপনার উচিত ছিল/],
};

/**
 * Promises that something is certainly safe, secret or untraceable. A sentence that denies them
 * ("none of these steps promises that no one will see") is allowed: see DENIAL.
 */
export const PROMISE: Record<string, RegExp[]> = {
  ja: [/(絶対|完全)に?安全/, /バレ(ません|ない)/, /(誰|だれ)にも(知られ|わから|見られ|ばれ)(ません|ない)/, /追跡(され|でき)ません/, /跡は?残りません/, /必ず秘密/],
  'ja-x-easy': [/ぜったい ?(に)? ?(あんぜん|安全)/, /(ばれ|バレ)(ません|ない)/, /だれにも ?(わかりません|知られません|しられません|見られません)/, /かならず ひみつ/],
  en: [/completely (safe|secure|private|anonymous|secret)/i, /totally (safe|secure|private|anonymous)/i, /100 ?% (safe|secure|anonymous)/i, /no one will (ever )?(know|find out|see)/i, /untraceable/i, /can(no|')t be traced/i, /leaves? no trace/i, /guaranteed/i, /you are safe/i],
  es: [/(completamente|totalmente|100 ?%) (segur|anónim|privad|secret)/i, /nadie (lo )?(sabrá|se enterará|verá)/i, /imposible de rastrear/i, /no se puede rastrear/i, /garantizad/i],
  'pt-BR': [/(completamente|totalmente|100 ?%) (segur|anônim|privad|secret)/i, /ninguém (vai|irá) (saber|ver|descobrir)/i, /impossível de rastrear/i, /não pode ser rastread/i, /garantid/i],
  id: [/(sepenuhnya|benar-benar|pasti|100 ?%) aman/i, /tidak (ada )?(seorang pun|siapa pun|yang) (akan )?tahu/i, /tidak (bisa|dapat) dilacak/i, /tak terlacak/i, /dijamin/i],
  tl: [/(siguradong|ganap na|lubos na|100 ?%) ligtas/i, /walang makakaalam/i, /hindi (ma-trace|matutunton)/i, /garantisado/i],
  vi: [/(hoàn toàn|chắc chắn|tuyệt đối) an toàn/i, /không ai (sẽ )?(biết|phát hiện)/i, /không thể (bị )?truy (vết|dấu)/i, /đảm bảo an toàn/i],
  ko: [/(완전히|절대|100 ?%) 안전/, /아무도 (모릅니다|모를 거|알 수 없습니다)/, /추적(할 수 없|되지 않)습니다/, /보장합니다/],
  'zh-Hans': [/(完全|绝对|百分之百)安全/, /(没有人|不会有人)(会)?(知道|发现)/, /无法(被)?追踪/, /保证安全/],
  th: [/ปลอดภัย(แน่นอน|100|อย่างสมบูรณ์)/, /ไม่มีใครรู้/, /ติดตามไม่ได้/, /รับประกันความปลอดภัย/],
  ne: [/(पूर्ण रूपमा|पूरै|पक्का) सुरक्षित/, /कसैले (थाहा पाउँदैन|थाहा पाउने छैन)/, /ट्रेस गर्न सकिँदैन/],
  'zh-Hant': [/(完全|絕對|百分之百)安全/, /(沒有人|不會有人)(會)?(知道|發現|看到)/, /無法(被)?追蹤/, /保證安全/, /不會留下(任何)?(痕跡|記錄)/],
  my: [/(လုံးဝ|အပြည့်အဝ|ရာနှုန်းပြည့်|သေချာပေါက်) ?(ဘေးကင်း|လုံခြုံ)/, /(မည်သူမျှ|မည်သူမှ|ဘယ်သူမှ) ?(မသိ|မမြင်)/, /(ခြေရာခံ|နောက်ယောင်ခံ)(၍|လို့)? ?မရ/, /အာမခံ(ပါသည်|ပါတယ်|သည်)/, /မှတ်တမ်း ?(လုံးဝ ?)?မကျန်/],
  ur: [/(مکمل|بالکل|پوری طرح|سو فیصد|100 ?%) ?(طور پر )?(محفوظ|خفیہ|گمنام)/, /کسی کو (بھی )?(پتا|پتہ|معلوم) نہیں (چلے گا|ہوگا|ہو گا)/, /کوئی (بھی )?نہیں (دیکھے|جانے) گا/, /(ٹریس|سراغ|پیچھا) (نہیں کیا جا سکتا|نہیں ہو سکتا|نہیں لگایا جا سکتا)/, /(کوئی )?نشان نہیں (چھوڑتا|چھوڑتی|رہتا|رہے گا)/, /ضمانت (دیتے|دی جاتی|ہے)/],
  si: [/(සම්පූර්ණයෙන්ම|මුළුමනින්ම|සියයට සියයක්|100 ?%) ?(ආරක්ෂිත|රහසිගත|නිර්නාමික)/, /කිසිවෙකු(ට|ත්)? (දැනගත නොහැක|දැනගන්නේ නැහැ|දැන ගන්නේ නැත|නොදැනේ|නොදකී|නොදකින|දකින්නේ නැහැ)/, /(හඹා යා|සොයාගත|ලුහුබැඳිය) නොහැක/, /සහතික (කරමු|කරනවා|කරයි)/, /කිසිවෙකු (නොදැනගනී|දැනගන්නේ නැත)/, /සලකුණක් ඉතිරි නොවේ/, /ආරක්ෂාව සහතික/],
  bn: [/(সম্পূর্ণ|পুরোপুরি|একেবারে|১০০ ?%|100 ?%) ?(নিরাপদ|গোপন|বেনামী)/, /কেউ (কখনো )?(জানতে পারবে না|জানবে না|দেখবে না|টের পাবে না)/, /(ট্র্যাক|ট্রেস) করা (যাবে|যায়) না/, /(নিশ্চয়তা|গ্যারান্টি) দি(চ্ছি|ই|চ্ছে)/, /কোনো চিহ্ন (থাকবে|থাকে) না/, /শতভাগ (নিরাপদ|গোপন)/, /নিরাপত্তার নিশ্চয়তা/],
};

/** Words that deny or limit, looked for in the rest of the sentence (outside the promise itself). */
export const DENIAL: Record<string, RegExp> = {
  ja: /(ではありません|わけではありません|とは限りません|ものではありません|約束|とは言えません|ことがあります|おそれ|できません|しにくい)/,
  'ja-x-easy': /(では ありません|わけでは ありません|とは かぎりません|とは 言えません|ことが あります|かも しれません|できません|やくそく)/,
  en: /\b(not|no|none|never|cannot|can't|nor|neither|nothing|promise)\b/i,
  es: /\b(no|ni|nunca|ningún|ninguna|ninguno|nada|prometer|promete)\b/i,
  'pt-BR': /\b(não|nem|nunca|nenhum|nenhuma|nada|promete|prometer)\b/i,
  id: /\b(tidak|bukan|tak|belum|menjanjikan|janji)\b/i,
  tl: /\b(hindi|wala|walang|pangako|ipinapangako)\b/i,
  vi: /\b(không|chẳng|chưa|hứa)\b/i,
  ko: /(않|없|못|아닙|아니|약속)/,
  'zh-Hans': /(不|没|无|并非|未|保证)/,
  th: /(ไม่|มิได้|สัญญา)/,
  ne: /(होइन|छैन|सक्दैन|गर्दैन|हुँदैन|वाचा)/,
  'zh-Hant': /(不|沒|無|並非|未|保證)/,
  my: /(ကတိ|မဟုတ်|နိုင်ပါ(?!သည်)|အာမ ?မခံ|ဖြစ်နိုင်|မရှိ)/,
  ur: /(نہیں|(^|\s)نہ(\s|$)|وعدہ|ممکن ہے|ہو سکتا ہے)/,
  si: /(නැත|නැහැ|නොවේ|බැහැ|නොහැක|පොරොන්දු|විය හැක)/,
  bn: /((^|\s)(না|নয়|নেই)(?=[\s।,]|$)|প্রতিশ্রুতি|হতে পারে)/,
};

/** Acronyms that may stand in capitals on crisis screens. */
export const ACRONYMS = new Set([
  // Names and labels as written: NTT (phone company), COVID, WATS (a building), FY (fiscal year),
  // SMP/SMA (Indonesian school levels), ONG (NGO in es/pt), AA (the Safari button).
  'NTT', 'COVID', 'WATS', 'FY', 'SMP', 'SMA', 'ONG', 'AA','DV', 'SOS', 'LINE', 'ID', 'NPO', 'SNS', 'GPS', 'SMS', 'URL', 'PC', 'IP', 'PIN', 'KDRT', 'QR', 'OK', 'SIM', 'LGBT', 'LGBTQ', 'PWA', 'iOS', 'MLIT', 'GSI', 'JR', 'AM', 'PM', 'FAQ', 'HIV', 'STD', 'NHK', 'AI']);
