import { slugOf } from './slug';

/**
 * What `npm run new` can make, named the way contributors speak of them. Each
 * kind has one folder; the slug (file name) becomes the id and the address.
 */
export const scaffoldKinds = [
  'retningslinje',
  'veiledning',
  'verktoy',
  'side',
  'tre',
  'sjekkliste',
  'nyhet',
] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

type KindFacts = {
  /** For messages: "en veiledning". */
  described: string;
  /** Where the new file goes, from the site folder. */
  folder: string;
  extension: 'mdx' | 'yml';
  /**
   * Folders whose entries compete for the same id: a tree and a checklist
   * share one (both keep their state in the address under their id).
   */
  competesWith: readonly string[];
  /** Whether the kind has an `owner` (news posts have authors instead). */
  hasOwner: boolean;
};

export const scaffoldKindFacts: Record<ScaffoldKind, KindFacts> = {
  retningslinje: {
    described: 'en retningslinje',
    folder: 'retningslinjer',
    extension: 'mdx',
    competesWith: ['retningslinjer'],
    hasOwner: true,
  },
  veiledning: {
    described: 'en veiledning',
    folder: 'docs/veiledninger',
    extension: 'mdx',
    competesWith: ['docs/veiledninger'],
    hasOwner: true,
  },
  verktoy: {
    described: 'en verktøyvurdering',
    folder: 'docs/verktoy',
    extension: 'mdx',
    competesWith: ['docs/verktoy'],
    hasOwner: true,
  },
  side: {
    described: 'en side',
    folder: 'docs',
    extension: 'mdx',
    competesWith: ['docs'],
    hasOwner: true,
  },
  tre: {
    described: 'et beslutningstre',
    folder: 'data/beslutningstraer',
    extension: 'yml',
    competesWith: ['data/beslutningstraer', 'data/sjekklister'],
    hasOwner: true,
  },
  sjekkliste: {
    described: 'en sjekkliste',
    folder: 'data/sjekklister',
    extension: 'yml',
    competesWith: ['data/beslutningstraer', 'data/sjekklister'],
    hasOwner: true,
  },
  nyhet: {
    described: 'en nyhet',
    folder: 'blog',
    extension: 'mdx',
    competesWith: ['blog'],
    hasOwner: false,
  },
};

/** Every folder `npm run new` must look into before it writes, for the caller to list. */
export const scaffoldFolders = [
  ...new Set(scaffoldKinds.flatMap((kind) => scaffoldKindFacts[kind].competesWith)),
];

/** Other words contributors may use for a kind, so a refusal can say what they meant. */
const kindAliases: Record<string, ScaffoldKind> = {
  beslutningstre: 'tre',
  beslutningstrae: 'tre',
  blogg: 'nyhet',
  blogginnlegg: 'nyhet',
  innlegg: 'nyhet',
  nytt: 'nyhet',
  nyheter: 'nyhet',
  verktoyvurdering: 'verktoy',
  postulat: 'retningslinje',
};

/**
 * The kind a contributor typed, forgiving case and æøå ("Verktøy" is verktoy),
 * or the kind they probably meant ("retningslinjer" → retningslinje).
 */
export function kindOf(
  typed: string,
): { kind: ScaffoldKind } | { kind: undefined; suggestion: ScaffoldKind | undefined } {
  const normalised = slugOf(typed);
  const exact = scaffoldKinds.find((kind) => kind === normalised);
  if (exact) return { kind: exact };
  const alias = kindAliases[normalised];
  const similar = scaffoldKinds.find(
    (kind) =>
      normalised.length >= 3 && (normalised.startsWith(kind) || kind.startsWith(normalised)),
  );
  return { kind: undefined, suggestion: alias ?? similar };
}

/** The file a new page of a kind is written to. News posts start with their date, as Docusaurus reads it. */
export function scaffoldPath(kind: ScaffoldKind, slug: string, today: string): string {
  const { folder, extension } = scaffoldKindFacts[kind];
  const name = kind === 'nyhet' ? `${today}-${slug}` : slug;
  return `${folder}/${name}.${extension}`;
}

const datedPost = /^\d{4}-\d{2}-\d{2}-(.+?)(?:\.mdx?)?$/;

/**
 * The id an entry of a folder claims: `arkivering.mdx`, `arkivering.md` and a
 * folder `arkivering/` all claim `arkivering`; a news post claims its slug
 * whatever its date, so running the command twice on two days is refused too.
 */
function claimedId(folder: string, entryName: string): string | undefined {
  if (entryName.startsWith('_') || entryName.startsWith('.')) return undefined;
  if (folder === 'blog') return datedPost.exec(entryName)?.[1];
  return entryName.replace(/\.(?:mdx?|ya?ml)$/, '');
}

/**
 * The existing file or folder that already has the slug, if any.
 *
 * @param existing site-relative paths of the entries directly inside the scaffold folders
 */
export function existingEntryWithSlug(
  kind: ScaffoldKind,
  slug: string,
  existing: readonly string[],
): string | undefined {
  return existing.find((entry) => {
    const slash = entry.lastIndexOf('/');
    const folder = entry.slice(0, slash);
    return (
      scaffoldKindFacts[kind].competesWith.includes(folder) &&
      claimedId(folder, entry.slice(slash + 1)) === slug
    );
  });
}

/** What else in the site already answers at an address, for reserved-slug messages. */
export type ReservedAddresses = {
  /** Names of the adopted editions (retningslinjer_versions.json): /retningslinjer/2026 is an edition. */
  editions: readonly string[];
  /** Locale codes: /en is the English site. */
  locales: readonly string[];
};

/**
 * Addresses a new page must not take because the site already uses them for
 * something that is not a file in the folder. The list follows
 * docusaurus.config.ts and the plugins: the news (/nytt), the guideline
 * instance (/retningslinjer), tree and checklist pages, the edition overview
 * (/utgaver), the postulates' old address, search, the locales, and the
 * draft and edition paths of the guidelines (/retningslinjer/utkast, /retningslinjer/2026);
 * `index` is the page of its folder (the home page, the how-tos' overview).
 */
export function reservedAddress(
  kind: ScaffoldKind,
  slug: string,
  reserved: ReservedAddresses,
): string | undefined {
  if (kind === 'side') {
    const taken = [
      'retningslinjer',
      'nytt',
      'beslutningstre',
      'sjekkliste',
      'utgaver',
      'postulater',
      'search',
      ...reserved.locales,
    ];
    if (slug === 'index') return '/';
    return taken.includes(slug) ? `/${slug}` : undefined;
  }
  // The folder's own overview (a generated index) answers at /veiledninger.
  if (kind === 'veiledning' && slug === 'index') return '/veiledninger';
  if (kind === 'retningslinje') {
    return ['utkast', ...reserved.editions].includes(slug) ? `/retningslinjer/${slug}` : undefined;
  }
  return undefined;
}

/**
 * Where the new page shows up under `npm start`. A guideline in the working
 * folder is a draft, served under /retningslinjer/utkast once editions exist.
 */
export function previewPath(
  kind: ScaffoldKind,
  slug: string,
  today: string,
  reserved: ReservedAddresses,
): string {
  switch (kind) {
    case 'retningslinje':
      return reserved.editions.length > 0
        ? `/retningslinjer/utkast/${slug}`
        : `/retningslinjer/${slug}`;
    case 'veiledning':
      return `/veiledninger/${slug}`;
    case 'verktoy':
      return `/verktoy/${slug}`;
    case 'side':
      return `/${slug}`;
    case 'tre':
      return `/beslutningstre/${slug}`;
    case 'sjekkliste':
      return `/sjekkliste/${slug}`;
    case 'nyhet':
      return `/nytt/${today.replaceAll('-', '/')}/${slug}`;
  }
}
