import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFile as readFile } from '../src/domain/content/frontMatter';
import { formatProblem } from '../src/domain/content/problems';
import type { DocFrontMatter, PostulatesFrontMatter } from '../src/domain/content/schemas';
import { allContentFiles, contentModelContext, readContentFile, siteDir } from './contentFiles';

/**
 * The content itself, checked the way the build checks it, one test per file:
 * a contributor sees exactly which file broke and why.
 */
const files = allContentFiles();
const readings = new Map(
  files.map((file) => [file, readFile(file, readContentFile(file), contentModelContext)]),
);
const docFiles = files.filter((file) => readings.get(file)?.role === 'doc');
const blogFiles = files.filter((file) => readings.get(file)?.role === 'blog-post');
const translatedDocPrefix = 'i18n/en/docusaurus-plugin-content-docs/current/';

function frontMatterOf(file: string): DocFrontMatter {
  const reading = readings.get(file);
  if (reading?.role !== 'doc') throw new Error(`${file} is not a valid doc`);
  return reading.frontMatter;
}

describe('every content file follows the content model', () => {
  it('finds the content', () => {
    expect(docFiles.length).toBeGreaterThanOrEqual(15);
    expect(blogFiles.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('%s', (file) => {
    expect(readings.get(file)?.problems.map(formatProblem)).toEqual([]);
  });
});

describe('the English translation', () => {
  const translations = docFiles.filter((file) => file.startsWith(translatedDocPrefix));

  it('translates the guidelines and the postulates', () => {
    const sources = docFiles.filter(
      (file) =>
        file.startsWith('docs/') &&
        ['retningslinje', 'postulater'].includes(frontMatterOf(file).kind),
    );
    const missing = sources.filter(
      (file) => !existsSync(path.join(siteDir, translatedDocPrefix, file.slice('docs/'.length))),
    );
    expect(missing).toEqual([]);
  });

  it.each(translations)('%s matches its Norwegian source', (file) => {
    const sourceFile = `docs/${file.slice(translatedDocPrefix.length)}`;
    const source = frontMatterOf(sourceFile);
    const translation = frontMatterOf(file);
    // Facts that are not language stay identical, so the two versions cannot drift apart.
    expect({
      kind: translation.kind,
      status: translation.status,
      last_reviewed: translation.last_reviewed,
      review_interval_months: translation.review_interval_months,
      next_review: translation.next_review,
    }).toEqual({
      kind: source.kind,
      status: source.status,
      last_reviewed: source.last_reviewed,
      review_interval_months: source.review_interval_months,
      next_review: source.next_review,
    });
    if (source.kind === 'postulater') {
      const ids = (frontMatter: DocFrontMatter) =>
        (frontMatter as PostulatesFrontMatter).postulates.map((postulate) => postulate.id);
      expect(ids(translation)).toEqual(ids(source));
    }
  });
});
