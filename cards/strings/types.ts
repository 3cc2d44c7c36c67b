export const LOCALES = ['en', 'fr', 'sv', 'nl'] as const;
export type Locale = (typeof LOCALES)[number];

/** One area's texts: English is the reference; every other language has the same keys. */
export type Strings = Record<string, string>;
/**
 * Every language is required, so an area cannot ship without one; that each has exactly the
 * English keys and placeholders is checked by test/strings/catalogue-parity.test.ts.
 */
export type AreaStrings = Record<Locale, Strings>;

/**
 * Declares an area's texts so that the compiler holds every language to exactly the English keys
 * (a missing key or a key English lacks does not compile); placeholders are left to the test.
 */
export function defineArea<K extends string>(
  strings: { en: Record<K, string> } & Record<Exclude<Locale, 'en'>, Record<NoInfer<K>, string>>,
): AreaStrings {
  return strings;
}
