export const LOCALES = ['en', 'fr', 'sv', 'nl'] as const;
export type Locale = (typeof LOCALES)[number];

/** One area's texts: English is the reference; every other language has the same keys. */
export type Strings = Record<string, string>;
export type AreaStrings = { en: Strings } & Partial<Record<Exclude<Locale, 'en'>, Strings>>;
