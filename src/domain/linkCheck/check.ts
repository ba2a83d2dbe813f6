import { candidateFiles, targetOf, type Site } from './address';
import type { Reference } from './references';

/**
 * Which references of a built page are broken: a file that is not in the
 * build, an anchor that is not on its page, a resource fetched from another
 * host, a link to a tracker. Links to other sites are listed, not fetched.
 */

/** What the check needs to know about the build, without reading it itself. */
export type BuiltSite = {
  /** Whether the build has this file (a path inside the build folder, `/` between folders). */
  hasFile(file: string): boolean;
  /** The anchors (ids) of a built HTML page, or undefined when the file is not one. */
  anchorsOf(file: string): ReadonlySet<string> | undefined;
};

export type Problem = {
  /** The address of the page (or stylesheet, or manifest) the reference is in. */
  page: string;
  attribute: string;
  target: string;
  reason: string;
};

/** A link to another site: not fetched, but listed. */
export type ExternalLink = { page: string; url: string };

export type PageCheck = { problems: Problem[]; external: ExternalLink[] };

/**
 * Hosts whose business is following readers: analytics, advertising, and
 * redirectors that count clicks before sending the reader on. A host matches
 * itself and its subdomains.
 */
export const trackerHosts = [
  'google-analytics.com',
  'googletagmanager.com',
  'googleadservices.com',
  'googlesyndication.com',
  'doubleclick.net',
  'connect.facebook.net',
  'pixel.facebook.com',
  'l.facebook.com',
  'lm.facebook.com',
  'analytics.twitter.com',
  'static.ads-twitter.com',
  't.co',
  'ads.linkedin.com',
  'snap.licdn.com',
  'lnkd.in',
  'bat.bing.com',
  'clarity.ms',
  'hotjar.com',
  'hotjar.io',
  'cdn.segment.com',
  'api.segment.io',
  'mixpanel.com',
  'scorecardresearch.com',
  'quantserve.com',
  'adnxs.com',
  'criteo.com',
  'taboola.com',
  'outbrain.com',
  'bit.ly',
  'ow.ly',
  'tinyurl.com',
  'siteimproveanalytics.com',
  'siteimproveanalytics.io',
] as const;

/** Query parameters that tell a campaign tool where a reader came from. */
const trackingParameter =
  /^(utm_[a-z]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi)$/i;

/** Why an address on the web tracks readers, or undefined when it does not. */
export function trackingIn(url: URL): string | undefined {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const tracker = trackerHosts.find((name) => host === name || host.endsWith(`.${name}`));
  if (tracker) return `${tracker} tracks readers`;
  const parameters = [...url.searchParams.keys()].filter((key) => trackingParameter.test(key));
  if (parameters.length > 0) return `tracking parameters in the address (${parameters.join(', ')})`;
  return undefined;
}

/** The file that answers a path, or undefined when the build has none. */
export function fileFor(path: string, built: BuiltSite): string | undefined {
  return candidateFiles(path).find((file) => built.hasFile(file));
}

/**
 * Checks one page's references against the build.
 *
 * @param page the address the page is served at (`/en/retningslinjer/arkivering`);
 *   relative addresses are read against it, and problems name it
 * @param pageFile the page's own file in the build, for anchors on the same page
 */
export function checkReferences(
  page: string,
  pageFile: string,
  references: readonly Reference[],
  built: BuiltSite,
  site: Site,
): PageCheck {
  const problems: Problem[] = [];
  const external: ExternalLink[] = [];
  for (const reference of references) {
    const { attribute, target: address, kind } = reference;
    const problem = (reason: string) => problems.push({ page, attribute, target: address, reason });
    if (address === '') {
      // An empty href is the page itself; an empty src makes the browser fetch the page again.
      if (kind === 'resource') problem('an empty address');
      continue;
    }
    const target = targetOf(address, page, site);
    if (target.kind === 'unchecked') continue;
    if (target.kind === 'invalid') {
      problem(target.reason);
      continue;
    }
    if (target.kind === 'external') {
      const tracking = trackingIn(target.url);
      if (tracking) problem(tracking);
      if (kind === 'resource') {
        problem(`fetched from another host (${target.url.host}); the site serves its own files`);
      } else if (!tracking) {
        external.push({ page, url: target.url.href });
      }
      continue;
    }
    // Campaign parameters on the site's own addresses count readers just the same.
    const tracking = trackingIn(new URL(address, `${site.origin}${page}`));
    if (tracking) problem(tracking);
    const isSamePage = address.startsWith('#');
    const file = isSamePage ? pageFile : fileFor(target.path, built);
    if (file === undefined) {
      problem(`not in the build (looked for ${candidateFiles(target.path).join(', ')})`);
      continue;
    }
    const fragment = target.fragment;
    if (!fragment || fragment.toLowerCase() === 'top') continue;
    const anchors = built.anchorsOf(file);
    // A fragment on a download (`x.pdf#page=2`) is the viewer's business, not an id.
    if (anchors && !anchors.has(fragment)) problem(`no id="${fragment}" on ${file}`);
  }
  return { problems, external };
}

/** One line of the report: where, which attribute, what it points at, why it is broken. */
export function problemLine({ page, attribute, target, reason }: Problem): string {
  return `${page}  ${attribute}="${target}"  ${reason}`;
}

/**
 * The external links, one line per host, most linked first: how many links,
 * to how many addresses, from how many pages.
 */
export function externalSummary(links: readonly ExternalLink[]): string[] {
  const byHost = new Map<string, { links: number; urls: Set<string>; pages: Set<string> }>();
  for (const { page, url } of links) {
    const host = new URL(url).host;
    const entry = byHost.get(host) ?? { links: 0, urls: new Set(), pages: new Set() };
    entry.links++;
    entry.urls.add(url);
    entry.pages.add(page);
    byHost.set(host, entry);
  }
  return [...byHost]
    .sort(([a, x], [b, y]) => y.links - x.links || a.localeCompare(b))
    .map(
      ([host, { links, urls, pages }]) =>
        `${host}  ${links} ${links === 1 ? 'link' : 'links'} to ${urls.size} ${urls.size === 1 ? 'address' : 'addresses'} on ${pages.size} ${pages.size === 1 ? 'page' : 'pages'}`,
    );
}
