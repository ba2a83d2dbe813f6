import { useEffect, useState } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { isoDateOf, type IsoDate } from '../domain/dates';

/**
 * Today's date for review notices. The server render and the first browser
 * render use the build date (so hydration matches); after that the browser's
 * own clock takes over, so a page built months ago still warns on time.
 */
export function useToday(clock: () => Date = () => new Date()): IsoDate {
  const { siteConfig } = useDocusaurusContext();
  const buildDate = siteConfig.customFields?.buildDate as IsoDate;
  const [today, setToday] = useState<IsoDate>(buildDate);
  useEffect(() => {
    setToday(isoDateOf(clock()));
    // The clock is read once per page view; re-reading it on every render would be noise.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return today;
}
