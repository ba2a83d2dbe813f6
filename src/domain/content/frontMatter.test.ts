import { describe, expect, it } from 'vitest';
import { ContentModelError, readContentFile, type ContentModelContext } from './frontMatter';
import { formatProblem } from './problems';

const context: ContentModelContext = {
  layout: {
    locales: ['nb', 'en'],
    defaultLocale: 'nb',
    docs: [{ pluginId: 'default', path: 'docs', versions: ['2025'] }],
    blogPath: 'blog',
  },
  blog: { authors: ['silje-haugen', 'eirik-solberg'], tags: ['kurs', 'blogg'] },
};

function readFrontMatter(file: string, content: string) {
  return readContentFile(file, content, context).frontMatter;
}

const guidelineFile = 'docs/retningslinjer/kontoer.mdx';

const validGuideline = `kind: retningslinje
title: Kommunens offisielle kontoer
description: Når en enhet kan opprette en konto, og hvem som har ansvaret for den.
owner: Kommunikasjonsenheten
last_reviewed: 2026-03-01
review_interval_months: 12
status: vedtatt
legal_basis:
  - title: Offentleglova
    url: https://lovdata.no/lov/2006-05-19-16
adoption:
  adopted_by: Kommunedirektøren
  date: 2025-03-10
  case_ref: 2025/1432`;

function mdx(frontMatter: string, body = '\nTekst.\n'): string {
  return `---\n${frontMatter}\n---\n${body}`;
}

/** Replaces one `field: value` line of the valid guideline. */
function withLine(field: string, line: string | null, base = validGuideline): string {
  const lines = base.split('\n');
  const index = lines.findIndex((candidate) => candidate.startsWith(`${field}:`));
  if (index === -1) return line === null ? base : `${base}\n${line}`;
  if (line === null) lines.splice(index, 1);
  else lines[index] = line;
  return lines.join('\n');
}

function problemsOf(file: string, content: string): string[] {
  return readContentFile(file, content, context).problems.map(formatProblem);
}

describe('readFrontMatter on a guideline', () => {
  it('returns the frontmatter of a valid guideline, dates as written', () => {
    const frontMatter = readFrontMatter(guidelineFile, mdx(validGuideline));
    expect(frontMatter).toMatchObject({
      kind: 'retningslinje',
      last_reviewed: '2026-03-01',
      status: 'vedtatt',
    });
  });

  it.each([
    [
      'an unknown status',
      withLine('status', 'status: godkjendt'),
      'docs/retningslinjer/kontoer.mdx: status: "godkjendt" is not one of utkast, vedtatt, utgått',
    ],
    [
      'an unknown kind',
      withLine('kind', 'kind: regel'),
      'docs/retningslinjer/kontoer.mdx: kind: "regel" is not one of retningslinje, postulater, veiledning, verktoy, side',
    ],
    [
      'a missing kind',
      withLine('kind', null),
      'docs/retningslinjer/kontoer.mdx: kind: is required; it is one of retningslinje, postulater, veiledning, verktoy, side',
    ],
    [
      'a missing owner',
      withLine('owner', null),
      'docs/retningslinjer/kontoer.mdx: owner: is required',
    ],
    [
      'an empty owner',
      withLine('owner', 'owner: "  "'),
      'docs/retningslinjer/kontoer.mdx: owner: must not be empty',
    ],
    [
      'a day that does not exist',
      withLine('last_reviewed', 'last_reviewed: 2026-02-30'),
      'docs/retningslinjer/kontoer.mdx: last_reviewed: must be a real date written YYYY-MM-DD, for example 2026-03-01',
    ],
    [
      'a date in Norwegian notation',
      withLine('last_reviewed', 'last_reviewed: 01.03.2026'),
      'docs/retningslinjer/kontoer.mdx: last_reviewed: must be a real date written YYYY-MM-DD, for example 2026-03-01',
    ],
    [
      'a next review before the last review',
      withLine('review_interval_months', 'next_review: 2026-01-15'),
      'docs/retningslinjer/kontoer.mdx: next_review: 2026-01-15 must be after last_reviewed (2026-03-01)',
    ],
    [
      'no review schedule',
      withLine('review_interval_months', null),
      'docs/retningslinjer/kontoer.mdx: review_interval_months: is required: give either review_interval_months (1–36) or next_review (YYYY-MM-DD)',
    ],
    [
      'both an interval and a date',
      withLine('next_review', 'next_review: 2027-01-15'),
      'docs/retningslinjer/kontoer.mdx: review_interval_months: give either review_interval_months or next_review, not both',
    ],
    [
      'an interval that is too long',
      withLine('review_interval_months', 'review_interval_months: 48'),
      'docs/retningslinjer/kontoer.mdx: review_interval_months: Too big: expected number to be <=36',
    ],
    [
      'an interval written as text',
      withLine('review_interval_months', 'review_interval_months: tolv'),
      'docs/retningslinjer/kontoer.mdx: review_interval_months: must be a number, not "tolv"',
    ],
    [
      'an unknown field',
      withLine('colour', 'colour: blå'),
      'docs/retningslinjer/kontoer.mdx: colour: unknown field; allowed fields are kind, title, description, owner, last_reviewed, review_interval_months, next_review, status, change_notes, id, slug, sidebar_label, sidebar_position, tags, keywords, image, hide_table_of_contents, toc_max_heading_level, pagination_label, pagination_next, pagination_prev, legal_basis, adoption',
    ],
    [
      'a short description',
      withLine('description', 'description: Kontoer.'),
      'docs/retningslinjer/kontoer.mdx: description: must be at least 20 characters: one sentence saying what the page is for',
    ],
    [
      'an adopted guideline without adoption data',
      validGuideline.split('\nadoption:')[0]!,
      'docs/retningslinjer/kontoer.mdx: adoption: is required when status is vedtatt: give adopted_by, date and case_ref',
    ],
    [
      'a malformed case reference',
      validGuideline.replace('case_ref: 2025/1432', 'case_ref: sak 1432'),
      'docs/retningslinjer/kontoer.mdx: adoption.case_ref: must be a case reference written YEAR/NUMBER, for example 26/1234 or 2026/1234',
    ],
    [
      'an unknown field in the adoption data',
      validGuideline.replace('  case_ref: 2025/1432', '  case_ref: 2025/1432\n  signed: ja'),
      'docs/retningslinjer/kontoer.mdx: adoption.signed: unknown field; allowed fields are adopted_by, date, case_ref',
    ],
    [
      'an empty legal basis',
      validGuideline.replace(/legal_basis:\n.*\n.*\n/, 'legal_basis: []\n'),
      'docs/retningslinjer/kontoer.mdx: legal_basis: must list at least one law, regulation or decision the guideline rests on',
    ],
    [
      'a legal reference link that is not https',
      validGuideline.replace('https://lovdata.no', 'http://lovdata.no'),
      'docs/retningslinjer/kontoer.mdx: legal_basis[0].url: must be a full https:// address',
    ],
    [
      'a YAML syntax error',
      `${validGuideline}\ntitle: To titler`,
      'docs/retningslinjer/kontoer.mdx: the frontmatter is not valid YAML (line 16): Map keys must be unique',
    ],
  ])('rejects %s with one clear message', (_case, frontMatter, message) => {
    expect(problemsOf(guidelineFile, mdx(frontMatter))).toEqual([message]);
  });

  it('lists every problem in the file, not just the first', () => {
    const frontMatter = withLine('owner', null, withLine('status', 'status: godkjent'));
    expect(problemsOf(guidelineFile, mdx(frontMatter))).toEqual([
      'docs/retningslinjer/kontoer.mdx: owner: is required',
      'docs/retningslinjer/kontoer.mdx: status: "godkjent" is not one of utkast, vedtatt, utgått',
    ]);
  });

  it('accepts a draft guideline without adoption data', () => {
    const draft = withLine('status', 'status: utkast', validGuideline.split('\nadoption:')[0]!);
    expect(problemsOf(guidelineFile, mdx(draft))).toEqual([]);
  });

  it('names the file and the count in the error message', () => {
    const { problems } = readContentFile(guidelineFile, mdx(withLine('owner', null)), context);
    expect(new ContentModelError(problems).message).toBe(
      'A content file has a problem:\n  - docs/retningslinjer/kontoer.mdx: owner: is required',
    );
  });
});

describe('readFrontMatter on postulates', () => {
  const postulate = (id: string) =>
    `  - id: ${id}\n    title: Postulat ${id}\n    statement: Én setning om ${id}.\n    explanation: Litt mer om ${id}.`;
  const base = `kind: postulater
title: Postulatene
description: Korte setninger om hvordan kommunen bruker sosiale medier.
owner: Kompetansesenter for sosiale medier
last_reviewed: 2026-03-01
review_interval_months: 12
status: vedtatt
postulates:`;
  const ids = ['en', 'to', 'tre', 'fire', 'fem', 'seks', 'sju'];

  it('accepts seven postulates with unique ids', () => {
    expect(
      problemsOf('docs/postulater.mdx', mdx(`${base}\n${ids.map(postulate).join('\n')}`)),
    ).toEqual([]);
  });

  it('rejects a repeated id, naming both places', () => {
    const list = [...ids, 'to'].map(postulate).join('\n');
    expect(problemsOf('docs/postulater.mdx', mdx(`${base}\n${list}`))).toEqual([
      'docs/postulater.mdx: postulates[7].id: "to" is already used by postulates[1]; ids must be unique because they are link anchors',
    ]);
  });

  it('rejects an id that cannot be an anchor', () => {
    const list = ['Tenk Først', ...ids.slice(1)].map(postulate).join('\n');
    expect(problemsOf('docs/postulater.mdx', mdx(`${base}\n${list}`))).toEqual([
      'docs/postulater.mdx: postulates[0].id: must be lower-case words joined by hyphens, for example tenk-for-du-poster',
    ]);
  });

  it('rejects fewer than seven postulates', () => {
    const list = ids.slice(0, 3).map(postulate).join('\n');
    expect(problemsOf('docs/postulater.mdx', mdx(`${base}\n${list}`))).toEqual([
      'docs/postulater.mdx: postulates: must list at least 7 postulates',
    ]);
  });

  it('rejects a statement over several lines', () => {
    const list = ids
      .map(postulate)
      .join('\n')
      .replace('statement: Én setning om en.', 'statement: "Første linje.\\nAndre linje."');
    expect(problemsOf('docs/postulater.mdx', mdx(`${base}\n${list}`))).toEqual([
      'docs/postulater.mdx: postulates[0].statement: must be one line: move the details to explanation',
    ]);
  });
});

describe('readFrontMatter on blog posts', () => {
  const post = `title: Høstens kurs
description: Kursene kompetansesenteret holder denne høsten.
authors: [silje-haugen]
tags: [kurs]`;

  it('accepts a post with authors and tags', () => {
    expect(problemsOf('blog/2026-08-18-kurs.mdx', mdx(post))).toEqual([]);
  });

  it('rejects a post without tags and with an unknown field', () => {
    const broken = post.replace('tags: [kurs]', 'tags: []\nsidebar_position: 2');
    expect(problemsOf('blog/2026-08-18-kurs.mdx', mdx(broken))).toEqual([
      'blog/2026-08-18-kurs.mdx: tags: must name at least one tag from blog/tags.yml',
      'blog/2026-08-18-kurs.mdx: sidebar_position: unknown field; allowed fields are title, description, authors, tags, date, slug, image, hide_table_of_contents',
    ]);
  });
});

describe('readFrontMatter on files outside the content model', () => {
  it('passes partials through unchecked (Docusaurus refuses frontmatter in them itself)', () => {
    expect(problemsOf('docs/_felles.mdx', mdx('anything: goes'))).toEqual([]);
    expect(problemsOf('docs/_deler/tekst.mdx', 'Tekst.')).toEqual([]);
  });
  it('treats a file without frontmatter as empty frontmatter', () => {
    expect(problemsOf('docs/ordliste.mdx', '# Ingen frontmatter\n')).toContain(
      'docs/ordliste.mdx: kind: is required; it is one of retningslinje, postulater, veiledning, verktoy, side',
    );
  });
});
