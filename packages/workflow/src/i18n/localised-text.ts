/** The languages people read the system in; zh-CN first. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export type LocalisedText = Record<Locale, string>;

/** Values a text names: `{name}` in either language is replaced by them (lists joined per language). */
export type TextParam = string | number | readonly string[] | LocalisedText;
export type TextParams = Record<string, TextParam>;

export const t = (zh: string, en: string): LocalisedText => ({ 'zh-CN': zh, en });

const LIST_SEPARATOR: Record<Locale, string> = { 'zh-CN': '、', en: ', ' };

/** The placeholders (`{max}`) a template names, in order. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z]+)\}/g)].map((match) => match[1]);
}

/** A text in one language with its placeholders filled; a missing value leaves `{name}` visible. */
export function renderText(text: LocalisedText, locale: Locale, params: TextParams = {}): string {
  return text[locale].replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) return whole;
    if (Array.isArray(value)) return value.join(LIST_SEPARATOR[locale]);
    return typeof value === 'object' ? (value as LocalisedText)[locale] : String(value);
  });
}
