import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { sourceLocale } from '../domain/language';

export type ContentLanguage = {
  /** The `lang` to put on the content when it differs from the page's; undefined when they match. */
  lang: string | undefined;
  /** True when the reader asked for a locale the content has not been translated into. */
  isUntranslated: boolean;
};

/** Whether a doc or post is shown in its own language or falls back to the default one. */
export function useContentLanguage(source: string): ContentLanguage {
  const { i18n } = useDocusaurusContext();
  const locale = sourceLocale(source, i18n.defaultLocale);
  if (locale === i18n.currentLocale) return { lang: undefined, isUntranslated: false };
  return { lang: i18n.localeConfigs[locale]?.htmlLang ?? locale, isUntranslated: true };
}

/** The `lang` of content shown in the source language, for data (trees, checklists) that has no source file path. */
export function useSourceLanguage(): string {
  const { i18n } = useDocusaurusContext();
  return i18n.localeConfigs[i18n.defaultLocale]?.htmlLang ?? i18n.defaultLocale;
}
