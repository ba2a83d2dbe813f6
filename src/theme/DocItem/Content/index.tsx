import type { ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc, useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import ChangeLog from '@site/src/components/ChangeLog';
import DocFacts from '@site/src/components/DocFacts';
import DocStatusLine from '@site/src/components/DocStatusLine';
import ReviewNotice from '@site/src/components/ReviewNotice';
import UntranslatedNotice from '@site/src/components/UntranslatedNotice';
import { useContentLanguage } from '@site/src/hooks/useContentLanguage';
import { useDocGovernance } from '@site/src/hooks/useDocGovernance';
import { useLocaleTag } from '@site/src/hooks/useLocaleTag';
import { usePageEdition } from '@site/src/hooks/usePageEdition';
import { useRepository } from '@site/src/hooks/useRepository';
import { dateLine, showsStatusFirst } from '@site/src/domain/content/pageFacts';
import { historyUrl, sourceFileOf } from '@site/src/domain/repository';

type Props = WrapperProps<typeof ContentType>;

/**
 * Wraps the docs content with what the content model guarantees: warnings first
 * (draft, retired, review overdue), then, under the title of a guideline or the
 * postulates, where it stands (status, adoption, next review); the full facts
 * about the page last. An untranslated
 * page says so, and carries its own `lang` so screen readers pronounce it right.
 * `data-content-kind` names the page's kind for browser tests that pick one
 * page of each kind from the sitemap.
 */
export default function ContentWrapper(props: Props): ReactNode {
  const { frontMatter, metadata } = useDoc();
  // Pages of the draft and of older editions carry the edition banner instead:
  // a review date of a superseded edition is history, not a warning.
  const isEditionInForce = useDocsVersion().isLast;
  const facts = useDocGovernance(frontMatter);
  const localeTag = useLocaleTag();
  const repository = useRepository();
  const { lang, isUntranslated } = useContentLanguage(metadata.source);
  const edition = usePageEdition();
  // Under the title: the theme renders the title, then its children.
  const children =
    facts && showsStatusFirst(facts.kind) ? (
      <>
        <DocStatusLine facts={facts} edition={edition} localeTag={localeTag} />
        {props.children}
      </>
    ) : (
      props.children
    );
  return (
    <div data-content-kind={facts?.kind}>
      {isUntranslated && <UntranslatedNotice />}
      {facts && isEditionInForce && (
        <ReviewNotice
          status={facts.status}
          review={facts.review}
          owner={facts.owner}
          localeTag={localeTag}
        />
      )}
      {lang ? (
        <div lang={lang}>
          <Content {...props}>{children}</Content>
        </div>
      ) : (
        <Content {...props}>{children}</Content>
      )}
      {facts && (
        <DocFacts
          facts={facts}
          localeTag={localeTag}
          dates={dateLine(facts.lastReviewed, metadata.lastUpdatedAt)}
        />
      )}
      {facts && (
        <ChangeLog
          notes={facts.changeNotes}
          historyUrl={historyUrl(repository, sourceFileOf(metadata.source))}
          localeTag={localeTag}
        />
      )}
    </div>
  );
}
