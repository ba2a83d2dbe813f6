import { Parser } from 'htmlparser2';

/**
 * The Content-Security-Policy the built site runs under, worked out from the
 * built pages themselves: a script or style written into a page (rather than
 * loaded from a file of the site) may run only if the policy names its hash,
 * so the hashes must come from the pages as they were built.
 */

/** What one page runs or styles from its own text rather than from a file. */
export type InlineCode = {
  /** The text of each inline `<script>` a browser would run. */
  scripts: string[];
  /** The text of each `<style>` element. */
  styleElements: string[];
  /** The value of each `style="…"` attribute, as the browser reads it (entities decoded). */
  styleAttributes: string[];
  /**
   * Script a hash cannot allow without also allowing every event-handler attribute of
   * that text (`onclick="…"`, `href="javascript:…"`); the site must not have any.
   */
  disallowed: string[];
};

/** The MIME types a browser runs a classic script for (HTML, "JavaScript MIME type"). */
const javaScriptTypes = new Set([
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/**
 * Whether a `<script>` with these attributes runs. Data blocks such as the
 * JSON-LD Docusaurus writes (`type="application/ld+json"`) never run, and the
 * policy does not apply to them, so they need no hash.
 */
export function isExecutableScript(type: string | undefined, language?: string): boolean {
  if (type === undefined) {
    if (language === undefined || language === '') return true;
    return javaScriptTypes.has(`text/${language.trim().toLowerCase()}`);
  }
  const essence = type.trim().toLowerCase();
  return essence === '' || essence === 'module' || javaScriptTypes.has(essence);
}

/**
 * Everything inline in one page that the policy has to allow or forbid.
 * Read as a browser with scripting off would read it, so style attributes
 * inside `<noscript>` (applied when JavaScript is off) are found too. A
 * streaming parser, not a document tree: the build reads every page of the
 * site, and at 1,000 pages building a tree of each took 8 s.
 */
export function inlineCodeOf(html: string): InlineCode {
  const found: InlineCode = { scripts: [], styleElements: [], styleAttributes: [], disallowed: [] };
  // The text of the <script> or <style> being read, when it is one the policy must allow.
  let open: { into: string[]; text: string } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        for (const [attribute, value] of Object.entries(attributes)) {
          if (attribute === 'style') found.styleAttributes.push(value);
          else if (attribute.startsWith('on'))
            found.disallowed.push(`<${name} ${attribute}="${value}">`);
          else if (/^\s*javascript:/i.test(value) && urlAttributes.has(attribute))
            found.disallowed.push(`<${name} ${attribute}="${value}">`);
        }
        if (name === 'script')
          open =
            attributes.src === undefined && isExecutableScript(attributes.type, attributes.language)
              ? { into: found.scripts, text: '' }
              : null;
        else if (name === 'style') open = { into: found.styleElements, text: '' };
      },
      ontext(text) {
        if (open) open.text += text;
      },
      onclosetag(name) {
        if (open && (name === 'script' || name === 'style')) {
          open.into.push(open.text);
          open = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

/** Attributes whose `javascript:` URL would run as script. */
const urlAttributes = new Set(['href', 'xlink:href', 'src', 'action', 'formaction']);

/** A CSP hash source for a script's or style's text: `'sha256-<base64>'`. */
export async function sha256Source(text: string): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)),
  );
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

export type PolicyOptions = {
  /**
   * Origins the site fetches from besides its own, e.g. Algolia's when the site uses
   * DocSearch. The embedded search needs none.
   * @default []
   */
  connectSources?: readonly string[];
};

/** The distinct texts, hashed and sorted, so the same build always gives the same policy. */
async function hashesOf(texts: Iterable<string>): Promise<string[]> {
  const sources = await Promise.all([...new Set(texts)].map(sha256Source));
  return sources.sort();
}

/**
 * The policy for a site whose pages hold this inline code: one policy for every
 * page and locale, so a web server sends one header for the whole site.
 *
 * - Scripts: the site's own files, and the inline scripts by hash (Docusaurus's
 *   colour-mode script, which differs per locale, and the redirect pages'). No
 *   'unsafe-inline'. 'wasm-unsafe-eval' because Pagefind runs its search in
 *   WebAssembly; it allows compiling WebAssembly, not JavaScript `eval`.
 * - Styles: the site's own style sheets, and the few `style` attributes the build
 *   writes by hash with 'unsafe-hashes' (Docusaurus's hidden SVG icon sprite, an
 *   old anchor in the glossary), instead of 'unsafe-inline'. Styles React sets
 *   after hydration go through the CSSOM, which the policy does not restrict.
 * - Everything else from the site itself: no other host is named (images also as
 *   `data:` URLs, which Infima's CSS uses for its icons). The service worker and
 *   the web app manifest are the site's own.
 * - No plugins, no `<base>` elsewhere, forms only to the site, and no framing.
 */
export async function contentSecurityPolicy(
  pages: readonly InlineCode[],
  { connectSources = [] }: PolicyOptions = {},
): Promise<string> {
  const scriptHashes = await hashesOf(pages.flatMap((page) => page.scripts));
  const styleHashes = await hashesOf(
    pages.flatMap((page) => [...page.styleElements, ...page.styleAttributes]),
  );
  const hasStyleAttributes = pages.some((page) => page.styleAttributes.length > 0);
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...scriptHashes],
    ['style-src', "'self'", ...(hasStyleAttributes ? ["'unsafe-hashes'"] : []), ...styleHashes],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...connectSources],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** One problem line per page with inline script the policy cannot allow, naming the page. */
export function disallowedCodeProblems(pages: ReadonlyMap<string, InlineCode>): string[] {
  return [...pages].flatMap(([page, code]) =>
    code.disallowed.map(
      (markup) =>
        `${page}: ${markup} is script in an attribute, which the Content-Security-Policy blocks; move it into the site's JavaScript`,
    ),
  );
}

/**
 * Every source expression the policy may hold: keywords, `data:`, hashes, and the
 * origins the options name. The policy is public (every response carries it); this
 * is what makes sure nothing else, a key or an internal host name, gets into it.
 */
export function unexpectedSources(
  policy: string,
  { connectSources = [] }: PolicyOptions = {},
): string[] {
  const allowed =
    /^('self'|'none'|'wasm-unsafe-eval'|'unsafe-hashes'|data:|'sha256-[A-Za-z0-9+/]{43}=')$/;
  return policy
    .split(';')
    .flatMap((directive) => directive.trim().split(/\s+/).slice(1))
    .filter((source) => !allowed.test(source) && !connectSources.includes(source));
}

/** The files a web server's configuration can use, by name, each ending in a newline. */
export function webServerFiles(policy: string): Record<string, string> {
  const generated =
    'Written by the build (plugins/web-server) from the built pages: the hashes change when the\n' +
    'pages’ inline scripts do, so use the file from the same build as the pages you deploy.';
  const comment = (text: string) => text.replace(/^/gm, '# ');
  return {
    'content-security-policy.txt': `${policy}\n`,
    'nginx.conf': `${comment(
      `${generated}\nInclude in the server block, and in every location block that has add_header of its own\n(nginx drops inherited add_header lines there).`,
    )}\nadd_header Content-Security-Policy "${policy}" always;\n`,
    'apache.conf': `${comment(
      `${generated}\nInclude in the VirtualHost, or copy into .htaccess (needs mod_headers).`,
    )}\nHeader always set Content-Security-Policy "${policy}"\n`,
  };
}
