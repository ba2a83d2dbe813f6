import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/** The BCP 47 tag of the current locale (nb-NO, en-GB) for Intl formatting. */
export function useLocaleTag(): string {
  const { i18n } = useDocusaurusContext();
  return i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
}
