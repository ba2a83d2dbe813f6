/**
 * What a built page's HTML says about its weight and its kind. The build
 * minifies HTML, so attributes may be unquoted (`<script src=/a.js defer>`).
 */

export type PageHtml = {
  /** `src` of every `<script>` with one, in order. */
  scripts: string[];
  /** `href` of every `<link rel="stylesheet">`. */
  stylesheets: string[];
  /** Classes on `<html>`: the theme names the plugin and page type there. */
  htmlClasses: string[];
  /** The docs page's kind (`data-content-kind`, set by the DocItem/Content wrapper). */
  contentKind: string | null;
  /** The `data-*` attributes the page's elements carry, e.g. `data-decision-tree`. */
  dataAttributes: Set<string>;
};

const tagPattern = (name: string) => new RegExp(`<${name}\\b([^>]*)>`, 'gi');

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(
    `(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?`,
    'i',
  ).exec(attributes);
  if (!match) return null;
  return match[1] ?? match[2] ?? match[3]?.replace(/\/$/, '') ?? '';
}

export function readPageHtml(html: string): PageHtml {
  const scripts = [...html.matchAll(tagPattern('script'))]
    .map(([, attributes]) => attribute(attributes ?? '', 'src'))
    .filter((src): src is string => Boolean(src));
  const stylesheets = [...html.matchAll(tagPattern('link'))]
    .map(([, attributes = '']) => ({
      rel: (attribute(attributes, 'rel') ?? '').toLowerCase().split(/\s+/),
      href: attribute(attributes, 'href'),
    }))
    .filter((link) => link.rel.includes('stylesheet') && link.href)
    .map((link) => link.href as string);
  const htmlTag = tagPattern('html').exec(html)?.[1] ?? '';
  const htmlClasses = (attribute(htmlTag, 'class') ?? '').split(/\s+/).filter(Boolean);
  const contentKind = /\sdata-content-kind=["']?([a-zæøå-]+)/i.exec(html)?.[1] ?? null;
  const dataAttributes = new Set(
    [...html.matchAll(/<[a-z][^>]*>/gi)].flatMap(([tag]) =>
      [...tag.matchAll(/\s(data-[a-z0-9-]+)/gi)].map(([, name]) => name!.toLowerCase()),
    ),
  );
  return { scripts, stylesheets, htmlClasses, contentKind, dataAttributes };
}
