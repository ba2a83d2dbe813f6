import { describe, expect, it } from 'vitest';
import type { ContentLayout } from '../content/location';
import { formatProblem } from '../content/problems';
import { codeOwnersText, contentOwners } from './codeOwners';

const layout: ContentLayout = {
  locales: ['nb', 'en'],
  defaultLocale: 'nb',
  docs: [
    { pluginId: 'default', path: 'docs', versions: [] },
    { pluginId: 'retningslinjer', path: 'retningslinjer', versions: ['2026'] },
  ],
  blogPath: 'blog',
};

const units = ['Kompetansesenter for sosiale medier', 'Kommunikasjonsenheten'];
const teams = {
  'Kompetansesenter for sosiale medier': '@kommune/kompetansesenteret',
  Kommunikasjonsenheten: '@kommune/kommunikasjon',
};

const page = (owner: string) => `---\nkind: side\nowner: ${owner}\n---\n\nTekst.\n`;

describe('contentOwners', () => {
  it('reads the owner of pages, editions, trees and checklists; translations follow their source', () => {
    const { owned, problems } = contentOwners(
      [
        { path: 'retningslinjer/arkivering.mdx', text: page('Kommunikasjonsenheten') },
        {
          path: 'retningslinjer_versioned_docs/version-2026/arkivering.mdx',
          text: page('Kompetansesenter for sosiale medier'),
        },
        {
          path: 'i18n/en/docusaurus-plugin-content-docs-retningslinjer/current/arkivering.mdx',
          text: page('Communications Unit'),
        },
        {
          path: 'data/sjekklister/ny-konto.yml',
          text: 'id: ny-konto\nowner: Kommunikasjonsenheten\n',
        },
        { path: 'docs/veiledninger/_intro.mdx', text: 'Partial without frontmatter.' },
      ],
      units,
      layout,
    );
    expect(problems).toEqual([]);
    expect(owned).toEqual([
      { path: 'data/sjekklister/ny-konto.yml', owner: 'Kommunikasjonsenheten' },
      {
        path: 'i18n/en/docusaurus-plugin-content-docs-retningslinjer/current/arkivering.mdx',
        owner: 'Kommunikasjonsenheten',
      },
      { path: 'retningslinjer/arkivering.mdx', owner: 'Kommunikasjonsenheten' },
      {
        path: 'retningslinjer_versioned_docs/version-2026/arkivering.mdx',
        owner: 'Kompetansesenter for sosiale medier',
      },
    ]);
  });

  it('names each file whose owner is unknown or missing, and translations of nothing', () => {
    const { owned, problems } = contentOwners(
      [
        { path: 'docs/ordliste.mdx', text: page('Kommunikasjonsenhten') },
        { path: 'data/beslutningstraer/x.yml', text: 'id: x\n' },
        {
          path: 'i18n/en/docusaurus-plugin-content-docs-retningslinjer/current/borte.mdx',
          text: page('Communications Unit'),
        },
      ],
      units,
      layout,
    );
    expect(owned).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      'docs/ordliste.mdx: owner: "Kommunikasjonsenhten" er ikke en enhet i organisation.ts, så ingen ville blitt bedt om å se over endringer i filen; enhetene i organisation.ts er Kompetansesenter for sosiale medier, Kommunikasjonsenheten. En ny enhet legges til under units i organisation.ts, med Git-teamet sitt',
      'data/beslutningstraer/x.yml: owner: mangler: skriv enheten som eier filen; enhetene i organisation.ts er Kompetansesenter for sosiale medier, Kommunikasjonsenheten',
      'i18n/en/docusaurus-plugin-content-docs-retningslinjer/current/borte.mdx: oversetter retningslinjer/borte.mdx, som ikke finnes; gi oversettelsen riktig navn eller fjern den',
    ]);
  });

  it('does not blame a translation for its source’s unknown owner', () => {
    const { problems } = contentOwners(
      [
        { path: 'retningslinjer/x.mdx', text: page('Ukjent') },
        {
          path: 'i18n/en/docusaurus-plugin-content-docs-retningslinjer/current/x.mdx',
          text: page('Unknown'),
        },
      ],
      units,
      layout,
    );
    expect(problems.map((problem) => problem.file)).toEqual(['retningslinjer/x.mdx']);
  });
});

describe('codeOwnersText', () => {
  it('gives the competence centre everything first, then one line per file by section and owner', () => {
    const text = codeOwnersText(
      [
        { path: 'data/sjekklister/ny-konto.yml', owner: 'Kommunikasjonsenheten' },
        { path: 'docs/ordliste.mdx', owner: 'Kompetansesenter for sosiale medier' },
        { path: 'docs/veiledninger/b.mdx', owner: 'Kompetansesenter for sosiale medier' },
        { path: 'docs/veiledninger/a.mdx', owner: 'Kommunikasjonsenheten' },
      ],
      teams,
      'Kompetansesenter for sosiale medier',
    );
    const rules = text.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(rules).toEqual([
      '* @kommune/kompetansesenteret',
      '/docs/veiledninger/a.mdx @kommune/kommunikasjon',
      '/docs/veiledninger/b.mdx @kommune/kompetansesenteret',
      '/docs/ordliste.mdx @kommune/kompetansesenteret',
      '/data/sjekklister/ny-konto.yml @kommune/kommunikasjon',
    ]);
    expect(text).toContain('\n# Veiledninger (docs/veiledninger/)\n## Kommunikasjonsenheten\n');
    expect(text.startsWith('# Generert av `npm run codeowners`')).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
  });
});
