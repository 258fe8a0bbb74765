// The shape of one area's catalogue of the core's messages: English is the reference, French is
// complete (the type checker refuses a missing key), and Spanish, Russian, Chinese and Arabic hold
// what has been translated well; a key they lack is said in English.
import type { Message } from '../i18n/format';

export interface AreaMessages<K extends string> {
  en: Record<K, Message>;
  fr: Record<K, Message>;
  es: Partial<Record<K, Message>>;
  ru: Partial<Record<K, Message>>;
  zh: Partial<Record<K, Message>>;
  ar: Partial<Record<K, Message>>;
}

/** Declares one area's messages; `K` is inferred from the English catalogue. */
export const defineMessages = <K extends string>(messages: AreaMessages<K>): AreaMessages<K> =>
  messages;
