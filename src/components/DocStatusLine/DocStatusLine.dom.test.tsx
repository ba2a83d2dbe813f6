import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PageFacts } from '../../domain/content/pageFacts';
import type { EditionSummary } from '../../domain/editions/views';
import DocStatusLine from '.';

const guideline: PageFacts = {
  kind: 'retningslinje',
  owner: 'Kommunikasjonsenheten',
  status: 'vedtatt',
  lastReviewed: '2026-11-24',
  review: { state: 'current', nextReview: '2027-11-24', daysLeft: 365 },
  legalBasis: [{ title: 'Offentleglova' }],
  adoption: { adopted_by: 'Kommunedirektøren', date: '2025-03-10', case_ref: '2025/1432' },
  reviewDatesShownIn: 'page-facts',
  changeNotes: [],
};

const edition: EditionSummary = {
  name: '2026-2',
  label: 'Utgave 2026-2',
  path: '/retningslinjer',
  record: {
    edition: '2026-2',
    adopted_by: 'Kommunedirektøren',
    date: '2026-11-24',
    case_ref: '26/4310',
  },
  isDraft: false,
  isLatest: true,
  changesPath: null,
  previousLabel: null,
};

const valueOf = (term: string) =>
  screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe('DocStatusLine', () => {
  it('tells status, adoption, edition, owner and next review in one box', () => {
    render(<DocStatusLine facts={guideline} edition={edition} localeTag="nb-NO" />);
    expect(valueOf('Status')).toBe('Vedtatt');
    expect(valueOf('Vedtatt')).toBe('10. mars 2025 av Kommunedirektøren' + 'eksempel');
    expect(valueOf('Utgave')).toBe('Utgave 2026-2, vedtatt 24. november 2026');
    expect(valueOf('Ansvarlig')).toBe('Kommunikasjonsenheten');
    expect(valueOf('Neste gjennomgang')).toBe('24. november 2027');
    expect(
      screen.getByRole('link', { name: 'Alle fakta om dokumentet' }).getAttribute('href'),
    ).toBe('#om-dokumentet');
  });

  it('says a page of the draft edition is not adopted, and gives a draft no adoption', () => {
    render(
      <DocStatusLine
        facts={{ ...guideline, status: 'utkast', adoption: undefined }}
        edition={{ ...edition, name: 'utkast', label: 'Utkast', isDraft: true, record: null }}
        localeTag="nb-NO"
      />,
    );
    expect(valueOf('Status')).toBe('Utkast');
    expect(screen.queryByText('Vedtatt', { selector: 'dt' })).toBeNull();
    expect(valueOf('Utgave')).toBe('Utkast til neste utgave, ikke vedtatt');
  });

  it('marks an overdue review, and gives none for a retired document', () => {
    const { unmount } = render(
      <DocStatusLine
        facts={{
          ...guideline,
          review: { state: 'overdue', nextReview: '2026-10-01', daysOverdue: 54 },
        }}
        localeTag="nb-NO"
      />,
    );
    expect(valueOf('Neste gjennomgang')).toBe('1. oktober 2026 (forsinket)');
    unmount();
    render(<DocStatusLine facts={{ ...guideline, status: 'utgått' }} localeTag="nb-NO" />);
    expect(screen.queryByText('Neste gjennomgang')).toBeNull();
  });
});
