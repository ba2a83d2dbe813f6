import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The built site's pages, read from its sitemaps, so browser tests cover a new
 * page or a new kind of page without anyone editing a list.
 */

export type SitePage = {
  /** The path the page is served at, e.g. `/retningslinjer/arkivering` or `/en/`. */
  path: string;
  /** The built HTML file. */
  file: string;
  /**
   * What kind of page it is, with its locale: `nb doc retningslinje` for a docs
   * page of that content kind (DocItem/Content's `data-content-kind`), the
   * theme's page class otherwise (`en blog-post-page`), followed by the
   * interactive components it embeds (`+ tree + checklist`). Each tree's and
   * checklist's own page is a kind of its own.
   */
  kind: string;
};

const buildDir = path.resolve(__dirname, '..', 'build');
const sitemaps = ['sitemap.xml', 'en/sitemap.xml'];
/** Trees and checklists: every one of them is checked, not a sample. */
const decisionToolPage = /^\/(?:en\/)?(?:beslutningstre|sjekkliste)\//;

/** The attribute each interactive component puts on its root, and its short name in a kind. */
const components = {
  'data-decision-tree': 'tree',
  'data-checklist': 'checklist',
  'data-decision-tool-list': 'decision-tool-list',
  'data-tool-catalogue': 'tool-catalogue',
  'data-tool-radar': 'tool-radar',
  'data-tool-compare': 'tool-compare',
  'data-tool-panel': 'tool-panel',
};

function fileOf(pagePath: string): string {
  const decoded = decodeURIComponent(pagePath);
  // trailingSlash is false: /a/b is built as a/b.html, and a locale's home as en/index.html.
  return decoded.endsWith('/')
    ? path.join(buildDir, decoded, 'index.html')
    : path.join(buildDir, `${decoded}.html`);
}

function htmlClasses(html: string): string[] {
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
  const match = /\bclass=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(htmlTag);
  return (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').split(/\s+/).filter(Boolean);
}

function kindOf(pagePath: string, html: string): string {
  const locale = /^\/en(?:\/|$)/.test(pagePath) ? 'en' : 'nb';
  if (decisionToolPage.test(pagePath)) return `${locale} ${pagePath}`;
  const contentKind = /\bdata-content-kind=["']?([a-zæøå-]+)/.exec(html)?.[1];
  const classes = htmlClasses(html);
  const pageKind = contentKind
    ? `doc ${contentKind}`
    : (classes.find((name) => name.endsWith('-page')) ??
      classes.find((name) => name.startsWith('plugin-') && !name.startsWith('plugin-id-')) ??
      'page');
  const embedded = Object.entries(components)
    .filter(([attribute]) => new RegExp(`\\s${attribute}[\\s=>]`).test(html))
    .map(([, name]) => `+ ${name}`);
  return [locale, pageKind, ...embedded].join(' ');
}

/** Every page in the build's sitemaps, with its kind. */
export function builtPages(): SitePage[] {
  const missing = sitemaps.filter((sitemap) => !existsSync(path.join(buildDir, sitemap)));
  if (missing.length > 0) {
    throw new Error(`No ${missing.join(', ')} in ${buildDir}: run \`npm run build\` first.`);
  }
  return sitemaps.flatMap((sitemap) => {
    const xml = readFileSync(path.join(buildDir, sitemap), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => {
      const pagePath = new URL(loc!).pathname;
      const file = fileOf(pagePath);
      return { path: pagePath, file, kind: kindOf(pagePath, readFileSync(file, 'utf8')) };
    });
  });
}

/** The first page of each kind, in sitemap order. */
export function onePagePerKind(pages: readonly SitePage[]): SitePage[] {
  const byKind = new Map<string, SitePage>();
  for (const page of pages) if (!byKind.has(page.kind)) byKind.set(page.kind, page);
  return [...byKind.values()];
}
