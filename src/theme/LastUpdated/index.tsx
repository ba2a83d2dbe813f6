import type { ReactNode } from 'react';

/**
 * Docusaurus's "Sist oppdatert" sits beside "Sist gjennomgått" in the page
 * facts, and readers cannot tell which date says the page is still right. The
 * page facts tell both as one line (src/components/DocFacts), from the same
 * Git date Docusaurus reads, so the theme's own line is not shown. Only docs
 * pages show it on this site, and every docs page has page facts.
 */
export default function LastUpdated(): ReactNode {
  return null;
}
