/**
 * The locale a page is written in, read from its source path. Docusaurus shows
 * the default-locale file when a translation is missing; translations live
 * under `i18n/<locale>/`, so the path tells which one a reader got.
 *
 * @param source Docusaurus's aliased source path, e.g. `@site/docs/ordliste.mdx`
 */
export function sourceLocale(source: string, defaultLocale: string): string {
  return /^@site\/i18n\/([^/]+)\//.exec(source)?.[1] ?? defaultLocale;
}
