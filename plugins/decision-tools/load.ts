import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentModelError } from '../../src/domain/content/frontMatter';
import {
  readDecisionTools,
  type DecisionTools,
  type SourceFile,
} from '../../src/domain/decisionTools/read';

/** Where contributors keep the data, relative to the site folder. */
export const treeFolder = 'data/beslutningstraer';
export const checklistFolder = 'data/sjekklister';

function yamlFiles(siteDir: string, folder: string): SourceFile[] {
  const directory = path.join(siteDir, folder);
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({
      path: `${folder}/${name}`,
      text: readFileSync(path.join(directory, name), 'utf8'),
    }));
}

/** The YAML files of every tree and checklist, as the checks take them. */
export function decisionToolFiles(siteDir: string): {
  trees: SourceFile[];
  checklists: SourceFile[];
} {
  return { trees: yamlFiles(siteDir, treeFolder), checklists: yamlFiles(siteDir, checklistFolder) };
}

/**
 * Reads and checks every tree and checklist. Throws a ContentModelError listing
 * every problem, which stops `npm start` and `npm run build` with a clear message.
 */
export function loadDecisionTools(siteDir: string): DecisionTools {
  const files = decisionToolFiles(siteDir);
  const { tools, problems } = readDecisionTools(files.trees, files.checklists);
  if (problems.length > 0) throw new ContentModelError(problems);
  return tools;
}
