import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, ParseFrontMatter, Plugin, PluginModule } from '@docusaurus/types';
import {
  readFrontMatter,
  splitContentFile,
  type ContentModelContext,
  type FrontMatterReading,
} from '../../src/domain/content/frontMatter';
import {
  contentPlace,
  isMarkdownFile,
  type ContentLayout,
} from '../../src/domain/content/location';
import type { ContentProblem } from '../../src/domain/content/problems';
import { decodedTextProblems, parseYamlMapping } from '../../src/domain/content/yaml';
import { siteContentChecks, type ContentChecks } from '../shared/contentChecks';
import { ContentProblemsError, failWithProblems } from './report';

export { ContentProblemsError } from './report';

export type ContentModelOptions = {
  siteDir: string;
  locales: readonly string[];
  defaultLocale: string;
  /** The docs plugin instances: their id and folder. Versions are read from their versions file. */
  docs: readonly { pluginId: string; path: string }[];
  blogPath: string;
  /** Where other plugins hand in their problems; the site's own by default. */
  checks?: ContentChecks;
};

export type ContentModel = {
  /** For `markdown.parseFrontMatter` in the site config. */
  parseFrontMatter: ParseFrontMatter;
  /** Reports every content problem of a load in one list, and fails the build if there is one. */
  plugin: PluginModule;
  /** How often each file's frontmatter was validated, by site-relative path. */
  validationCounts: () => ReadonlyMap<string, number>;
};

function readVersions(siteDir: string, pluginId: string): string[] {
  const file = path.join(
    siteDir,
    pluginId === 'default' ? 'versions.json' : `${pluginId}_versions.json`,
  );
  if (!existsSync(file)) return [];
  const versions: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return Array.isArray(versions) ? versions.filter((v): v is string => typeof v === 'string') : [];
}

/** The keys of blog/authors.yml or blog/tags.yml: the names a post may use. */
function yamlKeys(file: string): string[] {
  if (!existsSync(file)) return [];
  const { data } = parseYamlMapping(file, readFileSync(file, 'utf8'), {
    what: 'the file',
    firstLine: 1,
  });
  return Object.keys(data);
}

/** Folders where Docusaurus finds Markdown that may sit in a place the model does not know. */
function markdownFilesOutsideWorkingCopies(siteDir: string): string[] {
  const roots = readdirSync(siteDir).filter(
    (name) => name === 'i18n' || name.endsWith('versioned_docs'),
  );
  roots.push(path.join('src', 'pages'));
  return roots.flatMap((root) => {
    const directory = path.join(siteDir, root);
    if (!existsSync(directory)) return [];
    return readdirSync(directory, { recursive: true, encoding: 'utf8' })
      .map((name) => `${root}/${name}`.split(path.sep).join('/'))
      .filter(isMarkdownFile);
  });
}

/**
 * The content model at build time. Every Markdown file's frontmatter passes
 * through `parseFrontMatter` here exactly once per build: Docusaurus asks for
 * it when it loads the content and again when it compiles the page, and the
 * second time gets the first answer. A file with problems gets empty
 * frontmatter, so loading goes on and every problem of every file is reported
 * together when loading ends, once, without stack traces.
 */
export default function createContentModel(options: ContentModelOptions): ContentModel {
  const checks = options.checks ?? siteContentChecks;
  const layout: ContentLayout = {
    locales: options.locales,
    defaultLocale: options.defaultLocale,
    blogPath: options.blogPath,
    docs: options.docs.map((instance) => ({
      ...instance,
      versions: readVersions(options.siteDir, instance.pluginId),
    })),
  };
  const context: ContentModelContext = {
    layout,
    blog: {
      authors: yamlKeys(path.join(options.siteDir, options.blogPath, 'authors.yml')),
      tags: yamlKeys(path.join(options.siteDir, options.blogPath, 'tags.yml')),
    },
  };
  const readings = new Map<string, { hash: string; reading: FrontMatterReading }>();
  const textProblems = new Map<string, ContentProblem[]>();
  const counts = new Map<string, number>();
  const siteRelative = (filePath: string) =>
    path.relative(options.siteDir, filePath).split(path.sep).join('/');

  const parseFrontMatter: ParseFrontMatter = async ({ filePath, fileContent }) => {
    const file = siteRelative(filePath);
    const { yaml, body } = splitContentFile(fileContent);
    // Keyed by the frontmatter text: Docusaurus passes blog list pages a truncated body.
    const hash = createHash('sha1')
      .update(yaml ?? '')
      .digest('base64');
    let entry = readings.get(file);
    if (entry?.hash !== hash) {
      entry = { hash, reading: readFrontMatter(file, yaml, context) };
      readings.set(file, entry);
      counts.set(file, (counts.get(file) ?? 0) + 1);
    }
    const badText = decodedTextProblems(file, fileContent);
    if (badText.length > 0) {
      textProblems.set(file, badText);
      return { frontMatter: {}, content: body };
    }
    textProblems.delete(file);
    return { frontMatter: entry.reading.frontMatter, content: body };
  };

  /** Problems of the files read so far that are still there (a deleted file's problems go with it). */
  const frontMatterProblems = (): ContentProblem[] =>
    [...readings].flatMap(([file, { reading }]) =>
      existsSync(path.join(options.siteDir, file))
        ? [...(textProblems.get(file) ?? []), ...reading.problems]
        : [],
    );

  function contentModelPlugin(siteContext: LoadContext): Plugin<ContentProblem[]> {
    return {
      name: 'verktoykassa-content-model',

      async loadContent() {
        // Files in folders Docusaurus never reads would otherwise be skipped without a word.
        return markdownFilesOutsideWorkingCopies(options.siteDir).flatMap((file) => {
          const place = contentPlace(file, layout);
          return place.role === 'unknown' ? [{ file, field: '', message: place.reason }] : [];
        });
      },

      async allContentLoaded({ allContent }) {
        const ownContent = allContent['verktoykassa-content-model']?.default as
          ContentProblem[] | undefined;
        const fromOtherPlugins = await checks.collect();
        const problems = [...(ownContent ?? []), ...frontMatterProblems(), ...fromOtherPlugins];
        if (problems.length > 0) failWithProblems(new ContentProblemsError(problems));
      },

      async postBuild() {
        // A record for the test that proves each file is validated once per build of a locale.
        const folder = path.join(siteContext.generatedFilesDir, 'verktoykassa-content-model');
        mkdirSync(folder, { recursive: true });
        writeFileSync(
          path.join(folder, `validations-${siteContext.i18n.currentLocale}.json`),
          `${JSON.stringify(Object.fromEntries(counts), null, 2)}\n`,
        );
      },
    };
  }

  return {
    parseFrontMatter,
    plugin: contentModelPlugin as PluginModule,
    validationCounts: () => counts,
  };
}
