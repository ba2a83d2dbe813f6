import { describe, expect, it } from 'vitest';
import { reviewReport, type ReviewedPage } from './reviewReport';

const page = (title: string, owner: string, last_reviewed: string, months = 12): ReviewedPage => ({
  title,
  path: `/${title.toLowerCase()}`,
  owner,
  last_reviewed,
  review_interval_months: months,
});

describe('reviewReport', () => {
  const units = ['Kommunikasjonsenheten', 'Kompetansesenteret'];
  const pages = [
    page('Arkivering', 'Kommunikasjonsenheten', '2025-11-01'), // due 2026-11-01: 23 days overdue
    page('Bilder', 'Kommunikasjonsenheten', '2025-12-20'), // due 2026-12-20: 26 days left
    page('Kontoer', 'Kompetansesenteret', '2026-01-10'), // due 2027-01-10: 47 days left
    page('Blogg', 'Kompetansesenteret', '2024-10-24'), // due 2025-10-24: 396 days overdue
    page('Ukjent', 'Økonomiavdelingen', '2026-06-01'),
  ];

  it('lists overdue pages and pages due within 30 days, by owner, most urgent first', () => {
    const report = reviewReport(pages, '2026-11-24', units);
    expect(
      report.byOwner.map(({ owner, pages: entries }) => [
        owner,
        entries.map((entry) => [entry.title, entry.review.state]),
      ]),
    ).toEqual([
      [
        'Kommunikasjonsenheten',
        [
          ['Arkivering', 'overdue'],
          ['Bilder', 'due-soon'],
        ],
      ],
      ['Kompetansesenteret', [['Blogg', 'overdue']]],
    ]);
    expect(report.byOwner[0]!.pages[0]!.review).toEqual({
      state: 'overdue',
      nextReview: '2026-11-01',
      daysOverdue: 23,
    });
  });

  it('counts the day a review falls due as due, not overdue, and 30 days ahead as due soon', () => {
    const due = [
      page('I dag', 'Kompetansesenteret', '2025-11-24'),
      page('Om 30', 'Kompetansesenteret', '2025-12-24'),
      page('Om 31', 'Kompetansesenteret', '2025-12-25'),
    ];
    const [group] = reviewReport(due, '2026-11-24', units).byOwner;
    expect(group!.pages.map((entry) => [entry.title, entry.review.state])).toEqual([
      ['I dag', 'due-soon'],
      ['Om 30', 'due-soon'],
    ]);
  });

  it('names pages whose owner is not a unit of the organisation', () => {
    expect(
      reviewReport(pages, '2026-11-24', units).withoutKnownOwner.map((entry) => entry.title),
    ).toEqual(['Ukjent']);
  });

  it('moves with the clock: a year later everything is overdue', () => {
    const report = reviewReport(pages, '2027-11-24', units);
    expect(
      report.byOwner
        .flatMap((group) => group.pages)
        .every((entry) => entry.review.state === 'overdue'),
    ).toBe(true);
  });
});
