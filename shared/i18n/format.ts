// One formatter for every catalogue of the app: the interface's (renderer/src/i18n) and the
// core's (shared/messages). A message is a string with {placeholders}, or plural forms chosen by
// Intl.PluralRules on {count}.
import type { LanguageCode } from '../api/schema';

export type PluralForms = {
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  zero?: string;
  other: string;
};
export type Message = string | PluralForms;
export type Params = Record<string, string | number>;

const pluralRules = new Map<LanguageCode, Intl.PluralRules>();

function pluralRulesOf(language: LanguageCode): Intl.PluralRules {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules;
}

/** `message` with its placeholders filled from `params`, its plural form chosen for `language`. */
export function formatMessage(message: Message, params: Params, language: LanguageCode): string {
  const text =
    typeof message === 'string'
      ? message
      : (message[pluralRulesOf(language).select(Number(params.count ?? 0)) as keyof PluralForms] ??
        message.other);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
