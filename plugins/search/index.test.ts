import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/domain/content/problems';
import { extractSearchDocument } from './extract';
import { loadSynonyms, synonymsFile } from './index';
import { pagefindHtml } from './pagefindIndex';

function siteWithSynonyms(text: string): string {
  const siteDir = mkdtempSync(path.join(tmpdir(), 'verktoykassa-synonyms-'));
  mkdirSync(path.join(siteDir, 'data'));
  writeFileSync(path.join(siteDir, synonymsFile), text);
  return siteDir;
}

describe('the synonym file', () => {
  it('the site’s own file is valid', () => {
    const loaded = loadSynonyms(path.resolve(__dirname, '../..'), ['nb', 'en']);
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    expect(loaded.synonyms.nb).toEqual(
      expect.arrayContaining([expect.arrayContaining(['SoMe', 'sosiale medier'])]),
    );
  });

  it('builds with a byte order mark and Windows line endings', () => {
    const siteDir = siteWithSynonyms('\uFEFFnb:\r\n  - [SoMe, sosiale medier]\r\n');
    expect(loadSynonyms(siteDir, ['nb']).problems).toEqual([]);
  });

  it('reports broken YAML with its line, and nothing else', () => {
    const siteDir = siteWithSynonyms('nb:\n  - [SoMe, sosiale medier\n');
    const lines = loadSynonyms(siteDir, ['nb']).problems.map(formatProblem);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^data\/synonymer\.yml: the file is not valid YAML \(line \d\)/);
  });

  it('reports a group that is not a list with the field and what is expected', () => {
    const siteDir = siteWithSynonyms('nb:\n  - SoMe\n');
    expect(loadSynonyms(siteDir, ['nb']).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^data\/synonymer\.yml: nb\[0\]: .*list/),
    ]);
  });

  it('a missing file means no synonyms', () => {
    const siteDir = mkdtempSync(path.join(tmpdir(), 'verktoykassa-synonyms-'));
    expect(loadSynonyms(siteDir, ['nb'])).toEqual({ synonyms: {}, problems: [] });
  });
});

const builtPage = `<!doctype html><html lang="nb-NO"><head><title>Facebook | Verktøykassa</title>
<meta name="description" content="Kommunens vurdering av Facebook.">
<meta name="docusaurus_version" content="current"><meta name="docusaurus_tag" content="docs-default-current">
</head><body><nav class="navbar">Retningslinjer Verktøy</nav><main>
<nav class="theme-doc-breadcrumbs"><ul><li class="breadcrumbs__item"><a aria-label="Hjemmeside" href="/"><svg viewBox="0 0 24 24"></svg></a></li>
<li class="breadcrumbs__item"><a href="/verktoy">Verktøykatalogen</a></li>
<li class="breadcrumbs__item breadcrumbs__item--active"><span>Facebook</span></li></ul></nav>
<article><h1>Facebook</h1>
<section data-tool-panel="facebook"><p><span data-status="tillatt">Tillatt</span> <span class="category_x1" data-tool-category="publisering">Publisering</span></p></section>
<p>Innledning om sider.</p>
<h2 id="personvern">Personvern<a class="hash-link" href="#personvern">#</a></h2><p>Ikke del bilder av barn uten samtykke.</p>
<details data-search-ignore><summary>Flytdiagram</summary><pre>flowchart TD</pre></details>
<h3 id="arkiv">Arkiv</h3><ul><li>Arkiver</li><li>meldinger</li></ul>
<script>window.secret = 1</script>
</article></main><footer>Kontakt oss</footer></body></html>`;

describe('extractSearchDocument', () => {
  const document = extractSearchDocument(builtPage, {
    url: '/verktoy/facebook',
    kind: 'verktoy',
    edition: null,
    siteTitle: 'Verktøykassa',
  });

  it('reads the title, breadcrumb, language, tool facts and Docusaurus’s tags', () => {
    expect(document).toMatchObject({
      title: 'Facebook',
      language: 'nb',
      breadcrumb: ['Verktøykatalogen'],
      description: 'Kommunens vurdering av Facebook.',
      version: 'current',
      docusaurusTag: 'docs-default-current',
      toolStatus: 'Tillatt',
      toolCategory: 'Publisering',
    });
  });

  it('cuts the content at headings and leaves out navigation, scripts, anchors and ignored parts', () => {
    expect(document.sections).toEqual([
      {
        anchor: null,
        heading: 'Facebook',
        level: 1,
        text: 'Tillatt Publisering Innledning om sider.',
      },
      {
        anchor: 'personvern',
        heading: 'Personvern',
        level: 2,
        text: 'Ikke del bilder av barn uten samtykke.',
      },
      { anchor: 'arkiv', heading: 'Arkiv', level: 3, text: 'Arkiver meldinger' },
    ]);
  });

  it('gives Pagefind the content with metadata it shows and filters it offers, not as text', () => {
    const html = pagefindHtml(document, new Map());
    expect(html).toContain('data-pagefind-meta="status[data-value]" data-value="Tillatt"');
    expect(html).toContain('data-pagefind-filter="type[data-value]" data-value="verktoy"');
    expect(html).toContain('<h2 id="personvern">Personvern</h2>');
    expect(html).not.toContain('flowchart');
    expect(html).not.toContain('secret');
    expect(html).not.toContain('Kontakt oss');
  });
});
