// The days and times a channel answers in a language, for language notes ("Tagalog, Mon 9:00–12:00").
import i18next from 'i18next';
import type { Rule } from '../../data/schema';
import { rulesText } from '../../lib/rule-text';

export const rulesWhen = (rules: Rule[]): string =>
  rulesText(rules, i18next.language, i18next.t('langs:note.holiday'));
