import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  disallowedCodeProblems,
  inlineCodeOf,
  isExecutableScript,
  sha256Source,
  unexpectedSources,
  webServerFiles,
  type InlineCode,
} from './contentSecurityPolicy';

/** The hash a browser computes, the way its console names it when it blocks something. */
const browserHash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const colourMode = '!function(){document.documentElement.setAttribute("data-theme","dark")}()';

/** A page shaped like Docusaurus's minified output. */
const page = `<!doctype html><html lang=nb><head><meta charset=UTF-8>
<script data-rh=true type=application/ld+json>{"@context":"https://schema.org"}</script>
<link rel=stylesheet href=/assets/css/styles.css /><script src=/assets/js/main.js defer></script></head>
<body><svg style="display: none;"><defs></defs></svg>
<script>${colourMode}</script>
<a id=gammelt style="scroll-margin-top:calc(var(--ifm-navbar-height) + 0.5rem)"></a>
<p style="font-family:&quot;Source Sans&quot;">Tekst &amp; mer</p>
<noscript><div style="color: red">Slå på JavaScript</div></noscript>
<script type=module>import "/x.js"</script><script type="text/plain">not run</script>
</body></html>`;

const empty: InlineCode = { scripts: [], styleElements: [], styleAttributes: [], disallowed: [] };

describe('the inline code of a page', () => {
  it('finds the scripts a browser runs, and leaves out files and data blocks', () => {
    expect(inlineCodeOf(page).scripts).toEqual([colourMode, 'import "/x.js"']);
  });

  it('keeps script text exactly as written, entities and all (a browser hashes the raw text)', () => {
    expect(inlineCodeOf('<script>a &amp;&amp; b()</script>').scripts).toEqual(['a &amp;&amp; b()']);
  });

  it('finds style attributes as the browser reads them, also inside <noscript>', () => {
    expect(inlineCodeOf(page).styleAttributes).toEqual([
      'display: none;',
      'scroll-margin-top:calc(var(--ifm-navbar-height) + 0.5rem)',
      'font-family:"Source Sans"',
      'color: red',
    ]);
  });

  it('finds <style> elements', () => {
    expect(inlineCodeOf('<style>p{color:red}</style><p>x</p>').styleElements).toEqual([
      'p{color:red}',
    ]);
  });

  it('reports script in attributes, which no hash can allow on its own', () => {
    const code = inlineCodeOf(
      '<img src=x.png onerror="alert(1)"><a href=" JavaScript:alert(2)">x</a><a href=/javascript:ok>y</a>',
    );
    expect(code.disallowed).toEqual([
      '<img onerror="alert(1)">',
      '<a href=" JavaScript:alert(2)">',
    ]);
    expect(disallowedCodeProblems(new Map([['build/x.html', code]]))).toEqual([
      expect.stringMatching(
        /^build\/x\.html: <img onerror="alert\(1\)"> is script in an attribute/,
      ),
      expect.stringMatching(/^build\/x\.html: <a href=" JavaScript:alert\(2\)">/),
    ]);
  });

  it.each([
    [undefined, undefined, true],
    ['', undefined, true],
    [' Text/JavaScript ', undefined, true],
    ['module', undefined, true],
    ['application/ld+json', undefined, false],
    ['text/plain', undefined, false],
    [undefined, 'javascript', true],
    [undefined, 'vbscript', false],
  ])('a script of type %j (language %j) runs: %s', (type, language, runs) => {
    expect(isExecutableScript(type, language)).toBe(runs);
  });
});

describe('hash sources', () => {
  it('are the SHA-256 a browser computes, of the UTF-8 text', async () => {
    for (const text of [colourMode, 'display: none;', 'æøå — "sitat"', ''])
      expect(await sha256Source(text)).toBe(browserHash(text));
  });
});

describe('the policy', () => {
  it('allows the site itself and the inline code by hash, and nothing inline else', async () => {
    const policy = await contentSecurityPolicy([inlineCodeOf(page)]);
    const directives = Object.fromEntries(
      policy.split('; ').map((directive) => {
        const [name, ...sources] = directive.split(' ');
        return [name, sources];
      }),
    );
    expect(directives['script-src']).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
      ...[browserHash(colourMode), browserHash('import "/x.js"')].sort(),
    ]);
    expect(directives['style-src']?.slice(0, 2)).toEqual(["'self'", "'unsafe-hashes'"]);
    expect(directives['style-src']).toContain(browserHash('display: none;'));
    expect(directives['style-src']).toHaveLength(2 + 4);
    expect(policy).not.toContain('unsafe-inline');
    expect(directives).toMatchObject({
      'default-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'worker-src': ["'self'"],
      'manifest-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it('names each hash once, sorted, so a build gives the same policy every time', async () => {
    const a = { ...empty, scripts: ['b()', 'a()'] };
    const b = { ...empty, scripts: ['a()'] };
    const policy = await contentSecurityPolicy([a, b]);
    expect(policy).toBe(await contentSecurityPolicy([b, a]));
    const hashes = [browserHash('a()'), browserHash('b()')].sort();
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')};`);
  });

  it("asks for 'unsafe-hashes' only when the pages have style attributes", async () => {
    const policy = await contentSecurityPolicy([{ ...empty, styleElements: ['p{}'] }]);
    expect(policy).toContain(`style-src 'self' ${browserHash('p{}')};`);
  });

  it('adds the origins the site fetches from, and nothing else', async () => {
    const connectSources = ['https://*.algolia.net', 'https://*.algolianet.com'];
    const policy = await contentSecurityPolicy([inlineCodeOf(page)], { connectSources });
    expect(policy).toContain("connect-src 'self' https://*.algolia.net https://*.algolianet.com;");
    expect(unexpectedSources(policy, { connectSources })).toEqual([]);
    expect(unexpectedSources(policy)).toEqual(connectSources);
    expect(unexpectedSources(`${policy}; connect-src https://intern.kommune.no`)).toContain(
      'https://intern.kommune.no',
    );
  });
});

describe('files for the web server', () => {
  it('hold the policy as a plain line, an nginx and an Apache directive', () => {
    const files = webServerFiles("default-src 'self'");
    expect(Object.keys(files)).toEqual([
      'content-security-policy.txt',
      'nginx.conf',
      'apache.conf',
    ]);
    expect(files['content-security-policy.txt']).toBe("default-src 'self'\n");
    expect(files['nginx.conf']).toMatch(
      /\nadd_header Content-Security-Policy "default-src 'self'" always;\n$/,
    );
    expect(files['apache.conf']).toMatch(
      /\nHeader always set Content-Security-Policy "default-src 'self'"\n$/,
    );
    for (const text of [files['nginx.conf'], files['apache.conf']])
      expect(text?.split('\n').filter((line) => line && !line.startsWith('#'))).toHaveLength(1);
  });
});
