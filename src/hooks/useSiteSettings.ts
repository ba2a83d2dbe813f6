import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { Organisation } from '../domain/organisation';

export type SiteSettings = Pick<Organisation, 'exampleFacts' | 'contact' | 'competenceCentre'>;

/** The organisation's settings the pages need, passed through the config's customFields. */
export function useSiteSettings(): SiteSettings {
  const { siteConfig } = useDocusaurusContext();
  return siteConfig.customFields?.site as SiteSettings;
}
