import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from '../src/domain/decisionTools/catalogue';
import { siteDir } from './contentFiles';

function yamlFilesIn(folder: string): SourceFile[] {
  const directory = path.join(siteDir, folder);
  return readdirSync(directory)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({
      path: `${folder}/${name}`,
      text: readFileSync(path.join(directory, name), 'utf8'),
    }));
}

export const treeFiles = () => yamlFilesIn('data/beslutningstraer');
export const checklistFiles = () => yamlFilesIn('data/sjekklister');
