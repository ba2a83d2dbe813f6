import { describe, expect, it } from 'vitest';
import { historyUrl, problemReportUrl, sourceFileOf } from './repository';

const repository = { url: 'https://github.com/eksempel-kommune/verktoykassa', branch: 'main' };

describe('historyUrl', () => {
  it('links to the history of the page’s source file', () => {
    expect(
      historyUrl(
        repository,
        sourceFileOf('@site/retningslinjer_versioned_docs/version-2026/arkivering.mdx'),
      ),
    ).toBe(
      'https://github.com/eksempel-kommune/verktoykassa/commits/main/retningslinjer_versioned_docs/version-2026/arkivering.mdx',
    );
  });
});

describe('problemReportUrl', () => {
  it('opens a new issue with the page title, address and edition filled in', () => {
    const url = new URL(
      problemReportUrl(repository, {
        pageTitle: 'Arkivering og journalføring',
        pageUrl: 'https://verktoykassa.example.no/retningslinjer/2025/arkivering',
        edition: 'Utgave 2025',
      }),
    );
    expect(`${url.origin}${url.pathname}`).toBe(
      'https://github.com/eksempel-kommune/verktoykassa/issues/new',
    );
    expect(url.searchParams.get('title')).toBe('Feil på siden: Arkivering og journalføring');
    expect(url.searchParams.get('labels')).toBe('innholdsfeil');
    const body = url.searchParams.get('body')!;
    expect(body).toContain('Side: Arkivering og journalføring');
    expect(body).toContain(
      'Adresse: https://verktoykassa.example.no/retningslinjer/2025/arkivering',
    );
    expect(body).toContain('Utgave: Utgave 2025');
  });

  it('uses the address when the title is not known (a page read without JavaScript)', () => {
    const url = new URL(
      problemReportUrl(repository, {
        pageTitle: undefined,
        pageUrl: 'https://x.no/nytt',
        edition: undefined,
      }),
    );
    expect(url.searchParams.get('title')).toBe('Feil på siden: https://x.no/nytt');
    expect(url.searchParams.get('body')).not.toContain('Utgave:');
  });
});
