import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ReviewNotice from '.';

const current = { state: 'current', nextReview: '2027-03-01', daysLeft: 99 } as const;
const overdue = { state: 'overdue', nextReview: '2026-10-01', daysOverdue: 52 } as const;
const common = { owner: 'Dokumentsenteret', localeTag: 'nb-NO' };

describe('ReviewNotice', () => {
  it('says nothing about an adopted page that is up to date', () => {
    const { container } = render(<ReviewNotice status="vedtatt" review={current} {...common} />);
    expect(container.innerHTML).toBe('');
  });

  it('warns that an overdue page may be out of date, and whom to ask', () => {
    render(<ReviewNotice status="vedtatt" review={overdue} {...common} />);
    expect(
      screen.getByText(
        /Denne siden skulle vært gjennomgått 1\. oktober 2026\. .*spør Dokumentsenteret/,
      ),
    ).toBeTruthy();
  });

  it('marks a draft as not in force', () => {
    render(<ReviewNotice status="utkast" review={current} {...common} />);
    expect(screen.getByText('Utkast.')).toBeTruthy();
    expect(screen.getByText(/ikke vedtatt ennå/)).toBeTruthy();
  });

  it('marks a retired page, without nagging about its review', () => {
    render(<ReviewNotice status="utgått" review={overdue} {...common} />);
    expect(screen.getByText('Utgått.')).toBeTruthy();
    expect(screen.queryByText(/skulle vært gjennomgått/)).toBeNull();
  });
});
