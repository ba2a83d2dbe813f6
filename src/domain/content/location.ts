/**
 * Which part of the content model a Markdown file belongs to, decided by where
 * it lives. Docusaurus reads content from several kinds of folder (the working
 * docs, the versioned editions, their translations, the blog); a file anywhere
 * else would be skipped silently or read without checks, so it is a problem
 * that names the file.
 */

/** One docs plugin instance: its folder and the editions (versions) it has published. */
export type DocsInstance = {
  /** Docusaurus's plugin id: `default` for the main instance. */
  pluginId: string;
  /** The folder of the working copy, e.g. `docs`. */
  path: string;
  /** The published versions, as listed in versions.json (newest first). */
  versions: readonly string[];
};

/** Where content can live in this site. */
export type ContentLayout = {
  locales: readonly string[];
  defaultLocale: string;
  docs: readonly DocsInstance[];
  /** The blog's folder, e.g. `blog`. */
  blogPath: string;
};

export type ContentPlace =
  | { role: 'doc'; pluginId: string; version: string; locale: string }
  | { role: 'blog-post'; locale: string }
  /** Docusaurus's partials (`_name.mdx`, or in a `_folder/`): imported by pages, not pages. */
  | { role: 'partial' }
  | { role: 'unknown'; reason: string };

const markdownFile = /\.mdx?$/;

/** Docusaurus's folder names for a docs instance's translations and editions. */
function docsTranslationFolder(pluginId: string): string {
  return pluginId === 'default'
    ? 'docusaurus-plugin-content-docs'
    : `docusaurus-plugin-content-docs-${pluginId}`;
}

function versionedFolder(pluginId: string): string {
  return pluginId === 'default' ? 'versioned_docs' : `${pluginId}_versioned_docs`;
}

function isPartial(segments: readonly string[]): boolean {
  return segments.some((segment) => segment.startsWith('_'));
}

function withinFolder(path: string, folder: string): string | undefined {
  return path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : undefined;
}

function describeList(values: readonly string[]): string {
  return values.length > 0 ? values.join(', ') : 'none yet';
}

/**
 * @param siteRelativePath path from the site folder with forward slashes, e.g. `docs/ordliste.mdx`
 */
export function contentPlace(siteRelativePath: string, layout: ContentLayout): ContentPlace {
  const segments = siteRelativePath.split('/');
  if (isPartial(segments.slice(1))) return { role: 'partial' };

  for (const instance of layout.docs) {
    if (withinFolder(siteRelativePath, instance.path) !== undefined) {
      return {
        role: 'doc',
        pluginId: instance.pluginId,
        version: 'current',
        locale: layout.defaultLocale,
      };
    }
    const versioned = withinFolder(siteRelativePath, versionedFolder(instance.pluginId));
    if (versioned !== undefined) {
      const version = versionOf(versioned.split('/')[0] ?? '');
      if (version === undefined || !instance.versions.includes(version)) {
        return {
          role: 'unknown',
          reason: `is in ${versionedFolder(instance.pluginId)}/${versioned.split('/')[0]}/, which is not an edition in ${versionsFile(instance.pluginId)}; editions are ${describeList(instance.versions)}`,
        };
      }
      return { role: 'doc', pluginId: instance.pluginId, version, locale: layout.defaultLocale };
    }
  }
  if (withinFolder(siteRelativePath, layout.blogPath) !== undefined) {
    return { role: 'blog-post', locale: layout.defaultLocale };
  }

  const translated = withinFolder(siteRelativePath, 'i18n');
  if (translated !== undefined) return translatedPlace(translated, layout);

  return {
    role: 'unknown',
    reason: `is not in a content folder; pages go in ${layout.docs.map((instance) => `${instance.path}/`).join(' or ')}, news in ${layout.blogPath}/, translations in i18n/<language>/`,
  };
}

function versionOf(folder: string): string | undefined {
  return folder.startsWith('version-') ? folder.slice('version-'.length) : undefined;
}

function versionsFile(pluginId: string): string {
  return pluginId === 'default' ? 'versions.json' : `${pluginId}_versions.json`;
}

function translatedPlace(path: string, layout: ContentLayout): ContentPlace {
  const [locale = '', pluginFolder = '', versionFolder = ''] = path.split('/');
  const translationLocales = layout.locales.filter((code) => code !== layout.defaultLocale);
  if (!translationLocales.includes(locale)) {
    return {
      role: 'unknown',
      reason: `is in i18n/${locale}/, but "${locale}" is not a language of the site; translations go in ${translationLocales.map((code) => `i18n/${code}/`).join(', ')}`,
    };
  }
  if (pluginFolder === 'docusaurus-plugin-content-blog') return { role: 'blog-post', locale };

  const instance = layout.docs.find(
    (candidate) => docsTranslationFolder(candidate.pluginId) === pluginFolder,
  );
  if (!instance) {
    const folders = [
      ...layout.docs.map((candidate) => docsTranslationFolder(candidate.pluginId)),
      'docusaurus-plugin-content-blog',
    ];
    return {
      role: 'unknown',
      reason: `is in i18n/${locale}/${pluginFolder}/, which no part of the site reads; translations go in ${folders.map((folder) => `i18n/${locale}/${folder}/`).join(', ')}`,
    };
  }
  if (versionFolder === 'current') {
    return { role: 'doc', pluginId: instance.pluginId, version: 'current', locale };
  }
  const version = versionOf(versionFolder);
  if (version !== undefined && instance.versions.includes(version)) {
    return { role: 'doc', pluginId: instance.pluginId, version, locale };
  }
  return {
    role: 'unknown',
    reason: `is in i18n/${locale}/${pluginFolder}/${versionFolder}/, which is neither current/ nor an edition in ${versionsFile(instance.pluginId)} (editions are ${describeList(instance.versions)})`,
  };
}

/** True for the files Docusaurus reads as Markdown pages. */
export function isMarkdownFile(siteRelativePath: string): boolean {
  return markdownFile.test(siteRelativePath);
}
