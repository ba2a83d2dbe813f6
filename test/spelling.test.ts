import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { spellCheckDocument } from 'cspell-lib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { siteDir } from './contentFiles';

/**
 * The spell check of `npm run lint:content` (cspell.config.yaml) must bite: each
 * text below is checked as if it were a file at the given place in the site, with
 * the project's own configuration, so the folder decides the language.
 */
async function unknownWords(sitePath: string, text: string): Promise<string[]> {
  const result = await spellCheckDocument(
    { uri: pathToFileURL(path.join(siteDir, sitePath)).href, text },
    { configFile: path.join(siteDir, 'cspell.config.yaml'), generateSuggestions: false },
    {},
  );
  expect(result.errors ?? []).toEqual([]);
  expect(result.checked).toBe(true);
  return result.issues.map((issue) => issue.text);
}

const guideline = (
  body: string,
  title = 'Arkivering og journalføring',
  owner = 'Dokumentsenteret',
) => `---
kind: retningslinje
title: ${title}
owner: ${owner}
last_reviewed: 2026-02-09
status: vedtatt
---

${body}

<DecisionTree id="ma-dette-arkiveres" />
`;

describe('the Norwegian spell check', () => {
  it('passes correct Bokmål, and skips frontmatter keys, ids, links and components', async () => {
    const text = guideline(
      'Retningslinjen gjelder alle ansatte. Se [arkivering](/retningslinjer/arkivering.mdx#direktemeldinger).',
    );
    expect(await unknownWords('retningslinjer/stavekontroll.mdx', text)).toEqual([]);
  });

  it('reports a misspelt word in a guideline, a page and a blog post', async () => {
    const text = guideline('Retningslijnen gjelder alle ansatte.');
    for (const place of ['retningslinjer', 'docs/veiledninger', 'blog']) {
      expect(await unknownWords(`${place}/stavekontroll.mdx`, text)).toEqual(['Retningslijnen']);
    }
  });

  it('checks an adopted edition too', async () => {
    const text = guideline(
      'Kommunen skal arkivere henvendelsen samme dag eller senest neste virkedag.',
    );
    expect(
      await unknownWords('retningslinjer_versioned_docs/version-2026/stavekontroll.mdx', text),
    ).toEqual([]);
    expect(
      await unknownWords(
        'retningslinjer_versioned_docs/version-2026/stavekontroll.mdx',
        text.replace('henvendelsen', 'henvendelssen'),
      ),
    ).toEqual(['henvendelssen']);
  });

  it('checks the text of a decision tree, not its ids', async () => {
    const tree = `id: kan-jeg-publisere
questions:
  hvor:
    question: Hvor skal du publisere?
    answers:
      - { id: kommunens-konto, label: På en av kommunens kontoer, next: taushetsplikt }
      - id: privat
        label: På min private profil
        next: privat-om-jobb
`;
    expect(await unknownWords('data/beslutningstraer/stavekontroll.yml', tree)).toEqual([]);
    expect(
      await unknownWords(
        'data/beslutningstraer/stavekontroll.yml',
        tree.replace('private profil', 'privatte profil'),
      ),
    ).toEqual(['privatte']);
  });

  it('takes no English or code words from the default dictionaries in Norwegian text', async () => {
    const text = guideline('Kommunen bruker namespace og webhook i innlegget.');
    expect(await unknownWords('docs/stavekontroll.mdx', text)).toEqual(['namespace', 'webhook']);
  });
});

describe('the English spell check', () => {
  it('checks the English translations in English', async () => {
    const place = 'i18n/en/docusaurus-plugin-content-docs-retningslinjer/current/stavekontroll.mdx';
    const english = (body: string) => guideline(body, 'Archiving', 'Document Centre');
    expect(await unknownWords(place, english('The guideline applies to all employees.'))).toEqual(
      [],
    );
    expect(await unknownWords(place, english('The guidline applies to all employees.'))).toEqual([
      'guidline',
    ]);
    expect(await unknownWords(place, english('Retningslinjen gjelder alle ansatte.'))).toEqual([
      'Retningslinjen',
      'gjelder',
      'ansatte',
    ]);
  });

  /*
   * A tool's English verdict sits in the Norwegian tool page, where the Norwegian
   * check skips it (the `english-field` pattern), so it is checked here.
   */
  const toolsDir = path.join(siteDir, 'docs/verktoy');
  const verdicts = readdirSync(toolsDir)
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) => {
      const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(
        readFileSync(path.join(toolsDir, name), 'utf8'),
      )?.[1];
      const verdict = (parse(frontMatter ?? '') as { verdict_en?: unknown } | null)?.verdict_en;
      return typeof verdict === 'string' ? [[`docs/verktoy/${name}`, verdict] as const] : [];
    });

  it('finds the English verdicts of the tool pages', () => {
    expect(verdicts.length).toBeGreaterThanOrEqual(10);
  });

  it.each(verdicts)('%s: verdict_en', async (_file, verdict) => {
    expect(await unknownWords('i18n/en/verdict_en.md', verdict)).toEqual([]);
  });
});

describe('project-words.txt', () => {
  const words = readFileSync(path.join(siteDir, 'project-words.txt'), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));

  it('has one word per line, in Norwegian alphabetical order, each once', () => {
    const collator = new Intl.Collator('nb', { sensitivity: 'base' });
    const sorted = [...words].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : 1));
    expect(words.filter((word) => !/^[\p{L}\p{N}'-]+$/u.test(word))).toEqual([]);
    expect(words).toEqual(sorted);
    expect(words.filter((word, index) => words.indexOf(word) !== index)).toEqual([]);
  });
});
