/**
 * What a built page points at, read from its elements: links, anchors,
 * images, downloads, stylesheets, scripts, the manifest and icons. The caller
 * parses the HTML (any parser that gives tag names and attributes will do), so
 * this module stays free of I/O and of any one parser.
 */

/** One element of a parsed page: its lower-case tag name and its attributes. */
export type PageElement = {
  name: string;
  attributes: Readonly<Record<string, string | undefined>>;
};

/**
 * What a reference is for. A `link` is something a reader follows (an `<a>`,
 * an image map's `<area>`): it may lead to another site. A `resource` is
 * something the browser fetches or the page names as itself (a script, an
 * image, a stylesheet, a form's target, the canonical address): it must stay
 * on the site's own host.
 */
export type ReferenceKind = 'link' | 'resource';

export type Reference = {
  /**
   * Where the address was found, as a selector a person can search for:
   * `img[srcset]`, `link[rel=stylesheet][href]`.
   */
  attribute: string;
  /** The address as written in the page. */
  target: string;
  kind: ReferenceKind;
};

/** Attributes that hold one address, by element; `*` is any element. */
const addressAttributes: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src', 'formaction'],
  button: ['formaction'],
  form: ['action'],
  // SVG: icons drawn from a sprite (`<use href="#theme-svg-external-link">`) and embedded images.
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** Attributes that hold a list of addresses with sizes: `a.png 1x, b.png 2x`. */
const srcsetAttributes: Readonly<Record<string, readonly string[]>> = {
  img: ['srcset'],
  source: ['srcset'],
};

/** `<meta>` whose content is an address: what a link preview or a crawler fetches. */
const metaAddresses = new Set(['og:url', 'og:image', 'og:image:url', 'twitter:image']);

/**
 * The addresses in a `srcset`: each candidate is an address, then optional
 * descriptors (`2x`, `640w`), separated by commas. An address may itself
 * contain commas, so the list is read the way the HTML standard reads it, not
 * split on every comma.
 */
export function srcsetAddresses(srcset: string): string[] {
  const addresses: string[] = [];
  let rest = srcset;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (rest === '') return addresses;
    const address = /^\S+/.exec(rest)![0];
    rest = rest.slice(address.length);
    if (address.endsWith(',')) {
      // No descriptors: the commas end this candidate.
      addresses.push(address.replace(/,+$/, ''));
      continue;
    }
    addresses.push(address);
    // Descriptors run to the next comma outside parentheses.
    let depth = 0;
    let end = 0;
    for (; end < rest.length; end++) {
      const character = rest[end];
      if (character === '(') depth++;
      else if (character === ')') depth = Math.max(0, depth - 1);
      else if (character === ',' && depth === 0) break;
    }
    rest = rest.slice(end);
  }
}

/** The address in a `<meta http-equiv="refresh" content="0; url=/x">`, if it names one. */
export function refreshAddress(content: string): string | undefined {
  const match = /^\s*\d*(?:\.\d*)?\s*[;,]?\s*(?:url\s*=\s*)?(.*)$/i.exec(content);
  const address = match?.[1]?.trim().replace(/^(['"])(.*)\1$/, '$2');
  return address ? address : undefined;
}

/** Every address the page refers to, in document order. */
export function referencesOf(elements: Iterable<PageElement>): Reference[] {
  const references: Reference[] = [];
  for (const { name, attributes } of elements) {
    const add = (attribute: string, target: string | undefined) => {
      if (target === undefined) return;
      const kind: ReferenceKind =
        (name === 'a' || name === 'area') && attribute === 'href' ? 'link' : 'resource';
      // A link element is named by its rel too, so a report says which one: the stylesheet, the icon.
      const rel = name === 'link' ? attributes.rel?.trim().toLowerCase() : undefined;
      const element = rel ? `link[rel=${rel.split(/\s+/).join(' ')}]` : name;
      references.push({ attribute: `${element}[${attribute}]`, target: target.trim(), kind });
    };
    for (const attribute of addressAttributes[name] ?? []) add(attribute, attributes[attribute]);
    for (const attribute of srcsetAttributes[name] ?? []) {
      for (const address of srcsetAddresses(attributes[attribute] ?? '')) add(attribute, address);
    }
    // A ping tells a server that a link was followed: tracking, so it must not leave the site.
    if (name === 'a' || name === 'area') {
      for (const address of (attributes.ping ?? '').split(/\s+/).filter(Boolean)) {
        add('ping', address);
      }
    }
    if (name === 'meta') {
      const content = attributes.content;
      if (attributes['http-equiv']?.toLowerCase() === 'refresh' && content !== undefined) {
        add('content', refreshAddress(content));
      } else if (metaAddresses.has(attributes.property ?? attributes.name ?? '')) {
        add('content', content);
      }
    }
  }
  return references;
}

/**
 * The fragments a link may end in to land somewhere on the page: every `id`,
 * and the `name` of an `<a>` (still honoured by browsers).
 */
export function anchorsOf(elements: Iterable<PageElement>): Set<string> {
  const anchors = new Set<string>();
  for (const { name, attributes } of elements) {
    if (attributes.id) anchors.add(attributes.id);
    if (name === 'a' && attributes.name) anchors.add(attributes.name);
  }
  return anchors;
}

/**
 * The addresses in a stylesheet: `url(…)` (fonts, background images) and
 * `@import "…"`. Comments are left out so an address in one is not checked.
 */
export function stylesheetReferences(css: string): Reference[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const references: Reference[] = [];
  // Quoted addresses may hold escaped quotes (inline SVG in a data: address).
  const pattern =
    /\burl\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^)'"]*?))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/gi;
  for (const match of withoutComments.matchAll(pattern)) {
    const [, double, single, bare, importDouble, importSingle] = match;
    const isImport = importDouble !== undefined || importSingle !== undefined;
    references.push({
      attribute: isImport ? '@import' : 'url()',
      target: (double ?? single ?? bare ?? importDouble ?? importSingle ?? '').trim(),
      kind: 'resource',
    });
  }
  return references;
}

/** The addresses in a web app manifest: where the app starts, its icons and screenshots. */
export function manifestReferences(manifest: unknown): Reference[] {
  if (typeof manifest !== 'object' || manifest === null) return [];
  const fields = manifest as Record<string, unknown>;
  const references: Reference[] = [];
  if (typeof fields.start_url === 'string') {
    references.push({ attribute: 'start_url', target: fields.start_url, kind: 'resource' });
  }
  for (const list of ['icons', 'screenshots'] as const) {
    const entries = Array.isArray(fields[list]) ? (fields[list] as unknown[]) : [];
    entries.forEach((entry, index) => {
      const src = (entry as { src?: unknown } | null)?.src;
      if (typeof src === 'string') {
        references.push({ attribute: `${list}[${index}].src`, target: src, kind: 'resource' });
      }
    });
  }
  return references;
}
