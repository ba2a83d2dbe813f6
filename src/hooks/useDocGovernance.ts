import { pageFacts, type PageFacts } from '../domain/content/pageFacts';
import { isDocFrontMatter } from '../domain/content/validated';
import { useToday } from './useToday';

/**
 * A docs page's governance facts for today, from Docusaurus's untyped
 * frontmatter. Null for pages the build generated (category indexes), which
 * have no owner or review dates.
 */
export function useDocGovernance(frontMatter: unknown): PageFacts | null {
  const today = useToday();
  return isDocFrontMatter(frontMatter) ? pageFacts(frontMatter, today) : null;
}
