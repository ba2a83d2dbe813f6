import { describe, expect, it } from 'vitest';
import { readContentFile, type ContentModelContext } from '../content/frontMatter';
import { formatProblem } from '../content/problems';
import { readDecisionTools } from '../decisionTools/read';
import { scaffoldKinds, type ScaffoldKind } from './kinds';
import { planNewFile, usage, type ScaffoldSite } from './plan';
import { placeholderLines, placeholderMarker } from './placeholders';
import { newPageReviewIntervalMonths } from './templates';

const site: ScaffoldSite = {
  today: '2026-11-24',
  units: ['Kompetansesenter for sosiale medier', 'Kommunikasjonsenheten'],
  defaultOwner: 'Kompetansesenter for sosiale medier',
  authors: ['silje-haugen', 'eirik-solberg'],
  tags: ['kurs', 'retningslinjer'],
  existing: [
    'docs/ordliste.mdx',
    'docs/verktoy',
    'docs/veiledninger/_category_.json',
    'docs/veiledninger/svar-pa-negative-kommentarer.mdx',
    'docs/verktoy/index.mdx',
    'docs/verktoy/prezi.mdx',
    'retningslinjer/arkivering.mdx',
    'data/beslutningstraer/kan-jeg-publisere.yml',
    'data/sjekklister/ny-konto.yaml',
    'blog/authors.yml',
    'blog/2026-08-18-hostens-kurs.mdx',
    'blog/2025-01-10-nyttar',
  ],
  reserved: { editions: ['2025', '2026'], locales: ['nb', 'en'] },
};

/** The content model as the build sets it up, for the folders the scaffold writes to. */
const context: ContentModelContext = {
  layout: {
    locales: ['nb', 'en'],
    defaultLocale: 'nb',
    docs: [
      { pluginId: 'default', path: 'docs', versions: [] },
      { pluginId: 'retningslinjer', path: 'retningslinjer', versions: ['2026', '2025'] },
    ],
    blogPath: 'blog',
  },
  blog: { authors: site.authors, tags: site.tags },
};

function planned(args: string[], onSite: ScaffoldSite = site) {
  const plan = planNewFile(args, onSite);
  if (!plan.ok) throw new Error(`refused:\n${plan.problems.join('\n')}`);
  return plan;
}

function problemsOf(args: string[], onSite: ScaffoldSite = site): string[] {
  const plan = planNewFile(args, onSite);
  if (plan.ok) throw new Error(`expected a refusal, got ${plan.path}`);
  return plan.problems;
}

/** The same checks the build runs on the file, with no other file's help. */
function contentModelProblems(path: string, text: string): string[] {
  if (path.endsWith('.mdx'))
    return readContentFile(path, text, context).problems.map(formatProblem);
  const file = [{ path, text }];
  const { problems } = path.startsWith('data/beslutningstraer/')
    ? readDecisionTools(file, [])
    : readDecisionTools([], file);
  return problems.map(formatProblem);
}

const titles: Record<ScaffoldKind, string> = {
  retningslinje: 'Kunstig intelligens i sosiale medier',
  veiledning: 'Slik lager du en podkast',
  verktoy: 'Miro',
  side: 'Om Verktøykassa',
  tre: 'Kan jeg dele skjermbildet?',
  sjekkliste: 'Før du sender direkte',
  nyhet: 'Nye kurs i vår: «Klart språk»',
};

describe('npm run new: what it writes', () => {
  it.each(scaffoldKinds)('a new %s passes the content model as it is', (kind) => {
    const plan = planned([kind, titles[kind]]);
    expect(contentModelProblems(plan.path, plan.text)).toEqual([]);
  });

  it.each(scaffoldKinds)('a new %s tells the writer what is left to write', (kind) => {
    const { text } = planned([kind, titles[kind]]);
    expect(placeholderLines(text).length).toBeGreaterThan(0);
  });

  it('puts each kind in its folder, with the slug from the title', () => {
    const paths = Object.fromEntries(
      scaffoldKinds.map((kind) => [kind, planned([kind, titles[kind]]).path]),
    );
    expect(paths).toEqual({
      retningslinje: 'retningslinjer/kunstig-intelligens-i-sosiale-medier.mdx',
      veiledning: 'docs/veiledninger/slik-lager-du-en-podkast.mdx',
      verktoy: 'docs/verktoy/miro.mdx',
      side: 'docs/om-verktoykassa.mdx',
      tre: 'data/beslutningstraer/kan-jeg-dele-skjermbildet.yml',
      sjekkliste: 'data/sjekklister/for-du-sender-direkte.yml',
      nyhet: 'blog/2026-11-24-nye-kurs-i-var-klart-sprak.mdx',
    });
  });

  it('fills in the owner, today as the review date, a draft status and a yearly review', () => {
    const { path, text } = planned(['veiledning', 'Slik lager du en podkast']);
    const reading = readContentFile(path, text, context);
    expect(reading.frontMatter).toMatchObject({
      kind: 'veiledning',
      title: 'Slik lager du en podkast',
      owner: 'Kompetansesenter for sosiale medier',
      last_reviewed: '2026-11-24',
      review_interval_months: newPageReviewIntervalMonths,
      status: 'utkast',
    });
    expect(newPageReviewIntervalMonths).toBe(12);
  });

  it('takes the owner from --owner', () => {
    const { text } = planned(['tre', 'Kan vi svare?', '--owner', 'Kommunikasjonsenheten']);
    expect(text).toContain('\nowner: Kommunikasjonsenheten\n');
  });

  it('evaluates a new tool honestly: on trial, no DPIA yet, and its first history entry today', () => {
    const { path, text } = planned(['verktoy', 'Miro']);
    expect(readContentFile(path, text, context).frontMatter).toMatchObject({
      tool_status: 'prøves',
      dpia: { status: 'ikke-vurdert' },
      history: [{ date: '2026-11-24', tool_status: 'prøves' }],
    });
    // Every value the scaffold had to choose is marked for the writer.
    for (const field of ['category', 'hosting', 'data_location', 'personal_data', 'two_factor']) {
      expect(text).toMatch(new RegExp(`${field}: \\S+ # ${placeholderMarker}`));
    }
  });

  it('gives a tree one question whose two answers lead to two outcomes with a link', () => {
    const { path, text } = planned(['tre', 'Kan jeg dele skjermbildet?']);
    const { tools } = readDecisionTools([{ path, text }], []);
    const [tree] = tools.trees;
    expect(tree?.id).toBe('kan-jeg-dele-skjermbildet');
    expect(Object.keys(tree?.questions ?? {})).toHaveLength(1);
    expect(tree?.questions[tree.start]?.answers.map((answer) => answer.next)).toEqual(
      Object.keys(tree?.outcomes ?? {}),
    );
    expect(Object.values(tree?.outcomes ?? {}).map((outcome) => outcome.links.length)).toEqual([
      1, 1,
    ]);
  });

  it('gives a checklist one item', () => {
    const { path, text } = planned(['sjekkliste', 'Før du sender direkte']);
    const { tools } = readDecisionTools([], [{ path, text }]);
    expect(tools.checklists[0]?.items).toHaveLength(1);
  });

  it('dates a news post today, by the first author and a tag to choose, or the ones asked for', () => {
    const first = planned(['nyhet', 'Nye kurs']);
    expect(readContentFile(first.path, first.text, context).frontMatter).toMatchObject({
      authors: ['silje-haugen'],
      tags: ['kurs'],
    });
    expect(first.text).toMatch(
      /^tags: # FYLL INN: velg fra blog\/tags.yml: kurs, retningslinjer$/m,
    );
    const chosen = planned([
      'nyhet',
      'Nye kurs',
      '--author',
      'eirik-solberg',
      '--tag',
      'kurs',
      '--tag=retningslinjer',
    ]);
    expect(readContentFile(chosen.path, chosen.text, context).frontMatter).toMatchObject({
      authors: ['eirik-solberg'],
      tags: ['kurs', 'retningslinjer'],
    });
    expect(chosen.text).toMatch(/^tags:$/m);
    expect(chosen.text).toContain('{/* truncate */}');
  });

  it('writes titles YAML would misread, and owners MDX would misread, safely', () => {
    const title = 'Svar: «ja» eller #nei? {alltid}';
    for (const kind of scaffoldKinds) {
      const plan = planned([kind, title], {
        ...site,
        units: ['Enhet <A> {B}'],
        defaultOwner: 'Enhet <A> {B}',
      });
      expect(contentModelProblems(plan.path, plan.text)).toEqual([]);
    }
    const { path, text } = planned(['side', title]);
    expect(readContentFile(path, text, context).frontMatter).toMatchObject({ title });
  });

  it('joins the words of a title given without quotes', () => {
    expect(planned(['side', 'Om', 'oss']).path).toBe('docs/om-oss.mdx');
  });

  it('accepts the kind with capitals or æøå, and a slug of the writer’s choice', () => {
    expect(planned(['Verktøy', 'Miro']).path).toBe('docs/verktoy/miro.mdx');
    expect(planned(['veiledning', 'Skriv sammen', '--slug', 'samskriving-2']).path).toBe(
      'docs/veiledninger/samskriving-2.mdx',
    );
  });
});

describe('npm run new: what it refuses', () => {
  it('an unknown kind, listing the kinds and what was probably meant', () => {
    expect(problemsOf(['retningslinjer', 'Ny'])).toEqual([
      'Ukjent innholdstype "retningslinjer". Velg en av: retningslinje, veiledning, verktoy, side, tre, sjekkliste, nyhet. Mente du "retningslinje"?',
      usage,
    ]);
    expect(problemsOf(['beslutningstre', 'Ny'])[0]).toMatch(/Mente du "tre"\?$/);
    expect(problemsOf(['wiki', 'Ny'])[0]).toBe(
      'Ukjent innholdstype "wiki". Velg en av: retningslinje, veiledning, verktoy, side, tre, sjekkliste, nyhet.',
    );
  });

  it('nothing to make, or no title', () => {
    expect(problemsOf([])[0]).toBe(
      'Skriv hva du vil lage. Velg en av: retningslinje, veiledning, verktoy, side, tre, sjekkliste, nyhet.',
    );
    expect(problemsOf(['veiledning'])[0]).toBe(
      'Mangler tittel. Skriv tittelen i anførselstegn etter typen, for eksempel: npm run new -- veiledning "Slik svarer du på kommentarer"',
    );
    expect(problemsOf(['veiledning', '   '])[0]).toMatch(/^Mangler tittel/);
  });

  it('a title that gives no file name', () => {
    expect(problemsOf(['side', '???'])[0]).toBe(
      'Tittelen "???" gir ikke noe filnavn, fordi den ikke har bokstaver eller tall. Skriv en tittel med ord, eller gi filnavnet med --slug.',
    );
    expect(planned(['side', '???', '--slug', 'sporsmal']).path).toBe('docs/sporsmal.mdx');
  });

  it('a slug that is taken, naming the file that has it', () => {
    expect(problemsOf(['veiledning', 'Svar på negative kommentarer'])[0]).toBe(
      'Filnavnet "svar-pa-negative-kommentarer" er allerede brukt: docs/veiledninger/svar-pa-negative-kommentarer.mdx. Velg en annen tittel, eller gi et annet filnavn med --slug.',
    );
    expect(problemsOf(['retningslinje', 'Arkivering'])[0]).toMatch(
      /er allerede brukt: retningslinjer\/arkivering\.mdx\./,
    );
    expect(problemsOf(['side', 'Verktøy'])[0]).toMatch(/er allerede brukt: docs\/verktoy\./);
  });

  it('a tree or checklist id that the other kind has, since they share the address bar', () => {
    expect(problemsOf(['sjekkliste', 'Kan jeg publisere?'])[0]).toMatch(
      /er allerede brukt: data\/beslutningstraer\/kan-jeg-publisere\.yml\./,
    );
    expect(problemsOf(['tre', 'Ny konto'])[0]).toMatch(
      /er allerede brukt: data\/sjekklister\/ny-konto\.yaml\./,
    );
  });

  it('a news post whose slug was used on another day, so a second run cannot duplicate it', () => {
    expect(problemsOf(['nyhet', 'Høstens kurs'])[0]).toMatch(
      /er allerede brukt: blog\/2026-08-18-hostens-kurs\.mdx\./,
    );
    expect(problemsOf(['nyhet', 'Nyttår'])[0]).toMatch(
      /er allerede brukt: blog\/2025-01-10-nyttar\./,
    );
    expect(planned(['nyhet', 'Authors']).path).toBe('blog/2026-11-24-authors.mdx');
  });

  it('an address the site already uses for something else', () => {
    expect(problemsOf(['side', 'Nytt'])[0]).toBe(
      'Filnavnet "nytt" kan ikke brukes for en side: adressen /nytt er allerede i bruk på nettstedet. Velg en annen tittel, eller gi et annet filnavn med --slug.',
    );
    expect(problemsOf(['side', 'En'])[0]).toMatch(/adressen \/en er allerede i bruk/);
    expect(problemsOf(['side', 'Index'])[0]).toMatch(/adressen \/ er allerede i bruk/);
    expect(problemsOf(['retningslinje', 'Utkast'])[0]).toMatch(
      /adressen \/retningslinjer\/utkast er allerede i bruk/,
    );
    expect(problemsOf(['retningslinje', '2026'])[0]).toMatch(
      /adressen \/retningslinjer\/2026 er allerede i bruk/,
    );
    expect(problemsOf(['veiledning', 'Index'])[0]).toMatch(/adressen \/veiledninger er/);
  });

  it('an owner that is not a unit of organisation.ts, listing the units', () => {
    expect(problemsOf(['side', 'Om oss', '--owner', 'Kommunikasjon'])[0]).toBe(
      'Ukjent eier "Kommunikasjon". Eieren må være en av enhetene i organisation.ts: "Kompetansesenter for sosiale medier", "Kommunikasjonsenheten". Er enheten ny, legg den og teamet dens til under units i organisation.ts.',
    );
  });

  it('authors and tags that blog/authors.yml and blog/tags.yml do not have, and news options elsewhere', () => {
    expect(
      problemsOf(['nyhet', 'Nye kurs', '--author', 'ola', '--tag', 'kurs', '--tag', 'x']),
    ).toEqual([
      'Ukjent forfatter "ola". Velg en av forfatterne i blog/authors.yml: silje-haugen, eirik-solberg.',
      'Ukjent emne "x". Velg en av emnene i blog/tags.yml: kurs, retningslinjer.',
      usage,
    ]);
    expect(problemsOf(['nyhet', 'Nye kurs', '--owner', 'Kommunikasjonsenheten'])[0]).toBe(
      'En nyhet har ingen eier, men forfattere: bruk --author i stedet for --owner.',
    );
    expect(problemsOf(['side', 'Om oss', '--author', 'silje-haugen'])[0]).toBe(
      '--author gjelder bare nyheter, ikke en side.',
    );
  });

  it('unknown options, options without a value, and slugs that are not slugs', () => {
    expect(problemsOf(['side', 'Om oss', '--eier', 'x'])[0]).toBe(
      '--eier er ikke et valg. Valgene er --owner, --slug, --author, --tag.',
    );
    expect(problemsOf(['side', 'Om oss', '--owner'])[0]).toBe(
      '--owner trenger en verdi, for eksempel --owner "Kommunikasjonsenheten".',
    );
    expect(problemsOf(['side', 'Om oss', '--slug', 'Om_Oss'])[0]).toBe(
      'Filnavnet "Om_Oss" kan bare ha små bokstaver a–z, tall og bindestreker mellom ordene, for eksempel svar-pa-kommentarer.',
    );
  });

  it('lists every problem at once', () => {
    expect(
      problemsOf(['retningslinjer', '--owner', 'X', '--tag']).map((problem) =>
        problem.slice(0, 20),
      ),
    ).toEqual([
      '--tag trenger en ver',
      'Ukjent innholdstype ',
      'Mangler tittel. Skri',
      'Ukjent eier "X". Eie',
      usage.slice(0, 20),
    ]);
  });
});
