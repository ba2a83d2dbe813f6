import type { ReactNode } from 'react';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { isDocFrontMatter } from '../../domain/content/validated';
import PostulateList from '.';

/**
 * `<PostulateList />` as a postulates page writes it: the postulates from the
 * page's own frontmatter. The guidelines' remark plugin (plugins/editions)
 * imports it into the pages that use it, so other pages load none of it.
 *
 * @example <PostulateList />
 */
export default function PostulatesOfThisPage(): ReactNode {
  const { frontMatter } = useDoc();
  // Only pages of kind "postulater" pass the content model with a postulates list.
  const postulates =
    isDocFrontMatter(frontMatter) && frontMatter.kind === 'postulater'
      ? frontMatter.postulates
      : [];
  return <PostulateList postulates={postulates} />;
}
