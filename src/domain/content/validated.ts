import type { DocFrontMatter } from './schemas';
import { contentKinds, type ContentKind } from './vocabulary';

/**
 * True for frontmatter the content model produced for a doc. Docusaurus hands
 * frontmatter on untyped; every doc that passed the model has a `kind`, and a
 * doc that failed has empty frontmatter (its problems are reported at once),
 * so the kind tells the two apart without a cast.
 */
export function isDocFrontMatter(frontMatter: unknown): frontMatter is DocFrontMatter {
  return (
    typeof frontMatter === 'object' &&
    frontMatter !== null &&
    contentKinds.includes((frontMatter as { kind?: unknown }).kind as ContentKind)
  );
}
