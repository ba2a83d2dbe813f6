import path from 'node:path';
import { organisation } from '../organisation';
import { parseOrganisation } from '../src/domain/organisation';
import { codeOwnersPath } from '../src/domain/scaffold/codeOwners';
import { scaffoldKindFacts } from '../src/domain/scaffold/kinds';
import { kindHelp, usage } from '../src/domain/scaffold/plan';
import { placeholderMarker } from '../src/domain/scaffold/placeholders';
import { newFile } from './new/newFile';

/**
 * npm run new -- veiledning "Slik svarer du på kommentarer" [--owner "Kommunikasjonsenheten"]
 *
 * Makes a new page, guideline, tool evaluation, tree, checklist or news post
 * that passes the content model, with placeholders for the writer to fill in.
 */
const siteDir = path.resolve(__dirname, '..');
const args = process.argv.slice(2);

if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
  console.log(`${usage}\n\nTyper:\n${kindHelp.map((line) => `  ${line}`).join('\n')}`);
} else {
  const outcome = newFile(siteDir, args, parseOrganisation(organisation));
  if (!outcome.ok) {
    console.error(
      `Ingenting ble laget:\n${outcome.problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    process.exitCode = 1;
  } else {
    const lines = [
      `Laget ${outcome.path} (${scaffoldKindFacts[outcome.kind].described}${outcome.owner ? `, eier: ${outcome.owner}` : ''}).`,
      `Skriv inn alt som er merket ${placeholderMarker}. Testene stopper filen til alt er fylt inn.`,
      `Se den med npm start på http://localhost:3000${outcome.preview}`,
    ];
    if (outcome.kind === 'retningslinje') {
      lines.push(
        'Når retningslinjen skal vedtas, trenger den en engelsk oversettelse med samme filnavn i i18n/en/docusaurus-plugin-content-docs-retningslinjer/current/.',
      );
    }
    if (!outcome.codeOwners.ok) {
      lines.push(
        `${codeOwnersPath} ble ikke oppdatert, fordi andre filer har feil:`,
        ...outcome.codeOwners.problems.map((problem) => `  - ${problem}`),
      );
      process.exitCode = 1;
    } else if (outcome.codeOwners.changed) {
      lines.push(`${codeOwnersPath} er oppdatert. Ta den med i commiten.`);
    }
    console.log(lines.join('\n'));
  }
}
