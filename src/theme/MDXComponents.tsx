import MDXComponents from '@theme-original/MDXComponents';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import ContactLink from '@site/src/components/ContactLink';
import PostulateList from '@site/src/components/PostulateList';
import { isDocFrontMatter } from '@site/src/domain/content/validated';

/** `<PostulateList />` in a postulates page lists the postulates from its own frontmatter. */
function PostulatesOfThisPage() {
  const { frontMatter } = useDoc();
  // Only pages of kind "postulater" pass the content model with a postulates list.
  const postulates =
    isDocFrontMatter(frontMatter) && frontMatter.kind === 'postulater'
      ? frontMatter.postulates
      : [];
  return <PostulateList postulates={postulates} />;
}

/**
 * Components available in every MDX file without an import: `<PostulateList />`,
 * and `<Kontakt />` (the competence centre's address from organisation.ts).
 */
export default {
  ...MDXComponents,
  PostulateList: PostulatesOfThisPage,
  Kontakt: ContactLink,
};
