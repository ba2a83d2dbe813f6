import path from 'node:path';
import { organisation as settings } from '../organisation';
import { externalSummary, problemLine } from '../src/domain/linkCheck/check';
import { parseOrganisation } from '../src/domain/organisation';
import { checkBuild } from './linkCheck/checkBuild';

/**
 * npm run check:links [-- --external]
 *
 * Checks the built site in build/ (run `npm run build` first): every link,
 * anchor, image, download, stylesheet, script, manifest and icon in every
 * page of both locales and all editions must be a file of the build, and
 * nothing but a plain outbound link may point at another host. Prints one line
 * per broken reference and fails; lists the hosts that outbound links go to
 * (every address with `--external`), which are not fetched.
 */
const siteDir = path.resolve(__dirname, '..');
const organisation = parseOrganisation(settings);
const site = { origin: new URL(organisation.siteUrl).origin, baseUrl: organisation.baseUrl };
const listEveryAddress = process.argv.includes('--external');

const started = performance.now();
let report: ReturnType<typeof checkBuild>;
try {
  report = checkBuild(path.join(siteDir, 'build'), site);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const { problems, external, counts } = report;
const seconds = ((performance.now() - started) / 1000).toFixed(1);

console.log(
  `Checked ${counts.references} references in ${counts.pages} pages, ${counts.stylesheets} stylesheets and ${counts.manifests} manifests in ${seconds} s.`,
);
console.log(`\nOutbound links, not fetched (${external.length}):`);
for (const line of externalSummary(external)) console.log(`  ${line}`);
if (listEveryAddress) {
  for (const url of [...new Set(external.map((link) => link.url))].sort())
    console.log(`    ${url}`);
}
if (problems.length > 0) {
  const pages = new Set(problems.map((problem) => problem.page)).size;
  console.error(`\n${problems.length} broken references on ${pages} pages:`);
  for (const problem of problems) console.error(problemLine(problem));
  process.exitCode = 1;
} else {
  console.log('\nNo broken references.');
}
