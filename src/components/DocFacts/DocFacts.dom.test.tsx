import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PageFacts } from '../../domain/content/pageFacts';
import DocFacts from '.';

const facts: PageFacts = {
  kind: 'veiledning',
  owner: 'Kommunikasjonsenheten',
  status: 'vedtatt',
  lastReviewed: '2026-03-01',
  review: { state: 'current', nextReview: '2027-03-01', daysLeft: 99 },
  legalBasis: [],
  adoption: undefined,
  reviewDatesShownIn: 'page-facts',
  changeNotes: [],
};
const localeTag = 'nb-NO';

function factsList() {
  const region = screen.getByRole('region', { name: 'Om dokumentet' });
  return within(region);
}

function valueOf(term: string): string | null | undefined {
  return factsList().getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
}

describe('DocFacts', () => {
  it('tells the reader who owns the page and when it is reviewed', () => {
    render(<DocFacts facts={facts} localeTag={localeTag} />);
    expect(valueOf('Ansvarlig')).toBe('Kommunikasjonsenheten');
    expect(valueOf('Status')).toBe('Vedtatt');
    expect(valueOf('Sist gjennomgått')).toBe('1. mars 2026 (innholdet vurdert)');
    expect(valueOf('Neste gjennomgang')).toBe('1. mars 2027');
  });

  it('tells the review and the last change of the text as one line, saying which is which', () => {
    render(
      <DocFacts
        facts={facts}
        localeTag={localeTag}
        dates={{ reviewed: '2026-03-01', changed: '2026-05-05' }}
      />,
    );
    expect(valueOf('Sist gjennomgått')).toBe(
      '1. mars 2026 (innholdet vurdert); teksten sist endret 5. mai 2026',
    );
    expect(factsList().queryByText(/Sist oppdatert/)).toBeNull();
  });

  it('marks an overdue review', () => {
    render(
      <DocFacts
        facts={{
          ...facts,
          review: { state: 'overdue', nextReview: '2026-10-01', daysOverdue: 52 },
        }}
        localeTag={localeTag}
      />,
    );
    expect(valueOf('Neste gjennomgang')).toBe('1. oktober 2026 (forsinket)');
  });

  it('shows a guideline’s adoption and legal basis, linking where a link is known', () => {
    render(
      <DocFacts
        facts={{
          ...facts,
          kind: 'retningslinje',
          adoption: { adopted_by: 'Kommunedirektøren', date: '2025-03-10', case_ref: '2025/1432' },
          legalBasis: [
            { title: 'Offentleglova', url: 'https://lovdata.no/lov/2006-05-19-16' },
            { title: 'Kommunens arkivplan' },
          ],
        }}
        localeTag={localeTag}
      />,
    );
    // The demonstration site marks the municipality's own facts as examples.
    expect(valueOf('Vedtatt')).toBe('10. mars 2025 av Kommunedirektøren (sak 2025/1432)eksempel');
    expect(factsList().getByRole('link', { name: 'Offentleglova' })).toHaveProperty(
      'href',
      'https://lovdata.no/lov/2006-05-19-16',
    );
    expect(factsList().getByText('Kommunens arkivplan').tagName).toBe('LI');
  });

  it('leaves out adoption and legal basis on pages that have none', () => {
    render(<DocFacts facts={facts} localeTag={localeTag} />);
    expect(factsList().queryByText('Rettsgrunnlag')).toBeNull();
    expect(factsList().queryByText('Vedtatt', { selector: 'dt' })).toBeNull();
  });

  it('leaves a tool evaluation’s review dates to its tool panel, so they are not shown twice', () => {
    render(
      <DocFacts
        facts={{ ...facts, kind: 'verktoy', reviewDatesShownIn: 'tool-panel' }}
        localeTag={localeTag}
      />,
    );
    expect(valueOf('Ansvarlig')).toBe('Kommunikasjonsenheten');
    expect(factsList().queryByText('Sist gjennomgått')).toBeNull();
    expect(factsList().queryByText('Neste gjennomgang')).toBeNull();
  });

  it('still tells when a tool evaluation’s text last changed', () => {
    render(
      <DocFacts
        facts={{ ...facts, kind: 'verktoy', reviewDatesShownIn: 'tool-panel' }}
        localeTag={localeTag}
        dates={{ reviewed: '2026-03-01', changed: '2026-05-05' }}
      />,
    );
    expect(valueOf('Teksten sist endret')).toBe('5. mai 2026');
  });
});
