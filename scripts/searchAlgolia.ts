import path from 'node:path';
import { parseArgs } from 'node:util';
import { organisation as settings } from '../organisation';
import { defaultLocaleOf, parseOrganisation } from '../src/domain/organisation';
import { indexSiteInAlgolia } from './searchAlgolia/run';

/**
 * npm run build && npm run search:algolia [-- [siteDir] --out-dir build --batch-size 1000]
 *
 * Writes the built site to Algolia for the DocSearch UI (README, "Search"):
 * index settings, the synonyms of data/synonymer.yml, then every record in an
 * atomic full replace. Needs ALGOLIA_APP_ID, ALGOLIA_ADMIN_API_KEY and
 * ALGOLIA_INDEX_NAME; ALGOLIA_HOST points the client at a proxy (or, over http
 * to this machine, a test's stand-in). Problems are printed one line each.
 */
const usage = 'usage: npm run search:algolia -- [siteDir] [--out-dir build] [--batch-size 1000]';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      'out-dir': { type: 'string', default: 'build' },
      'batch-size': { type: 'string', default: '1000' },
    },
    allowPositionals: true,
  });
  if (positionals.length > 1) throw new Error(usage);
  const siteDir = path.resolve(positionals[0] ?? path.resolve(__dirname, '..'));
  const organisation = parseOrganisation(settings);
  const defaultLocale = defaultLocaleOf(organisation).code;
  await indexSiteInAlgolia({
    siteDir,
    buildDir: path.resolve(siteDir, values['out-dir']),
    site: {
      siteUrl: organisation.siteUrl,
      baseUrl: organisation.baseUrl,
      siteTitle: organisation.siteTitle,
      locales: [
        defaultLocale,
        ...organisation.locales
          .map((locale) => locale.code)
          .filter((code) => code !== defaultLocale),
      ],
    },
    env: process.env,
    batchSize: Number(values['batch-size']),
    log: (line) => console.log(`search:algolia: ${line}`),
  });
}

main().catch((error: unknown) => {
  // Every problem here is one the person running the command can act on; a stack trace would hide it.
  const message = error instanceof Error ? error.message : String(error);
  for (const line of message.split('\n')) console.error(`search:algolia: ${line}`);
  process.exitCode = 1;
});
