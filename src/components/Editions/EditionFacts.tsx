import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import { formatIsoDate } from '../../domain/dates';
import type { EditionSummary } from '../../domain/editions/views';
import { useLocaleTag } from '../../hooks/useLocaleTag';
import ExampleMark from '../ExampleMark';
import FactList, { Fact } from '../FactList';

/**
 * Who adopted an edition, when and under which case reference, or, for the
 * working draft, that it is not adopted and does not apply.
 *
 * @example <EditionFacts edition={summary} />
 */
export default function EditionFacts({ edition }: { edition: EditionSummary }) {
  const localeTag = useLocaleTag();
  if (edition.isDraft || !edition.record) {
    return (
      <p>
        {translate({
          id: 'vk.edition.draftNote',
          message:
            'Dette er utkastet til neste utgave. Det er ikke vedtatt og gjelder ikke før det er vedtatt.',
        })}
      </p>
    );
  }
  const { record } = edition;
  return (
    <FactList>
      <Fact term={translate({ id: 'vk.edition.adoptedBy', message: 'Vedtatt av' })}>
        {record.adopted_by}
      </Fact>
      <Fact term={translate({ id: 'vk.edition.date', message: 'Vedtatt' })}>
        <time dateTime={record.date}>{formatIsoDate(record.date, localeTag)}</time>
      </Fact>
      <Fact term={translate({ id: 'vk.edition.caseRef', message: 'Saksnummer' })}>
        {record.decision_url ? (
          <Link href={record.decision_url}>{record.case_ref}</Link>
        ) : (
          record.case_ref
        )}
        <ExampleMark />
      </Fact>
      <Fact term={translate({ id: 'vk.edition.standing', message: 'Status' })}>
        {edition.isLatest
          ? translate({ id: 'vk.edition.inForce', message: 'Gjeldende utgave' })
          : translate({ id: 'vk.edition.superseded', message: 'Erstattet av en nyere utgave' })}
      </Fact>
    </FactList>
  );
}
