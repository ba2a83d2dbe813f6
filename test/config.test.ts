import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../docusaurus.config';
import { siteDir } from './contentFiles';

/** The site configuration wires the content model into every Markdown file Docusaurus reads. */
describe('docusaurus.config.ts', () => {
  const parseFrontMatter = config.markdown.parseFrontMatter;
  const defaultParseFrontMatter = async ({ fileContent }: { fileContent: string }) => ({
    frontMatter: {},
    content: fileContent.replace(/^---[\s\S]*?---\n/, ''),
  });

  it('rejects a doc with bad frontmatter, naming the file from the site folder', async () => {
    const fileContent = '---\nkind: retningslinje\nstatus: godkjendt\n---\nTekst.\n';
    await expect(
      parseFrontMatter({
        filePath: path.join(siteDir, 'docs/retningslinjer/kontoer.mdx'),
        fileContent,
        defaultParseFrontMatter,
      }),
    ).rejects.toThrow(
      'docs/retningslinjer/kontoer.mdx: status: "godkjendt" is not one of utkast, vedtatt, utgått',
    );
  });

  it('passes the body through and keeps dates as written', async () => {
    const fileContent =
      '---\ntitle: Kurs\ndescription: Kursene kompetansesenteret holder denne høsten.\nauthors: [a]\ntags: [kurs]\ndate: 2026-08-18\n---\nBrødtekst.\n';
    const result = await parseFrontMatter({
      filePath: path.join(siteDir, 'blog/2026-08-18-kurs.mdx'),
      fileContent,
      defaultParseFrontMatter,
    });
    expect(result).toEqual({
      content: 'Brødtekst.\n',
      frontMatter: {
        title: 'Kurs',
        description: 'Kursene kompetansesenteret holder denne høsten.',
        authors: ['a'],
        tags: ['kurs'],
        date: '2026-08-18',
      },
    });
  });

  it('fails the build on every kind of broken link', () => {
    expect(config.onBrokenLinks).toBe('throw');
    expect(config.onBrokenAnchors).toBe('throw');
    expect(config.markdown.hooks.onBrokenMarkdownLinks).toBe('throw');
  });
});
