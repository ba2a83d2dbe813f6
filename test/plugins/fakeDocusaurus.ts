import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type {
  AllContent,
  LoadContext,
  PluginContentLoadedActions,
  RouteConfig,
} from '@docusaurus/types';

/**
 * Just enough of Docusaurus to run our plugins' lifecycles in a unit test:
 * a site folder in a temporary directory, and actions that record what a
 * plugin asked for (routes, data modules) instead of building anything.
 */
export function temporarySite(files: Record<string, string> = {}): string {
  const siteDir = mkdtempSync(path.join(tmpdir(), 'verktoykassa-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(siteDir, file)), { recursive: true });
    writeFileSync(path.join(siteDir, file), text);
  }
  return siteDir;
}

export function fakeContext(siteDir: string, locale = 'nb'): LoadContext {
  return {
    siteDir,
    generatedFilesDir: path.join(siteDir, '.docusaurus'),
    baseUrl: locale === 'nb' ? '/' : `/${locale}/`,
    i18n: { currentLocale: locale, defaultLocale: 'nb', locales: ['nb', 'en'] },
  } as unknown as LoadContext;
}

export function fakeActions(pluginDataDir: string) {
  const routes: RouteConfig[] = [];
  const data = new Map<string, string>();
  const actions: PluginContentLoadedActions = {
    addRoute: (route) => void routes.push(route),
    createData: async (name, content) => {
      const modulePath = path.join(pluginDataDir, name);
      mkdirSync(path.dirname(modulePath), { recursive: true });
      const text = typeof content === 'string' ? content : JSON.stringify(content);
      writeFileSync(modulePath, text);
      data.set(name, text);
      return modulePath;
    },
    setGlobalData: () => undefined,
  };
  return { actions, routes, data };
}

/** What the docs, blog and pages plugins would have loaded: just the parts our plugins read. */
export function fakeAllContent(
  docs: { source: string; permalink: string; title?: string; frontMatter: object }[],
  extra: AllContent = {},
): AllContent {
  return {
    'docusaurus-plugin-content-docs': {
      default: { loadedVersions: [{ versionName: 'current', docs }] },
    },
    ...extra,
  } as AllContent;
}
