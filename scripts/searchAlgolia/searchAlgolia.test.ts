import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocSearchRecord } from '../../src/domain/search/algoliaRecords';
import {
  startAlgoliaStandIn,
  type AlgoliaStandIn,
  type StandInOptions,
} from '../../test/algoliaStandIn';
import { algoliaTargetFrom } from './push';
import { indexSiteInAlgolia, type IndexerOptions } from './run';

/**
 * npm run search:algolia end to end: the real algoliasearch client over real
 * HTTP, against a stand-in for Algolia on a loopback port, indexing a small
 * build shaped like Docusaurus's (test/fixtures/algoliaSite: nb and en, a tool
 * with a status, the guideline in force, an older edition and the draft).
 */

const siteRoot = path.resolve(__dirname, '../..');
const siteDir = path.join(siteRoot, 'test/fixtures/algoliaSite');
const buildDir = path.join(siteDir, 'built');
const siteUrl = 'https://verktoykassa.example.no';
const appId = 'TESTAPP';
const adminApiKey = 'admin-key-that-must-never-be-printed-5f0c3b';
const indexName = 'verktoykassa';
const site = { siteUrl, baseUrl: '/', siteTitle: 'Verktøykassa', locales: ['nb', 'en'] };

let standIn: AlgoliaStandIn | undefined;

afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

async function start(fail?: StandInOptions['fail']): Promise<AlgoliaStandIn> {
  standIn = await startAlgoliaStandIn({ appId, apiKey: adminApiKey, fail });
  return standIn;
}

function environment(host: string): Record<string, string> {
  return {
    ALGOLIA_APP_ID: appId,
    ALGOLIA_ADMIN_API_KEY: adminApiKey,
    ALGOLIA_INDEX_NAME: indexName,
    ALGOLIA_HOST: host,
  };
}

async function index(
  host: string,
  overrides: Partial<IndexerOptions> = {},
): Promise<{ lines: string[] }> {
  const lines: string[] = [];
  await indexSiteInAlgolia({
    siteDir,
    buildDir,
    site,
    env: environment(host),
    batchSize: 5,
    log: (line) => lines.push(line),
    ...overrides,
  });
  return { lines };
}

function recordsOf(stand: AlgoliaStandIn, name = indexName): DocSearchRecord[] {
  const records = [...(stand.indices.get(name)?.records.values() ?? [])] as DocSearchRecord[];
  return records.sort(
    (a, b) =>
      a.url_without_anchor.localeCompare(b.url_without_anchor) ||
      a.weight.position - b.weight.position,
  );
}

/** Each page's records as `type#anchor`, runs of content records under one heading counted once. */
function outline(records: readonly DocSearchRecord[]): Record<string, string[]> {
  const pages: Record<string, string[]> = {};
  for (const record of records) {
    const entries = (pages[record.url_without_anchor.slice(siteUrl.length)] ??= []);
    const entry = `${record.type}${record.anchor ? `#${record.anchor}` : ''}`;
    if (entries.at(-1) !== entry || record.type !== 'content') entries.push(entry);
  }
  return pages;
}

const longSentence =
  'Kommunen arkiverer henvendelser som kommer inn gjennom sosiale medier når de er saksdokumenter, og vurderer hver melding for seg før den journalføres i sak- og arkivsystemet.';
const longText = Array.from({ length: 60 }, (_, n) => `Avsnitt ${n + 1}. ${longSentence}`).join(
  ' ',
);

describe('npm run search:algolia against a stand-in for Algolia', () => {
  it('writes a record for every page and section of both locales, and nothing else', async () => {
    const stand = await start();
    await index(stand.url);
    expect(outline(recordsOf(stand))).toEqual({
      '/': ['lvl1', 'content', 'lvl2#finn-svar', 'content#finn-svar'],
      '/en': ['lvl1', 'content'],
      '/en/retningslinjer/arkivering': [
        'lvl1',
        'content',
        'lvl2#what-to-archive',
        'content#what-to-archive',
      ],
      '/en/retningslinjer/utkast/arkivering': ['lvl1', 'content'],
      '/en/verktoy/bluesky': ['lvl1', 'content', 'lvl2#vurdering', 'content#vurdering'],
      '/nytt/2026/01/15/ny-retningslinje': [
        'lvl1',
        'content',
        'lvl2#hva-er-nytt',
        'content#hva-er-nytt',
      ],
      '/retningslinjer/2025/arkivering': [
        'lvl1',
        'content',
        'lvl2#hva-skal-arkiveres',
        'content#hva-skal-arkiveres',
      ],
      '/retningslinjer/arkivering': [
        'lvl1',
        'content',
        'lvl2#hva-skal-arkiveres',
        'content#hva-skal-arkiveres',
        'lvl3#direktemeldinger',
        'content#direktemeldinger',
        'lvl2#bakgrunn',
        'content#bakgrunn',
      ],
      '/verktoy/bluesky': [
        'lvl1',
        'content',
        'lvl2#vurdering',
        'content#vurdering',
        'lvl3#personvern',
        'content#personvern',
      ],
    });
  });

  it('gives each record the DocSearch fields, the facets and a size under 10 KB', async () => {
    const stand = await start();
    await index(stand.url);
    const records = recordsOf(stand);
    const byId = new Map(records.map((record) => [record.objectID, record]));
    expect(byId.size).toBe(records.length);
    for (const record of records) {
      expect(Buffer.byteLength(JSON.stringify(record))).toBeLessThanOrEqual(10_000);
      expect(record.url).toBe(
        record.anchor ? `${record.url_without_anchor}#${record.anchor}` : record.url_without_anchor,
      );
      expect(record.content === null).toBe(record.type !== 'content');
      expect(record.hierarchy.lvl0).not.toBeNull();
      expect(record.hierarchy.lvl1).not.toBeNull();
    }

    expect(byId.get('/verktoy/bluesky#5')).toEqual({
      objectID: '/verktoy/bluesky#5',
      url: `${siteUrl}/verktoy/bluesky#personvern`,
      url_without_anchor: `${siteUrl}/verktoy/bluesky`,
      anchor: 'personvern',
      type: 'content',
      hierarchy: {
        lvl0: 'Verktøy',
        lvl1: 'Bluesky',
        lvl2: 'Vurdering',
        lvl3: 'Personvern',
        lvl4: null,
        lvl5: null,
        lvl6: null,
      },
      content:
        'Tjenesten lagrer data utenfor EØS. Ingen saksbehandling i meldinger. Ingen personopplysninger.',
      language: 'nb',
      version: ['current'],
      docusaurus_tag: ['docs-default-current'],
      kind: 'verktoy',
      tool_status: 'Prøves',
      weight: { pageRank: 1, level: 0, position: 5 },
    });

    const olderEdition = byId.get('/retningslinjer/2025/arkivering#2')!;
    expect(olderEdition).toMatchObject({
      type: 'lvl2',
      content: null,
      version: ['2025'],
      docusaurus_tag: ['docs-retningslinjer-2025'],
      kind: 'retningslinje',
      tool_status: null,
      hierarchy: { lvl0: 'Retningslinje', lvl1: 'Arkivering og journalføring' },
      weight: { pageRank: 0, level: 80, position: 2 },
    });
    // The version banner and badge are not the page's text.
    expect(byId.get('/retningslinjer/2025/arkivering#1')!.content).toBe(
      'Innhold som er saksdokumenter, skal arkiveres innen en uke.',
    );
    expect(byId.get('/retningslinjer/arkivering#0')).toMatchObject({
      version: ['2026'],
      docusaurus_tag: ['docs-retningslinjer-2026'],
      weight: { pageRank: 1 },
    });
    expect(byId.get('/en/retningslinjer/utkast/arkivering#0')).toMatchObject({
      language: 'en',
      version: ['current'],
      docusaurus_tag: ['docs-retningslinjer-current'],
      hierarchy: { lvl0: 'Guideline', lvl1: 'Archiving and records' },
      weight: { pageRank: 0 },
    });
    expect(byId.get('/en/verktoy/bluesky#0')).toMatchObject({
      language: 'en',
      tool_status: 'Trial',
    });
    expect(byId.get('/nytt/2026/01/15/ny-retningslinje#0')).toMatchObject({
      kind: 'nyhet',
      version: [],
      docusaurus_tag: ['default'],
    });

    const background = records.filter(
      (record) =>
        record.url_without_anchor.endsWith('/retningslinjer/arkivering') &&
        record.anchor === 'bakgrunn' &&
        record.type === 'content',
    );
    expect(background.length).toBeGreaterThan(1);
    expect(background.map((record) => record.content).join(' ')).toBe(longText);
  });

  it('sends the settings and the synonyms before any record, then replaces the index in batches', async () => {
    const stand = await start();
    const { lines } = await index(stand.url);
    const writes = stand.requests.filter((request) => request.method !== 'GET');
    const described = writes.map(({ method, path: where }) =>
      `${method} ${where}`.replace(/verktoykassa_tmp_\d+/, 'TMP'),
    );
    const batches = described.filter((line) => line === 'POST /1/indexes/TMP/batch');
    const recordCount = recordsOf(stand).length;
    expect(batches).toHaveLength(Math.ceil(recordCount / 5));
    expect(batches.length).toBeGreaterThan(2);
    expect(described).toEqual([
      'PUT /1/indexes/verktoykassa/settings',
      'POST /1/indexes/verktoykassa/synonyms/batch',
      'POST /1/indexes/verktoykassa/operation',
      ...batches,
      'POST /1/indexes/verktoykassa/operation',
      'POST /1/indexes/TMP/operation',
    ]);
    for (const batch of writes.filter(
      (request) => request.path.endsWith('/batch') && !request.path.includes('synonyms'),
    )) {
      expect((batch.body as { requests: unknown[] }).requests.length).toBeLessThanOrEqual(5);
    }
    expect(writes[1]!.query.get('replaceExistingSynonyms')).toBe('true');
    expect(writes[2]!.body).toEqual({
      operation: 'copy',
      destination: expect.stringMatching(/^verktoykassa_tmp_\d+$/),
      scope: ['settings', 'rules', 'synonyms'],
    });
    expect(writes.at(-1)!.body).toEqual({ operation: 'move', destination: 'verktoykassa' });

    const target = stand.indices.get(indexName)!;
    expect(target.settings).toMatchObject({
      attributesForFaceting: [
        'language',
        'docusaurus_tag',
        'version',
        'type',
        'kind',
        'tool_status',
      ],
      searchableAttributes: [
        'unordered(hierarchy.lvl0)',
        'unordered(hierarchy.lvl1)',
        'unordered(hierarchy.lvl2)',
        'unordered(hierarchy.lvl3)',
        'unordered(hierarchy.lvl4)',
        'unordered(hierarchy.lvl5)',
        'unordered(hierarchy.lvl6)',
        'content',
      ],
      queryLanguages: ['no', 'en'],
      indexLanguages: ['no', 'en'],
      ignorePlurals: true,
      decompoundQuery: true,
    });
    expect([...target.synonyms.values()]).toEqual([
      { objectID: 'nb-1', type: 'synonym', synonyms: ['sosiale medier', 'SoMe'] },
      { objectID: 'nb-2', type: 'synonym', synonyms: ['arkivering', 'arkivere', 'journalføring'] },
      { objectID: 'en-1', type: 'synonym', synonyms: ['archiving', 'records management'] },
    ]);
    expect([...stand.indices.keys()]).toEqual([indexName]);
    expect(lines).toEqual([
      `${recordCount} records from 9 pages in built`,
      'settings of "verktoykassa" saved',
      '3 synonym groups saved',
      `${recordCount} records saved in ${batches.length} batches, and "verktoykassa" replaced`,
    ]);
  });

  it('replaces every record and synonym the index had, so removed pages disappear', async () => {
    const stand = await start();
    stand.indices.set(indexName, {
      settings: {},
      synonyms: new Map([['old', { objectID: 'old', type: 'synonym', synonyms: ['a', 'b'] }]]),
      records: new Map([['/fjernet-side#0', { objectID: '/fjernet-side#0' }]]),
    });
    await index(stand.url);
    const target = stand.indices.get(indexName)!;
    expect(target.records.has('/fjernet-side#0')).toBe(false);
    expect(target.synonyms.has('old')).toBe(false);
    expect(target.records.size).toBe(recordsOf(stand).length);
  });

  it('reports a refused batch in one line and leaves the index as it was', async () => {
    const isRecordBatch = (where: string) => /_tmp_\d+\/batch$/.test(where);
    const stand = await start((request, earlier) =>
      isRecordBatch(request.path) &&
      earlier.filter((before) => isRecordBatch(before.path)).length === 1
        ? { status: 400, message: 'Record at the position 2 objectID=x is too big' }
        : undefined,
    );
    const previous = new Map([['/gammel#0', { objectID: '/gammel#0', content: 'forrige indeks' }]]);
    stand.indices.set(indexName, { settings: {}, synonyms: new Map(), records: previous });

    const attempt = index(stand.url);
    await expect(attempt).rejects.toThrow(
      'replacing the records of "verktoykassa" failed: Algolia answered 400: Record at the position 2 objectID=x is too big; the index keeps the records it had',
    );
    await attempt.catch((error: Error) => expect(error.message).not.toMatch(/\n/));
    expect([...stand.indices.get(indexName)!.records.values()]).toEqual([
      { objectID: '/gammel#0', content: 'forrige indeks' },
    ]);
    // The temporary index was deleted, and nothing was moved over the target.
    expect([...stand.indices.keys()]).toEqual([indexName]);
    expect(stand.requests.at(-1)!.method).toBe('DELETE');
    expect(
      stand.requests.some(
        (request) => (request.body as { operation?: string })?.operation === 'move',
      ),
    ).toBe(false);
  });

  it('says which step failed when the settings are refused, before any record is sent', async () => {
    const stand = await start((request) =>
      request.path.endsWith('/settings')
        ? { status: 400, message: 'Invalid value for attributesForFaceting' }
        : undefined,
    );
    await expect(index(stand.url)).rejects.toThrow(
      'saving the index settings of "verktoykassa" failed: Algolia answered 400: Invalid value for attributesForFaceting; no records were changed',
    );
    expect(stand.requests).toHaveLength(1);
  });

  it('names every missing variable before reading the build or calling Algolia', async () => {
    const stand = await start();
    await expect(
      index(stand.url, { env: { ALGOLIA_APP_ID: appId, ALGOLIA_ADMIN_API_KEY: ' ' } }),
    ).rejects.toThrow(
      'ALGOLIA_ADMIN_API_KEY, ALGOLIA_INDEX_NAME are not set; npm run search:algolia needs ALGOLIA_APP_ID, ALGOLIA_ADMIN_API_KEY and ALGOLIA_INDEX_NAME',
    );
    expect(stand.requests).toHaveLength(0);
  });

  it('refuses a build that lacks a locale, which a full replace would drop from the index', async () => {
    const stand = await start();
    await expect(
      index(stand.url, { site: { ...site, locales: ['nb', 'en', 'de'] } }),
    ).rejects.toThrow(/has no built site for locale "de"; run npm run build \(every locale\)/);
    expect(stand.requests).toHaveLength(0);
  });
});

describe('ALGOLIA_HOST', () => {
  const base = {
    ALGOLIA_APP_ID: appId,
    ALGOLIA_ADMIN_API_KEY: adminApiKey,
    ALGOLIA_INDEX_NAME: indexName,
  };

  it('is optional, and takes https anywhere and http only to this machine', () => {
    expect(algoliaTargetFrom(base).host).toBeUndefined();
    expect(algoliaTargetFrom({ ...base, ALGOLIA_HOST: 'https://proxy.example.no' }).host).toEqual({
      url: 'proxy.example.no',
      protocol: 'https',
    });
    expect(algoliaTargetFrom({ ...base, ALGOLIA_HOST: 'http://127.0.0.1:7700' }).host).toEqual({
      url: '127.0.0.1',
      protocol: 'http',
      port: 7700,
    });
    expect(() => algoliaTargetFrom({ ...base, ALGOLIA_HOST: 'http://proxy.example.no' })).toThrow(
      'ALGOLIA_HOST "http://proxy.example.no" must use https (http only to this machine, for tests), so the admin key is never sent in clear',
    );
    expect(() => algoliaTargetFrom({ ...base, ALGOLIA_HOST: 'proxy' })).toThrow(
      /is not an address/,
    );
    expect(() =>
      algoliaTargetFrom({ ...base, ALGOLIA_HOST: 'https://proxy.example.no/1' }),
    ).toThrow(/must be a host alone/);
  });
});

describe('the command, as CI runs it', () => {
  const tsx = path.join(siteRoot, 'node_modules/.bin/tsx');

  /** Runs the script in a child process with only the given Algolia variables, never the caller's. */
  async function run(env: Record<string, string>, args: string[] = []) {
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('ALGOLIA_')),
    );
    try {
      const { stdout, stderr } = await promisify(execFile)(
        tsx,
        ['scripts/searchAlgolia.ts', siteDir, '--out-dir', 'built', '--batch-size', '7', ...args],
        { cwd: siteRoot, env: { ...inherited, ...env } },
      );
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  it('indexes the build, exits 0 and never prints the admin key', async () => {
    const stand = await start();
    const result = await run(environment(stand.url));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^search:algolia: \d+ records saved in \d+ batches, and "verktoykassa" replaced$/m,
    );
    expect(`${result.stdout}${result.stderr}`).not.toContain(adminApiKey);
    expect(recordsOf(stand).length).toBeGreaterThan(30);
  }, 30_000);

  it('fails with one line, no stack trace and no admin key when Algolia refuses', async () => {
    const stand = await start((request) =>
      request.path.endsWith('/batch') && !request.path.includes('synonyms')
        ? { status: 400, message: `Invalid key ${adminApiKey} for this operation` }
        : undefined,
    );
    const result = await run(environment(stand.url));
    expect(result.code).toBe(1);
    const errorLines = result.stderr.trim().split('\n');
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatch(
      /^search:algolia: replacing the records of "verktoykassa" failed: Algolia answered 400: Invalid key \S+ for this operation; the index keeps the records it had$/,
    );
    expect(`${result.stdout}${result.stderr}`).not.toContain(adminApiKey);
  }, 30_000);

  it('fails with one line naming the missing variable', async () => {
    const result = await run({ ALGOLIA_APP_ID: appId, ALGOLIA_INDEX_NAME: indexName });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'search:algolia: ALGOLIA_ADMIN_API_KEY is not set; npm run search:algolia needs ALGOLIA_APP_ID, ALGOLIA_ADMIN_API_KEY and ALGOLIA_INDEX_NAME\n',
    );
  }, 30_000);
});

describe('the admin key and the built site', () => {
  /** Everything that goes into build/: the config and the code it loads, and the browser's code. */
  function filesOfTheSite(): string[] {
    const folders = ['src', 'plugins', 'static', 'i18n'];
    return [
      'docusaurus.config.ts',
      'organisation.ts',
      ...folders.flatMap((folder) =>
        readdirSync(path.join(siteRoot, folder), { recursive: true, encoding: 'utf8' })
          .filter(
            (name) => /\.(ts|tsx|js|mjs|json|css|html)$/.test(name) && !/\.test\.tsx?$/.test(name),
          )
          .map((name) => path.join(folder, name)),
      ),
    ];
  }

  it('is read by the indexer alone, never by the site config or code that is built', () => {
    const readers = filesOfTheSite().filter((file) =>
      readFileSync(path.join(siteRoot, file), 'utf8').includes('ALGOLIA_ADMIN_API_KEY'),
    );
    expect(readers).toEqual([]);
    expect(readFileSync(path.join(__dirname, 'push.ts'), 'utf8')).toContain(
      'ALGOLIA_ADMIN_API_KEY',
    );
  });
});
