import type { ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import DocFacts from '@site/src/components/DocFacts';
import ReviewNotice from '@site/src/components/ReviewNotice';
import { useDocGovernance } from '@site/src/hooks/useDocGovernance';

type Props = WrapperProps<typeof ContentType>;

/**
 * Wraps the docs content with the governance the content model guarantees:
 * warnings first (draft, retired, review overdue), facts about the page last.
 */
export default function ContentWrapper(props: Props): ReactNode {
  const { frontMatter } = useDoc();
  const governance = useDocGovernance(frontMatter);
  if (!governance) return <Content {...props} />;
  return (
    <>
      <ReviewNotice
        status={governance.status}
        review={governance.review}
        owner={governance.owner}
        localeTag={governance.localeTag}
      />
      <Content {...props} />
      <DocFacts {...governance} />
    </>
  );
}
