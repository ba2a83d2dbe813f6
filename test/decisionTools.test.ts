import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/domain/content/problems';
import { readDecisionTools } from '../src/domain/decisionTools/read';
import { siteDir } from './contentFiles';

function yamlFiles(folder: string) {
  const directory = path.join(siteDir, folder);
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => ({
      path: `${folder}/${name}`,
      text: readFileSync(path.join(directory, name), 'utf8'),
    }));
}

/**
 * The real trees and checklists, checked the way the build checks them, so a
 * contributor who runs the unit tests sees a broken tree without a full build.
 */
describe('the decision trees and checklists in data/', () => {
  it('have no problems', () => {
    const { problems } = readDecisionTools(
      yamlFiles('data/beslutningstraer'),
      yamlFiles('data/sjekklister'),
    );
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
