import type { IsoDate } from '../dates';
import {
  existingEntryWithSlug,
  kindOf,
  reservedAddress,
  scaffoldKindFacts,
  scaffoldKinds,
  scaffoldPath,
  type ReservedAddresses,
  type ScaffoldKind,
} from './kinds';
import { slugOf, slugPattern } from './slug';
import { scaffoldText } from './templates';

/** What the site has, as far as a new file needs to know; the command reads it from disk. */
export type ScaffoldSite = {
  today: IsoDate;
  /** The units of organisation.ts that may own content. */
  units: readonly string[];
  /** The owner of a new page when none is asked for: the competence centre. */
  defaultOwner: string;
  /** Keys of blog/authors.yml and blog/tags.yml, in file order. */
  authors: readonly string[];
  tags: readonly string[];
  /** Site-relative paths of the entries directly inside the folders in `scaffoldFolders`. */
  existing: readonly string[];
  reserved: ReservedAddresses;
};

export type ScaffoldPlan =
  | {
      ok: true;
      kind: ScaffoldKind;
      slug: string;
      /** The owning unit, or undefined for a news post. */
      owner: string | undefined;
      path: string;
      text: string;
    }
  | { ok: false; problems: string[] };

export const usage =
  'Bruk: npm run new -- <type> "<tittel>" [--owner "<enhet>"] [--slug <filnavn>] [--author <forfatter>] [--tag <emne>]';

/** The kinds, one per line, for the help text. */
export const kindHelp = [
  'retningslinje  en retningslinje (utkast) i retningslinjer/',
  'veiledning     en steg-for-steg-veiledning i docs/veiledninger/',
  'verktoy        en verktøyvurdering i docs/verktoy/',
  'side           en side i docs/, for eksempel en ordliste',
  'tre            et beslutningstre i data/beslutningstraer/',
  'sjekkliste     en sjekkliste i data/sjekklister/',
  'nyhet          en nyhet i blog/, datert i dag',
];

const options = ['--owner', '--slug', '--author', '--tag'] as const;
type Option = (typeof options)[number];

type CommandLine = { words: string[]; values: Record<Option, string[]>; problems: string[] };

function readCommandLine(args: readonly string[]): CommandLine {
  const values: Record<Option, string[]> = {
    '--owner': [],
    '--slug': [],
    '--author': [],
    '--tag': [],
  };
  const words: string[] = [];
  const problems: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (!arg.startsWith('--')) {
      words.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    if (!options.includes(name as Option)) {
      problems.push(`${name} er ikke et valg. Valgene er ${options.join(', ')}.`);
      continue;
    }
    const value = inline ?? args[index + 1];
    if (inline === undefined) index += value === undefined || value.startsWith('--') ? 0 : 1;
    if (value === undefined || value.startsWith('--') || value.trim() === '') {
      problems.push(`${name} trenger en verdi, for eksempel ${example[name as Option]}.`);
      continue;
    }
    values[name as Option].push(value.trim());
  }
  return { words, values, problems };
}

const example: Record<Option, string> = {
  '--owner': '--owner "Kommunikasjonsenheten"',
  '--slug': '--slug svar-pa-kommentarer',
  '--author': '--author silje-haugen',
  '--tag': '--tag kurs',
};

const quotedList = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

/**
 * Reads `npm run new`'s command line and decides what to write, or why not.
 * Every check comes before anything is written, and every problem is listed
 * at once; the caller writes the file only when the plan is ok.
 */
export function planNewFile(args: readonly string[], site: ScaffoldSite): ScaffoldPlan {
  const { words, values, problems } = readCommandLine(args);
  const [typedKind, ...titleWords] = words;

  let kind: ScaffoldKind | undefined;
  if (typedKind === undefined) {
    problems.push(`Skriv hva du vil lage. Velg en av: ${scaffoldKinds.join(', ')}.`);
  } else {
    const found = kindOf(typedKind);
    kind = found.kind;
    if (found.kind === undefined) {
      const hint = found.suggestion ? ` Mente du "${found.suggestion}"?` : '';
      problems.push(
        `Ukjent innholdstype "${typedKind}". Velg en av: ${scaffoldKinds.join(', ')}.${hint}`,
      );
    }
  }

  // Words after the kind are the title, so a title without quotes works too.
  const title = titleWords.join(' ').replace(/\s+/g, ' ').trim();
  if (typedKind !== undefined && title === '') {
    problems.push(
      `Mangler tittel. Skriv tittelen i anførselstegn etter typen, for eksempel: npm run new -- ${kind ?? 'veiledning'} "Slik svarer du på kommentarer"`,
    );
  }

  const [chosenSlug, ...extraSlugs] = values['--slug'];
  if (extraSlugs.length > 0) problems.push('Gi bare ett --slug.');
  let slug = chosenSlug ?? slugOf(title);
  if (chosenSlug !== undefined && !slugPattern.test(chosenSlug)) {
    problems.push(
      `Filnavnet "${chosenSlug}" kan bare ha små bokstaver a–z, tall og bindestreker mellom ordene, for eksempel svar-pa-kommentarer.`,
    );
    slug = '';
  } else if (chosenSlug === undefined && title !== '' && slug === '') {
    problems.push(
      `Tittelen "${title}" gir ikke noe filnavn, fordi den ikke har bokstaver eller tall. Skriv en tittel med ord, eller gi filnavnet med --slug.`,
    );
  }

  const facts = kind ? scaffoldKindFacts[kind] : undefined;
  const [chosenOwner, ...extraOwners] = values['--owner'];
  if (extraOwners.length > 0) problems.push('Gi bare én --owner.');
  const owner = chosenOwner ?? site.defaultOwner;
  if (facts && !facts.hasOwner && chosenOwner !== undefined) {
    problems.push('En nyhet har ingen eier, men forfattere: bruk --author i stedet for --owner.');
  } else if (chosenOwner !== undefined && !site.units.includes(chosenOwner)) {
    problems.push(
      `Ukjent eier "${chosenOwner}". Eieren må være en av enhetene i organisation.ts: ${quotedList(site.units)}. Er enheten ny, legg den og teamet dens til under units i organisation.ts.`,
    );
  }

  if (kind !== 'nyhet' && kind !== undefined) {
    for (const option of ['--author', '--tag'] as const) {
      if (values[option].length > 0) {
        problems.push(`${option} gjelder bare nyheter, ikke ${facts?.described}.`);
      }
    }
  }
  const authors = values['--author'].length > 0 ? values['--author'] : site.authors.slice(0, 1);
  const tags = values['--tag'].length > 0 ? values['--tag'] : site.tags.slice(0, 1);
  if (kind === 'nyhet') {
    const unknown = (chosen: readonly string[], known: readonly string[]) =>
      chosen.filter((value) => !known.includes(value));
    for (const author of unknown(values['--author'], site.authors)) {
      problems.push(
        `Ukjent forfatter "${author}". Velg en av forfatterne i blog/authors.yml: ${site.authors.join(', ')}.`,
      );
    }
    for (const tag of unknown(values['--tag'], site.tags)) {
      problems.push(
        `Ukjent emne "${tag}". Velg en av emnene i blog/tags.yml: ${site.tags.join(', ')}.`,
      );
    }
    if (authors.length === 0)
      problems.push('blog/authors.yml har ingen forfattere. Legg til en først.');
    if (tags.length === 0) problems.push('blog/tags.yml har ingen emner. Legg til et først.');
  }

  if (kind && facts && slug !== '') {
    const existing = existingEntryWithSlug(kind, slug, site.existing);
    if (existing !== undefined) {
      problems.push(
        `Filnavnet "${slug}" er allerede brukt: ${existing}. Velg en annen tittel, eller gi et annet filnavn med --slug.`,
      );
    }
    const address = reservedAddress(kind, slug, site.reserved);
    if (address !== undefined) {
      problems.push(
        `Filnavnet "${slug}" kan ikke brukes for ${facts.described}: adressen ${address} er allerede i bruk på nettstedet. Velg en annen tittel, eller gi et annet filnavn med --slug.`,
      );
    }
  }

  if (problems.length > 0 || kind === undefined)
    return { ok: false, problems: [...problems, usage] };
  return {
    ok: true,
    kind,
    slug,
    owner: scaffoldKindFacts[kind].hasOwner ? owner : undefined,
    path: scaffoldPath(kind, slug, site.today),
    text: scaffoldText({
      kind,
      title,
      slug,
      owner,
      today: site.today,
      authors,
      tags,
      tagsChosenForWriter: values['--tag'].length === 0,
      allTags: site.tags,
    }),
  };
}
