import path from 'node:path';
import { makeEdition } from './edition/makeEdition';

/**
 * npm run edition -- 2026 --adopted-by "Kommunedirektøren" --date 2026-06-01 --case 26/1234
 *
 * Snapshots the guidelines and postulates (with their translations) as an
 * adopted edition and records its adoption in data/utgaver.yml.
 */
const siteDir = path.resolve(__dirname, '..');
const outcome = makeEdition(siteDir, process.argv.slice(2));
if (outcome.ok) {
  const { edition } = outcome;
  console.log(
    `Edition ${edition.edition} is made: adopted by ${edition.adopted_by} on ${edition.date} (case ${edition.case_ref}).\n` +
      'Commit the new folders, retningslinjer_versions.json and data/utgaver.yml.',
  );
} else {
  console.error(
    `No edition was made:\n${outcome.problems.map((problem) => `  - ${problem}`).join('\n')}`,
  );
  process.exitCode = 1;
}
