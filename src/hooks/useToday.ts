import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { isoDateOf, type IsoDate } from '../domain/dates';

/**
 * Today's date for review notices. The server render and the first browser
 * render use the build date (so hydration matches); once hydrated, the
 * browser's own clock takes over, so a page built months ago still warns on time.
 */
export function useToday(clock: () => Date = () => new Date()): IsoDate {
  const { siteConfig } = useDocusaurusContext();
  const isBrowser = useIsBrowser();
  return isBrowser ? isoDateOf(clock()) : (siteConfig.customFields?.buildDate as IsoDate);
}
