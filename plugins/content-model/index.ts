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
import type { BlogVocabulary } from '../../src/domain/content/schemas';
import { decodedTextProblems, parseYamlMapping } from '../../src/domain/content/yaml';
import { siteContentChecks, type ContentChecks } from '../shared/contentChecks';
import { ContentProblemsError, failWithProblems } from './report';
import { sourceOfTranslation, translationProblems } from '../../src/domain/content/translation';

export { ContentProblemsError } from './report';

export type ContentModelOptions = {
  siteDir: string;
  locales: readonly string[];
  defaultLocale: string;
  /** The docs plugin instances: their id and folder. Versions are read from their versions file. */
  /**
   * The docs plugin instances: their id and folder. Versions are read from their
   * versions file. Pages of an instance marked `translated` must exist in every
   * language once they are adopted.
   */
  docs: readonly { pluginId: string; path: string; translated?: boolean }[];
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

/** The editions (versions) of a docs instance, newest first, as versions.json lists them. */
export function readVersions(siteDir: string, pluginId: string): string[] {
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

/** The authors and tags a blog post may name: the keys of authors.yml and tags.yml. */
export function readBlogVocabulary(siteDir: string, blogPath: string): BlogVocabulary {
  return {
    authors: yamlKeys(path.join(siteDir, blogPath, 'authors.yml')),
    tags: yamlKeys(path.join(siteDir, blogPath, 'tags.yml')),
  };
}

const unusedDefaultParser = async (): Promise<never> => {
  throw new Error('the content model parses frontmatter itself');
};

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
    blog: readBlogVocabulary(options.siteDir, options.blogPath),
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

  /**
   * Translations that state other facts than their source, and adopted pages of
   * a translated instance that have no translation, from the files read so far.
   */
  function translationFactProblems(): ContentProblem[] {
    const problems: ContentProblem[] = [];
    const translationLocales = layout.locales.filter((locale) => locale !== layout.defaultLocale);
    for (const [file, { reading }] of readings) {
      if (reading.role !== 'doc') continue;
      const source = sourceOfTranslation(file, layout);
      if (source !== undefined) {
        const sourceReading = readings.get(source)?.reading;
        if (sourceReading?.role === 'doc')
          problems.push(
            ...translationProblems(file, reading.frontMatter, source, sourceReading.frontMatter),
          );
        else if (!existsSync(path.join(options.siteDir, source)))
          problems.push({ file, field: '', message: `translates ${source}, which does not exist` });
        continue;
      }
      const place = contentPlace(file, layout);
      const instance = options.docs.find(
        (candidate) => place.role === 'doc' && candidate.pluginId === place.pluginId,
      );
      const adopted =
        reading.frontMatter.status !== 'utkast' && reading.frontMatter.kind !== 'side';
      if (!instance?.translated || !adopted) continue;
      for (const locale of translationLocales) {
        const translation = translationOf(file, locale);
        if (translation && !existsSync(path.join(options.siteDir, translation)))
          problems.push({
            file,
            field: '',
            message: `is adopted but has no ${locale} translation; add ${translation} (status utkast keeps a page untranslated while it is a draft)`,
          });
      }
    }
    return problems;
  }

  function translationOf(source: string, locale: string): string | undefined {
    for (const instance of layout.docs) {
      const folder =
        instance.pluginId === 'default'
          ? 'docusaurus-plugin-content-docs'
          : `docusaurus-plugin-content-docs-${instance.pluginId}`;
      if (source.startsWith(`${instance.path}/`))
        return `i18n/${locale}/${folder}/current/${source.slice(instance.path.length + 1)}`;
      const versioned =
        instance.pluginId === 'default' ? 'versioned_docs' : `${instance.pluginId}_versioned_docs`;
      if (source.startsWith(`${versioned}/`))
        return `i18n/${locale}/${folder}/${source.slice(versioned.length + 1)}`;
    }
    return undefined;
  }

  function contentModelPlugin(siteContext: LoadContext): Plugin<ContentProblem[]> {
    const isDefaultLocale = siteContext.i18n.currentLocale === layout.defaultLocale;
    return {
      name: 'verktoykassa-content-model',

      async loadContent() {
        const problems: ContentProblem[] = [];
        for (const file of markdownFilesOutsideWorkingCopies(options.siteDir)) {
          const place = contentPlace(file, layout);
          // Files in folders Docusaurus never reads would otherwise be skipped without a word.
          if (place.role === 'unknown') problems.push({ file, field: '', message: place.reason });
          // The default language's build reads the translations too, to hold them to their source.
          else if (place.role === 'doc' && place.locale !== layout.defaultLocale && isDefaultLocale)
            await parseFrontMatter({
              filePath: path.join(options.siteDir, file),
              fileContent: readFileSync(path.join(options.siteDir, file), 'utf8'),
              defaultParseFrontMatter: unusedDefaultParser,
            });
        }
        return problems;
      },

      async allContentLoaded({ allContent }) {
        const ownContent = allContent['verktoykassa-content-model']?.default as
          ContentProblem[] | undefined;
        const fromOtherPlugins = await checks.collect();
        const problems = [
          ...(ownContent ?? []),
          ...frontMatterProblems(),
          ...(isDefaultLocale ? translationFactProblems() : []),
          ...fromOtherPlugins,
        ];
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
