import { useEffect, useState } from 'react';
import { useLocation } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useActivePluginAndVersion } from '@docusaurus/plugin-content-docs/client';
import { problemReportUrl } from '../domain/repository';
import { useRepository } from './useRepository';

/**
 * The "Meld fra om feil" link for the page the reader is on. The address and
 * the edition are known when the page is built; the title is added once the
 * page runs in the browser (without JavaScript the address names the page).
 */
export function useProblemReportLink(): string {
  const { siteConfig } = useDocusaurusContext();
  const repository = useRepository();
  const { pathname } = useLocation();
  const active = useActivePluginAndVersion();
  const [pageTitle, setPageTitle] = useState<string | undefined>(undefined);
  useEffect(() => {
    // The head is updated after the page renders; read the title once it has settled.
    const id = window.setTimeout(() => setPageTitle(document.title.replace(/ \| [^|]+$/, '')), 0);
    return () => window.clearTimeout(id);
  }, [pathname]);
  const edition =
    active?.activePlugin.pluginId === 'retningslinjer' ? active.activeVersion?.label : undefined;
  return problemReportUrl(repository, {
    pageTitle,
    pageUrl: `${siteConfig.url}${pathname}`,
    edition,
  });
}
