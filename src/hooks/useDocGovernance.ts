import type { DocFrontMatter } from '../domain/content/schemas';
import { reviewState } from '../domain/content/review';
import type { DocFactsProps } from '../components/DocFacts';
import { useLocaleTag } from './useLocaleTag';
import { useToday } from './useToday';

/**
 * Adapts a page's validated frontmatter to what DocFacts and ReviewNotice show.
 * Returns null for generated pages (category indexes) that have no governance fields.
 */
export function useDocGovernance(frontMatter: object): DocFactsProps | null {
  const today = useToday();
  const localeTag = useLocaleTag();
  if (!('owner' in frontMatter) || !('last_reviewed' in frontMatter)) return null;
  // The build validated every doc's frontmatter against the content model, so this is safe.
  const page = frontMatter as DocFrontMatter;
  return {
    owner: page.owner,
    status: page.status,
    lastReviewed: page.last_reviewed,
    review: reviewState(page, today),
    legalBasis: page.kind === 'retningslinje' ? page.legal_basis : undefined,
    adoption: page.kind === 'retningslinje' ? page.adoption : undefined,
    localeTag,
  };
}
