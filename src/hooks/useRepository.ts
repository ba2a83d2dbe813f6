import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { Repository } from '../domain/repository';

/** The repository named in organisation.ts, passed to the site through the config's customFields. */
export function useRepository(): Repository {
  const { siteConfig } = useDocusaurusContext();
  return siteConfig.customFields?.repository as Repository;
}
