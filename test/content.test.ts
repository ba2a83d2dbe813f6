import { describe, expect, it } from 'vitest';
import { readContentFile as readFile } from '../src/domain/content/frontMatter';
import { formatProblem } from '../src/domain/content/problems';
import { allContentFiles, contentModelContext, readContentFile } from './contentFiles';

/**
 * The content itself, checked the way the build checks it, one test per file:
 * a contributor who runs the unit tests sees exactly which file broke and why,
 * without waiting for a build. (Rules that span files, such as translations
 * keeping their source's facts, are checked by the build.)
 */
const files = allContentFiles();

describe('every content file follows the content model', () => {
  it('finds the content: pages, guidelines and news', () => {
    const roles = files.map(
      (file) => readFile(file, readContentFile(file), contentModelContext).role,
    );
    expect(roles.filter((role) => role === 'doc').length).toBeGreaterThanOrEqual(15);
    expect(roles.filter((role) => role === 'blog-post').length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('%s', (file) => {
    const reading = readFile(file, readContentFile(file), contentModelContext);
    expect(reading.problems.map(formatProblem)).toEqual([]);
  });
});
