import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin, PluginModule } from '@docusaurus/types';
import pluginClientRedirects, { validateOptions } from '@docusaurus/plugin-client-redirects';
import type { PluginOptions as RedirectOptions } from '@docusaurus/plugin-client-redirects';
import {
  contentSecurityPolicy,
  disallowedCodeProblems,
  inlineCodeOf,
  unexpectedSources,
  webServerFiles,
  type InlineCode,
  type PolicyOptions,
} from '../../src/domain/security/contentSecurityPolicy';

/**
 * The built site's root folder, from one locale's output folder: Docusaurus
 * writes the default locale to the root (`build/`) and each other locale below
 * it, at the part of its base URL after the site's (`build/en/`).
 */
export function siteRootOf(context: Pick<LoadContext, 'outDir' | 'baseUrl' | 'i18n'>): string {
  const siteBaseUrl = context.i18n.localeConfigs[context.i18n.defaultLocale]?.baseUrl ?? '/';
  const belowRoot = context.baseUrl.startsWith(siteBaseUrl)
    ? context.baseUrl.slice(siteBaseUrl.length)
    : '';
  const depth = belowRoot.split('/').filter(Boolean).length;
  return path.resolve(context.outDir, ...Array<string>(depth).fill('..'));
}

/** Where the web server's files go: beside the built site, not in it (`build` → `build-headers`). */
export function headersDirOf(siteRoot: string): string {
  return `${siteRoot}-headers`;
}

/** The inline code of every HTML file under the site root, by file (relative to the root's parent). */
export async function readInlineCode(siteRoot: string): Promise<Map<string, InlineCode>> {
  const entries = await readdir(siteRoot, { recursive: true });
  const pages = entries.filter((entry) => entry.endsWith('.html')).sort();
  const codes = await Promise.all(
    pages.map(async (page) => inlineCodeOf(await readFile(path.join(siteRoot, page), 'utf8'))),
  );
  const parent = path.dirname(siteRoot);
  return new Map(
    pages.map((page, index) => [path.relative(parent, path.join(siteRoot, page)), codes[index]!]),
  );
}

/**
 * Works out the policy from the whole built site (every locale built so far)
 * and writes the web server's files. Stops the build when a page has script
 * the policy cannot allow, or the policy names a source it should not.
 */
export async function writeSecurityHeaders(
  siteRoot: string,
  options: PolicyOptions,
): Promise<{ policy: string; pages: number; headersDir: string }> {
  const pages = await readInlineCode(siteRoot);
  const problems = disallowedCodeProblems(pages);
  const policy = await contentSecurityPolicy([...pages.values()], options);
  problems.push(
    ...unexpectedSources(policy, options).map(
      (source) => `the Content-Security-Policy names ${source}, which no option allows`,
    ),
  );
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const headersDir = headersDirOf(siteRoot);
  await mkdir(headersDir, { recursive: true });
  for (const [name, text] of Object.entries(webServerFiles(policy)))
    await writeFile(path.join(headersDir, name), text);
  return { policy, pages: pages.size, headersDir };
}

/**
 * What the municipality's web server needs from a build: the pages that send
 * moved addresses on (Docusaurus's client-redirects plugin, options as its own),
 * and the Content-Security-Policy the pages run under.
 *
 * Docusaurus runs every plugin's postBuild at the same time, so a separate
 * plugin reading the build could read it before the redirect pages (which hold
 * an inline script) are written. This one wraps the redirect plugin and reads
 * the build after them. The default locale is built first, so the last locale's
 * build writes the policy for the whole site.
 */
export default function webServer(options: PolicyOptions = {}) {
  function webServerPlugin(context: LoadContext, redirectOptions: RedirectOptions): Plugin<void> {
    const redirects = pluginClientRedirects(context, redirectOptions);
    return {
      name: 'verktoykassa-web-server',
      async postBuild(props) {
        await redirects?.postBuild?.(props);
        const started = Date.now();
        const siteRoot = siteRootOf(context);
        const written = await writeSecurityHeaders(siteRoot, options);
        console.log(
          `[web-server] ${context.i18n.currentLocale}: Content-Security-Policy from ${written.pages} pages in ${Date.now() - started} ms, in ${path.relative(context.siteDir, written.headersDir) || written.headersDir}/`,
        );
      },
    };
  }
  // Docusaurus reads validateOptions from the plugin function in the config; the redirect
  // plugin's own validator is typed for its options only, hence the cast.
  webServerPlugin.validateOptions = validateOptions as PluginModule['validateOptions'];
  return { plugin: webServerPlugin as PluginModule };
}
