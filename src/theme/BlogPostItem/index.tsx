import type { ReactNode } from 'react';
import BlogPostItem from '@theme-original/BlogPostItem';
import type BlogPostItemType from '@theme/BlogPostItem';
import type { WrapperProps } from '@docusaurus/types';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import UntranslatedNotice from '@site/src/components/UntranslatedNotice';
import { useContentLanguage } from '@site/src/hooks/useContentLanguage';

type Props = WrapperProps<typeof BlogPostItemType>;

/** News posts are written in Norwegian; on the English site they say so and carry `lang`. */
export default function BlogPostItemWrapper(props: Props): ReactNode {
  const { metadata, isBlogPostPage } = useBlogPost();
  const { lang, isUntranslated } = useContentLanguage(metadata.source);
  if (!lang) return <BlogPostItem {...props} />;
  return (
    <>
      {isUntranslated && isBlogPostPage && <UntranslatedNotice />}
      <div lang={lang}>
        <BlogPostItem {...props} />
      </div>
    </>
  );
}
