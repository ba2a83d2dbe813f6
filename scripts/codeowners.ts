import path from 'node:path';
import { organisation } from '../organisation';
import { parseOrganisation } from '../src/domain/organisation';
import { codeOwnersPath } from '../src/domain/scaffold/codeOwners';
import { writeCodeOwners } from './codeowners/codeOwnersFile';

/**
 * npm run codeowners
 *
 * Writes .github/CODEOWNERS from the `owner` of every page, tree and checklist
 * and the Git team of each unit in organisation.ts. Run it after adding a page
 * by hand or changing an owner; `npm run new` runs it for you.
 */
const siteDir = path.resolve(__dirname, '..');
const outcome = writeCodeOwners(siteDir, parseOrganisation(organisation));
if (!outcome.ok) {
  console.error(
    `${codeOwnersPath} ble ikke skrevet. Rett dette først:\n${outcome.problems.map((problem) => `  - ${problem}`).join('\n')}`,
  );
  process.exitCode = 1;
} else if (outcome.changed) {
  console.log(`${codeOwnersPath} er oppdatert. Ta den med i commiten.`);
} else {
  console.log(`${codeOwnersPath} stemmer allerede med innholdet.`);
}
