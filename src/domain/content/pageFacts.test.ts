import { describe, expect, it } from 'vitest';
import { exampleTool } from '../../../test/fixtures/tools';
import { dateLine, pageFacts, showsStatusFirst } from './pageFacts';
import { isDocFrontMatter } from './validated';
import type { GuidelineFrontMatter, HowToFrontMatter } from './schemas';

const howTo: HowToFrontMatter = {
  kind: 'veiledning',
  title: 'Samskriving',
  description: 'Slik skriver flere i samme dokument uten å miste oversikten.',
  owner: 'Dokumentsenteret',
  last_reviewed: '2026-01-15',
  review_interval_months: 6,
  status: 'vedtatt',
};

const guideline: GuidelineFrontMatter = {
  ...howTo,
  kind: 'retningslinje',
  title: 'Arkivering',
  legal_basis: [{ title: 'Arkivlova', url: 'https://lovdata.no/lov/1992-12-04-126' }],
  adoption: { adopted_by: 'Kommunedirektøren', date: '2025-03-10', case_ref: '2025/1432' },
};

describe('pageFacts', () => {
  it('names the owner, status and review dates of any page', () => {
    expect(pageFacts(howTo, '2026-03-01')).toEqual({
      kind: 'veiledning',
      owner: 'Dokumentsenteret',
      status: 'vedtatt',
      lastReviewed: '2026-01-15',
      review: { state: 'current', nextReview: '2026-07-15', daysLeft: 136 },
      legalBasis: [],
      adoption: undefined,
      reviewDatesShownIn: 'page-facts',
      changeNotes: [],
    });
  });

  it('tells from today’s date whether the review is overdue', () => {
    expect(pageFacts(howTo, '2026-07-20').review).toEqual({
      state: 'overdue',
      nextReview: '2026-07-15',
      daysOverdue: 5,
    });
  });

  it('carries a guideline’s legal basis and adoption', () => {
    const facts = pageFacts(guideline, '2026-03-01');
    expect(facts.legalBasis).toEqual([
      { title: 'Arkivlova', url: 'https://lovdata.no/lov/1992-12-04-126' },
    ]);
    expect(facts.adoption?.case_ref).toBe('2025/1432');
  });

  it('leaves a tool evaluation’s review dates to its tool panel, so the page shows them once', () => {
    const facts = pageFacts(exampleTool, '2026-03-01');
    expect(facts.reviewDatesShownIn).toBe('tool-panel');
    expect(facts.review.nextReview).toBe('2027-03-01');
  });
});

describe('isDocFrontMatter', () => {
  it('accepts the frontmatter of every content kind', () => {
    for (const page of [howTo, guideline, exampleTool]) expect(isDocFrontMatter(page)).toBe(true);
  });

  it('turns away pages the build generated, and kinds the content model does not know', () => {
    expect(isDocFrontMatter({})).toBe(false);
    expect(isDocFrontMatter({ title: 'Retningslinjer' })).toBe(false);
    expect(isDocFrontMatter({ ...howTo, kind: 'regel' })).toBe(false);
    expect(isDocFrontMatter(null)).toBe(false);
    expect(isDocFrontMatter('kind: side')).toBe(false);
  });
});

describe('change notes', () => {
  it('lists a page’s major changes newest first', () => {
    const facts = pageFacts(
      {
        ...howTo,
        last_reviewed: '2026-09-01',
        change_notes: [
          { date: '2025-01-10', note: 'Første utgave.' },
          { date: '2026-09-01', note: 'Ny regel om direktemeldinger.' },
        ],
      },
      '2026-11-24',
    );
    expect(facts.changeNotes.map((note) => note.date)).toEqual(['2026-09-01', '2025-01-10']);
  });
});

describe('dateLine', () => {
  it('tells the review and the last change apart when they fall on different days', () => {
    expect(dateLine('2026-03-03', Date.UTC(2026, 4, 5, 14, 30))).toEqual({
      reviewed: '2026-03-03',
      changed: '2026-05-05',
    });
  });

  it('gives one date when the text changed on the day of the review, or Git has no date', () => {
    expect(dateLine('2026-03-03', Date.UTC(2026, 2, 3, 23, 59))).toEqual({
      reviewed: '2026-03-03',
      changed: undefined,
    });
    expect(dateLine('2026-03-03', undefined).changed).toBeUndefined();
  });
});

describe('showsStatusFirst', () => {
  it('puts the status of adopted rules above their text, not of how-tos or tools', () => {
    expect(showsStatusFirst('retningslinje')).toBe(true);
    expect(showsStatusFirst('postulater')).toBe(true);
    expect(showsStatusFirst('veiledning')).toBe(false);
    expect(showsStatusFirst('verktoy')).toBe(false);
  });
});
