import type { ContentLayout } from '../content/location';
import { splitContentFile } from '../content/frontMatter';
import type { ContentProblem } from '../content/problems';
import { sourceOfTranslation } from '../content/translation';
import { parseYamlMapping } from '../content/yaml';

/**
 * `.github/CODEOWNERS` made from the content: every page, tree and checklist
 * names its owning unit in `owner`, and organisation.ts gives each unit a Git
 * team. A pull request that changes a page then asks that unit's team for a
 * review. One line per file, grouped in sections by folder and owner, so the
 * file says exactly who reviews what; everything else (code, settings, the
 * news, which have authors rather than an owner) belongs to the competence centre.
 */

/** A file as read from disk: its path from the site folder and its text. */
export type SourceFile = { path: string; text: string };

/** A content file and the unit that owns it. */
export type OwnedFile = { path: string; owner: string };

/** The command that writes the file, for headers and messages. */
export const codeOwnersCommand = 'npm run codeowners';
export const codeOwnersPath = '.github/CODEOWNERS';

/** The sections of the file, in order; a file goes in the first section whose folder holds it. */
const sections: readonly { title: string; matches: (path: string) => boolean }[] = [
  {
    title: 'Retningslinjer og postulater, utkastet (retningslinjer/)',
    matches: within('retningslinjer/'),
  },
  {
    title: 'Vedtatte utgaver av retningslinjene (retningslinjer_versioned_docs/)',
    matches: within('retningslinjer_versioned_docs/'),
  },
  { title: 'Veiledninger (docs/veiledninger/)', matches: within('docs/veiledninger/') },
  { title: 'Verktøyvurderinger (docs/verktoy/)', matches: within('docs/verktoy/') },
  { title: 'Andre sider (docs/)', matches: within('docs/') },
  { title: 'Beslutningstrær (data/beslutningstraer/)', matches: within('data/beslutningstraer/') },
  { title: 'Sjekklister (data/sjekklister/)', matches: within('data/sjekklister/') },
  {
    title: 'Oversettelser (i18n/): samme eier som siden de oversetter',
    matches: within('i18n/'),
  },
  { title: 'Annet innhold', matches: () => true },
];

function within(folder: string): (path: string) => boolean {
  return (path) => path.startsWith(folder);
}

/** Docusaurus's partials (`_name.mdx`, `_folder/`) are parts of pages, owned with the code. */
function isPartial(path: string): boolean {
  return path.split('/').some((segment) => segment.startsWith('_'));
}

function ownerField(file: SourceFile): { owner?: string; problems: ContentProblem[] } {
  const isYaml = /\.ya?ml$/.test(file.path);
  const yaml = isYaml ? file.text : splitContentFile(file.text).yaml;
  if (yaml === undefined) return { problems: [] };
  const { data, problems } = parseYamlMapping(file.path, yaml, {
    what: isYaml ? 'the file' : 'the frontmatter',
    firstLine: isYaml ? 1 : 2,
  });
  const owner = typeof data.owner === 'string' ? data.owner.trim() : undefined;
  return owner ? { owner, problems } : { problems };
}

/**
 * The owner of every content file, and a problem for each file whose owner is
 * not a unit of organisation.ts or that has none. A translation is owned by
 * the unit that owns its source (its own `owner` is a translation of that name).
 *
 * @param files the pages (docs, guidelines, editions, translations) and the trees and checklists
 * @param units the units of organisation.ts
 */
export function contentOwners(
  files: readonly SourceFile[],
  units: readonly string[],
  layout: ContentLayout,
): { owned: OwnedFile[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const ownerByPath = new Map<string, string>();
  const translations: SourceFile[] = [];
  const known = `enhetene i organisation.ts er ${units.join(', ')}`;

  for (const file of files) {
    if (isPartial(file.path)) continue;
    if (file.path.startsWith('i18n/')) {
      translations.push(file);
      continue;
    }
    const { owner, problems: yamlProblems } = ownerField(file);
    problems.push(...yamlProblems);
    if (yamlProblems.length > 0) continue;
    if (owner === undefined) {
      problems.push({
        file: file.path,
        field: 'owner',
        message: `mangler: skriv enheten som eier filen; ${known}`,
      });
    } else if (!units.includes(owner)) {
      problems.push({
        file: file.path,
        field: 'owner',
        message: `"${owner}" er ikke en enhet i organisation.ts, så ingen ville blitt bedt om å se over endringer i filen; ${known}. En ny enhet legges til under units i organisation.ts, med Git-teamet sitt`,
      });
    } else {
      ownerByPath.set(file.path, owner);
    }
  }

  const paths = new Set(files.map((file) => file.path));
  for (const translation of translations) {
    const source = sourceOfTranslation(translation.path, layout);
    if (source === undefined) continue;
    const owner = ownerByPath.get(source);
    if (owner !== undefined) ownerByPath.set(translation.path, owner);
    else if (!paths.has(source)) {
      problems.push({
        file: translation.path,
        field: '',
        message: `oversetter ${source}, som ikke finnes; gi oversettelsen riktig navn eller fjern den`,
      });
    }
    // A source with an owner problem is reported once, for the source.
  }

  const owned = [...ownerByPath]
    .map(([path, owner]) => ({ path, owner }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { owned, problems };
}

/**
 * The text of `.github/CODEOWNERS`. GitHub lets the last matching line win,
 * so the catch-all for the competence centre comes first.
 *
 * @param teams the Git team of each unit (organisation.ts `units`)
 * @param defaultOwner the unit that owns everything that is not content (the competence centre)
 */
export function codeOwnersText(
  owned: readonly OwnedFile[],
  teams: Readonly<Record<string, string>>,
  defaultOwner: string,
): string {
  const lines = [
    `# Generert av \`${codeOwnersCommand}\` fra feltet owner i innholdet og units i organisation.ts.`,
    '# Ikke rediger filen for hånd: endre eieren i innholdsfilen (eller teamet i organisation.ts)',
    `# og kjør \`${codeOwnersCommand}\`. Den siste linjen som passer en fil, bestemmer hvem som eier den.`,
    '',
    `# Alt som ikke er innhold (kode, oppsett, nyheter): ${defaultOwner}`,
    `* ${teams[defaultOwner] ?? ''}`.trimEnd(),
  ];
  const remaining = [...owned];
  for (const section of sections) {
    const inSection = remaining.filter((file) => section.matches(file.path));
    if (inSection.length === 0) continue;
    for (const file of inSection) remaining.splice(remaining.indexOf(file), 1);
    lines.push('', `# ${section.title}`);
    const owners = [...new Set(inSection.map((file) => file.owner))].sort((a, b) =>
      a.localeCompare(b, 'nb'),
    );
    for (const owner of owners) {
      lines.push(`## ${owner}`);
      for (const file of inSection.filter((candidate) => candidate.owner === owner)) {
        lines.push(`/${file.path} ${teams[owner] ?? ''}`.trimEnd());
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
