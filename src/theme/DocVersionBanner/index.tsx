import type { ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import { ThemeClassNames } from '@docusaurus/theme-common';
import { formatIsoDate } from '@site/src/domain/dates';
import { useEditionBanner } from '@site/src/hooks/useEditionBanner';
import { useLocaleTag } from '@site/src/hooks/useLocaleTag';

/**
 * Replaces Docusaurus's version banner, which speaks of software ("no longer
 * actively maintained"), with what a reader of rules needs: this is the draft
 * or an older edition, when it was adopted, and the same page in the edition
 * in force, or that the page is not in it.
 */
export default function DocVersionBanner({ className }: { className?: string }): ReactNode {
  const banner = useEditionBanner();
  const localeTag = useLocaleTag();
  if (!banner) return null;
  const record = banner.edition?.record;
  const statement =
    banner.kind === 'draft'
      ? translate(
          {
            id: 'vk.edition.banner.draft',
            message:
              'Du leser utkastet til neste utgave. Det er ikke vedtatt og gjelder ikke ennå. Reglene som gjelder, står i {latest}.',
          },
          { latest: banner.latest.label },
        )
      : record
        ? translate(
            {
              id: 'vk.edition.banner.superseded',
              message:
                'Du leser {edition}, vedtatt {date} (sak {caseRef}). Den er erstattet av {latest}, som er den som gjelder nå.',
            },
            {
              edition: banner.label,
              date: formatIsoDate(record.date, localeTag),
              caseRef: record.case_ref,
              latest: banner.latest.label,
            },
          )
        : translate(
            {
              id: 'vk.edition.banner.supersededUnrecorded',
              message:
                'Du leser {edition}. Den er erstattet av {latest}, som er den som gjelder nå.',
            },
            { edition: banner.label, latest: banner.latest.label },
          );
  return (
    <div
      className={clsx(
        className,
        ThemeClassNames.docs.docVersionBanner,
        'alert alert--warning margin-bottom--md',
      )}
      role="alert"
      data-edition-banner={banner.kind}
    >
      <p>{statement}</p>
      <p className="margin-bottom--none">
        {banner.counterpart ? (
          <Link to={banner.counterpart} onClick={banner.preferLatest}>
            {translate(
              { id: 'vk.edition.banner.counterpart', message: 'Les denne siden i {latest}' },
              { latest: banner.latest.label },
            )}
          </Link>
        ) : (
          <>
            {translate(
              {
                id: 'vk.edition.banner.noCounterpart',
                message: 'Denne siden finnes ikke i {latest}.',
              },
              { latest: banner.latest.label },
            )}{' '}
            <Link to={banner.latest.path} onClick={banner.preferLatest}>
              {translate(
                { id: 'vk.edition.banner.latestStart', message: 'Gå til {latest}' },
                { latest: banner.latest.label },
              )}
            </Link>
          </>
        )}
        {' · '}
        <Link to="/utgaver">
          {translate({
            id: 'vk.edition.banner.allEditions',
            message: 'Alle utgaver og hva som er endret',
          })}
        </Link>
      </p>
    </div>
  );
}
