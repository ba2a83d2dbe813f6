import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditionBanner } from '../../hooks/useEditionBanner';
import DocVersionBanner from '.';

const banner = vi.hoisted(() => ({ current: null as EditionBanner | null }));
vi.mock('@site/src/hooks/useEditionBanner', () => ({ useEditionBanner: () => banner.current }));

const superseded: EditionBanner = {
  kind: 'superseded',
  edition: {
    name: '2025',
    label: 'Utgave 2025',
    path: '/retningslinjer/2025',
    record: {
      edition: '2025',
      adopted_by: 'Kommunedirektøren',
      date: '2025-03-10',
      case_ref: '2025/1432',
    },
    isDraft: false,
    isLatest: false,
    changesPath: null,
    previousLabel: null,
  },
  label: 'Utgave 2025',
  latest: { label: 'Utgave 2026-2', path: '/retningslinjer' },
  counterpart: '/retningslinjer/arkivering',
  preferLatest: () => undefined,
};

describe('DocVersionBanner', () => {
  beforeEach(() => {
    banner.current = null;
  });

  it('names an older edition, its adoption, and the same page in the edition in force', () => {
    banner.current = superseded;
    render(<DocVersionBanner />);
    expect(screen.getByRole('alert').textContent).toContain(
      'Du leser Utgave 2025, vedtatt 10. mars 2025 (sak 2025/1432). Den er erstattet av Utgave 2026-2',
    );
    expect(
      screen.getByRole('link', { name: 'Les denne siden i Utgave 2026-2' }).getAttribute('href'),
    ).toBe('/retningslinjer/arkivering');
  });

  it('says when the page is not in the edition in force, and leads to its start instead', () => {
    banner.current = { ...superseded, counterpart: undefined };
    render(<DocVersionBanner />);
    expect(screen.getByRole('alert').textContent).toContain(
      'Denne siden finnes ikke i Utgave 2026-2.',
    );
    expect(screen.getByRole('link', { name: 'Gå til Utgave 2026-2' }).getAttribute('href')).toBe(
      '/retningslinjer',
    );
    expect(screen.queryByRole('link', { name: /Les denne siden/ })).toBeNull();
  });

  it('shows nothing on a page of the edition in force', () => {
    const { container } = render(<DocVersionBanner />);
    expect(container.textContent).toBe('');
  });
});
