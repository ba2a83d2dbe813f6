import type { ContentProblem } from './problems';
import type { DocFrontMatter } from './schemas';
import type { ContentLayout } from './location';

/**
 * Translations must say the same facts as their source: a reader of the
 * English page is bound by the same status, dates and postulates as a reader
 * of the Norwegian one. Only words may differ.
 */

/** The source file a translation translates, or undefined if the path is not a translation of a doc. */
export function sourceOfTranslation(
  translation: string,
  layout: ContentLayout,
): string | undefined {
  const match =
    /^i18n\/[^/]+\/docusaurus-plugin-content-docs(?:-([^/]+))?\/(current|version-[^/]+)\/(.+)$/.exec(
      translation,
    );
  if (!match) return undefined;
  const [, pluginId = 'default', versionFolder, rest] = match;
  const instance = layout.docs.find((candidate) => candidate.pluginId === pluginId);
  if (!instance) return undefined;
  if (versionFolder === 'current') return `${instance.path}/${rest}`;
  const versioned = pluginId === 'default' ? 'versioned_docs' : `${pluginId}_versioned_docs`;
  return `${versioned}/${versionFolder}/${rest}`;
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

/** Where a translation's facts differ from its source's; one problem per fact. */
export function translationProblems(
  file: string,
  translation: DocFrontMatter,
  sourceFile: string,
  source: DocFrontMatter,
): ContentProblem[] {
  const facts = (page: DocFrontMatter): Record<string, unknown> => ({
    kind: page.kind,
    status: page.status,
    last_reviewed: page.last_reviewed,
    review_interval_months: page.review_interval_months,
    next_review: page.next_review,
    ...(page.kind === 'retningslinje'
      ? {
          // Who adopted it may be translated ("Kommunedirektøren"); when and under which case may not.
          'adoption (date, case_ref)': page.adoption
            ? [page.adoption.date, page.adoption.case_ref]
            : undefined,
          'legal_basis (addresses)': page.legal_basis.map((law) => law.url ?? null),
        }
      : {}),
    ...(page.kind === 'postulater'
      ? { 'postulates (ids)': page.postulates.map((postulate) => postulate.id) }
      : {}),
  });
  const translated = facts(translation);
  const original = facts(source);
  return Object.keys({ ...original, ...translated }).flatMap((field): ContentProblem[] =>
    JSON.stringify(translated[field]) === JSON.stringify(original[field])
      ? []
      : [
          {
            file,
            field,
            message: `${describe(translated[field])} differs from ${sourceFile} (${describe(original[field])}); a translation keeps the facts of its source`,
          },
        ],
  );
}
