import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin, PluginModule } from '@docusaurus/types';
import type { Options as DocsOptions, VersionOptions } from '@docusaurus/plugin-content-docs';
import { normalizeUrl } from '@docusaurus/utils';
import { splitContentFile } from '../../src/domain/content/frontMatter';
import type { ContentProblem } from '../../src/domain/content/problems';
import { isDocFrontMatter } from '../../src/domain/content/validated';
import { checkWith } from '../../src/domain/content/validation';
import { parseYamlMapping } from '../../src/domain/content/yaml';
import {
  compareEditions,
  readableParagraphs,
  type EditionPage,
} from '../../src/domain/editions/changes';
import { editionRecordProblems } from '../../src/domain/editions/editions';
import { editionsFileSchema, type Edition } from '../../src/domain/editions/schema';
import type {
  EditionOverviewData,
  EditionSummary,
  WhatChangedData,
} from '../../src/domain/editions/views';
import { readVersions } from '../content-model';
import { siteContentChecks, type ContentChecks } from '../shared/contentChecks';
import remarkEditions, { type EditionModules } from './remark';

/** The draft's name in URLs and data: Docusaurus calls it the "current" version. */
export const draftPath = 'utkast';

/** Where an edition (its year, or `utkast`) is printed whole: title page, contents, every page. */
export function printPathOf(baseUrl: string, edition: string): string {
  return normalizeUrl([baseUrl, 'utgaver', edition, 'utskrift']);
}

type LoadedDoc = {
  id: string;
  title: string;
  description: string;
  permalink: string;
  source: string;
  frontMatter: Record<string, unknown>;
};
type LoadedVersion = { versionName: string; label: string; path: string; docs: LoadedDoc[] };
type DocsContent = { loadedVersions: LoadedVersion[] };

export type EditionsOptions = {
  siteDir: string;
  /** The docs instance whose versions are the adopted editions. */
  docsPluginId: string;
  /** Who adopted each edition, when and under which case reference. */
  recordsFile?: string;
  checks?: ContentChecks;
};

/** The records file, checked; problems are reported with everyone else's. */
export function readEditionRecords(
  siteDir: string,
  recordsFile: string,
  versions: readonly string[],
): { records: Edition[]; problems: ContentProblem[] } {
  const file = path.join(siteDir, recordsFile);
  if (!existsSync(file)) {
    return versions.length === 0
      ? { records: [], problems: [] }
      : {
          records: [],
          problems: [
            {
              file: recordsFile,
              field: '',
              message: 'is missing; every edition needs a record of its adoption',
            },
          ],
        };
  }
  const parsed = parseYamlMapping(recordsFile, readFileSync(file, 'utf8'), {
    what: 'the file',
    firstLine: 1,
  });
  if (parsed.problems.length > 0) return { records: [], problems: parsed.problems };
  const result = checkWith(recordsFile, editionsFileSchema, parsed.data);
  if (!result.ok) return { records: [], problems: result.problems };
  return {
    records: result.value.editions,
    problems: editionRecordProblems(recordsFile, result.value.editions, versions),
  };
}

function sidebarPosition(doc: LoadedDoc): number {
  const position = doc.frontMatter.sidebar_position;
  return typeof position === 'number' ? position : Number.MAX_SAFE_INTEGER;
}

/** A page of an edition as text to compare: what the reader sees, facts included. */
function editionPage(siteDir: string, doc: LoadedDoc): EditionPage | undefined {
  const frontMatter = doc.frontMatter;
  if (!isDocFrontMatter(frontMatter)) return undefined;
  if (frontMatter.kind !== 'retningslinje' && frontMatter.kind !== 'postulater') return undefined;
  const file = path.join(siteDir, doc.source.replace(/^@site\//, ''));
  const { body } = splitContentFile(readFileSync(file, 'utf8'));
  const facts = [frontMatter.description];
  if (frontMatter.kind === 'retningslinje') {
    facts.push(`Rettsgrunnlag: ${frontMatter.legal_basis.map((law) => law.title).join('; ')}`);
  } else {
    facts.push(
      ...frontMatter.postulates.map(
        (postulate) => `${postulate.title}: ${postulate.statement} ${postulate.explanation}`,
      ),
    );
  }
  return { id: doc.id, title: doc.title, paragraphs: [...facts, ...readableParagraphs(body)] };
}

/**
 * The adopted editions of the guidelines. Docusaurus's docs versioning keeps
 * the text of each edition; this plugin adds what versioning does not know:
 *  - who adopted each edition, when and under which case reference
 *    (`data/utgaver.yml`, checked against versions.json);
 *  - /utgaver, the list of editions, and /utgaver/<edition>/hva-er-endret, the
 *    pages added, removed and changed against the edition before, with the
 *    changed words marked; generated at build time from the versioned sources;
 *  - /utgaver/<edition>/utskrift, the edition's guidelines and postulates on one
 *    page with a title page and contents, for paper and `npm run pdf`;
 *  - `<EditionOverview />` for an edition's start page (./remark.ts).
 */
export default function editions({
  siteDir,
  docsPluginId,
  recordsFile = 'data/utgaver.yml',
  checks = siteContentChecks,
}: EditionsOptions) {
  const versions = readVersions(siteDir, docsPluginId);
  const modules: EditionModules = { overviews: new Map() };

  /** Version labels, paths and banners: the draft is marked unreleased, older editions unmaintained. */
  function versionOptions(included?: readonly string[]): Partial<DocsOptions> {
    const built = included ? versions.filter((version) => included.includes(version)) : versions;
    const latest = built[0];
    const options: Record<string, VersionOptions> = {
      current: latest
        ? { label: 'Utkast', path: draftPath, banner: 'unreleased' }
        : { label: 'Utkast', banner: 'none' },
    };
    for (const version of built) {
      options[version] =
        version === latest
          ? { label: `Utgave ${version}`, banner: 'none' }
          : { label: `Utgave ${version}`, path: version, banner: 'unmaintained' };
    }
    return {
      versions: options,
      ...(latest ? { lastVersion: latest } : {}),
      onlyIncludeVersions: ['current', ...built],
    };
  }

  function editionsPlugin(
    context: LoadContext,
  ): Plugin<{ records: Edition[]; problems: ContentProblem[] }> {
    const locale = context.i18n.currentLocale;
    // Registered when Docusaurus creates the plugin, so only plugins in the config are awaited.
    const source = checks.source('editions');
    return {
      name: 'verktoykassa-editions',

      getPathsToWatch() {
        return [path.join(siteDir, recordsFile)];
      },

      async loadContent() {
        return readEditionRecords(siteDir, recordsFile, versions);
      },

      async allContentLoaded({ allContent, actions }) {
        const own = allContent['verktoykassa-editions']?.default as
          { records: Edition[]; problems: ContentProblem[] } | undefined;
        source.submit(own?.problems ?? []);
        const docs = allContent['docusaurus-plugin-content-docs']?.[docsPluginId] as
          DocsContent | undefined;
        if (!own || !docs) return;
        const recordOf = new Map(own.records.map((record) => [record.edition, record]));
        // Newest first: the draft, then the editions as versions.json lists them.
        const loaded = [...docs.loadedVersions].sort(
          (a, b) => order(a.versionName) - order(b.versionName),
        );
        const latest = loaded.find((version) => version.versionName !== 'current');
        const base = (...parts: string[]) => normalizeUrl([context.baseUrl, ...parts]);
        const nameOf = (version: LoadedVersion) =>
          version.versionName === 'current' ? draftPath : version.versionName;

        const summaries: EditionSummary[] = loaded.map((version, index) => {
          const previous = loaded[index + 1];
          return {
            name: nameOf(version),
            label: version.label,
            path: version.path,
            record: recordOf.get(version.versionName) ?? null,
            isDraft: version.versionName === 'current',
            isLatest: version === latest,
            changesPath: previous ? base('utgaver', nameOf(version), 'hva-er-endret') : null,
            previousLabel: previous?.label ?? null,
          };
        });

        const write = (name: string, data: unknown) =>
          actions.createData(`${locale}/${name}`, JSON.stringify(data));
        // Small (one entry per edition), and the version banner on every old page needs it.
        actions.setGlobalData({ docsPluginId, editions: summaries });
        actions.addRoute({
          path: base('utgaver'),
          component: '@site/src/components/Editions/EditionsPage',
          modules: { editions: await write('editions.json', summaries) },
          exact: true,
        });

        const pagesOf = new Map(
          loaded.map((version) => [
            version,
            // In the order of the edition's sidebar.
            [...version.docs]
              .sort(
                (a, b) =>
                  sidebarPosition(a) - sidebarPosition(b) || a.title.localeCompare(b.title, 'nb'),
              )
              .flatMap((doc) => {
                const page = editionPage(siteDir, doc);
                return page
                  ? [
                      {
                        page,
                        permalink: doc.permalink,
                        description: doc.description,
                        source: doc.source,
                      },
                    ]
                  : [];
              }),
          ]),
        );
        modules.overviews.clear();
        for (const [index, version] of loaded.entries()) {
          const summary = summaries[index]!;
          const pages = pagesOf.get(version)!;
          const overview = await write(`overview-${summary.name}.json`, {
            edition: summary,
            pages: pages.map(({ page, permalink, description }) => ({
              title: page.title,
              permalink,
              description,
            })),
          } satisfies EditionOverviewData);
          modules.overviews.set(version.versionName, overview);
          // The whole edition on one page, for paper and the archive (npm run pdf). Each
          // page's own MDX module, compiled once for its page, is rendered again here.
          actions.addRoute({
            path: printPathOf(context.baseUrl, summary.name),
            component: '@site/src/components/Editions/EditionPrintPage',
            modules: { overview, docs: pages.map(({ source }) => ({ content: source })) },
            exact: true,
          });
          const previous = loaded[index + 1];
          if (!previous || !summary.changesPath) continue;
          const before = pagesOf.get(previous)!;
          const linkOf = (list: typeof pages) =>
            new Map(list.map(({ page, permalink }) => [page.id, permalink]));
          actions.addRoute({
            path: summary.changesPath,
            component: '@site/src/components/Editions/WhatChangedPage',
            modules: {
              changes: await write(`changes-${summary.name}.json`, {
                edition: summary,
                changes: compareEditions(
                  before.map(({ page }) => page),
                  pages.map(({ page }) => page),
                ),
                links: Object.fromEntries(linkOf(pages)),
                previousLinks: Object.fromEntries(linkOf(before)),
              } satisfies WhatChangedData),
            },
            exact: true,
          });
        }
      },
    };
  }

  function order(versionName: string): number {
    return versionName === 'current' ? -1 : versions.indexOf(versionName);
  }

  return {
    versionOptions,
    plugin: editionsPlugin as PluginModule,
    remarkPlugin: [remarkEditions, { modules }] as [
      typeof remarkEditions,
      { modules: EditionModules },
    ],
  };
}
