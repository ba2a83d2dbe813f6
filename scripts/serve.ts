import path from 'node:path';
import { organisation as organisationSettings } from '../organisation';
import { parseOrganisation } from '../src/domain/organisation';
import { serveBuild } from './serve/serveBuild';
import { parseServeArguments, securityHeadersOf } from './serve/securityHeaders';

/**
 * npm run serve [-- --port 3000 --host localhost]
 *
 * Serves `build/` the way the municipality's web server should: pages at
 * their addresses without `.html`, the 404 page, and the Content-Security-Policy
 * the build wrote (build-headers/), so what you try here runs under the same
 * policy as the site. The browser tests use it too (playwright.config.ts).
 */
const siteDir = path.resolve(__dirname, '..');
const buildDir = path.join(siteDir, 'build');

async function main(): Promise<void> {
  const { port, host } = parseServeArguments(process.argv.slice(2));
  const { baseUrl } = parseOrganisation(organisationSettings);
  const headers = securityHeadersOf(buildDir);
  const { origin } = await serveBuild(buildDir, baseUrl, { headers, port, host });
  console.log(`Serving build/ at ${origin}${baseUrl} with its Content-Security-Policy`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
