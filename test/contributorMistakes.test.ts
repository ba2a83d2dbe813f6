import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readContentFile, type ContentModelContext } from '../src/domain/content/frontMatter';
import { formatProblem } from '../src/domain/content/problems';
import { readDecisionTools } from '../src/domain/decisionTools/read';
import { catalogueProblems } from '../src/domain/tools/tool';
import { exampleChecklist, exampleTree } from './fixtures/decisionTools';
import { exampleTool } from './fixtures/tools';

/**
 * The mistakes contributors make, one class per test, each checked the way the
 * build checks it: every independent problem is reported, in its own file,
 * once, and nothing else is blamed. Harmless variations build.
 */

const context: ContentModelContext = {
  layout: {
    locales: ['nb', 'en'],
    defaultLocale: 'nb',
    docs: [{ pluginId: 'default', path: 'docs', versions: ['2025'] }],
    blogPath: 'blog',
  },
  blog: { authors: ['silje-haugen'], tags: ['kurs', 'blogg'] },
};

const howTo = `kind: veiledning
title: Slik skriver du sammen i skyen
description: Hvordan to eller flere skriver i samme dokument uten å sende vedlegg.
owner: Kompetansesenteret
last_reviewed: 2026-03-01
review_interval_months: 12
status: vedtatt`;

const mdx = (frontMatter: string, body = 'Tekst.\n') => `---\n${frontMatter}\n---\n\n${body}`;
const problems = (file: string, content: string) =>
  readContentFile(file, content, context).problems.map(formatProblem);

describe('harmless variations build', () => {
  it('a byte order mark at the start of the file', () => {
    const reading = readContentFile('docs/a.mdx', `\uFEFF${mdx(howTo)}`, context);
    expect(reading.problems).toEqual([]);
    expect(reading.frontMatter).toMatchObject({ kind: 'veiledning' });
  });

  it('Windows line endings', () => {
    const reading = readContentFile('docs/a.mdx', mdx(howTo).replace(/\n/g, '\r\n'), context);
    expect(reading.problems).toEqual([]);
    expect(reading.body).toBe('Tekst.');
  });

  it('trailing spaces after the frontmatter fences', () => {
    expect(problems('docs/a.mdx', `---  \n${howTo}\n---  \nTekst.`)).toEqual([]);
  });
});

describe('the text itself', () => {
  it('refuses characters that are not UTF-8, naming the line', () => {
    const content = mdx(howTo, 'Vedtatt av Kommunedirekt\uFFFDren.\n');
    expect(problems('docs/a.mdx', content)).toEqual([
      'docs/a.mdx: line 11 has characters that are not UTF-8 (shown as �); save the file with the encoding UTF-8',
    ]);
  });

  it('refuses a YAML alias bomb instead of expanding it', () => {
    const bomb = `${howTo}\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]`;
    const [problem, ...rest] = problems('docs/a.mdx', mdx(bomb));
    expect(problem).toMatch(/^docs\/a\.mdx: the frontmatter repeats aliases \(\*name\) too often/);
    expect(rest).toEqual([]);
  });

  it('reports a YAML syntax error with its line', () => {
    expect(problems('docs/a.mdx', mdx(howTo.replace('title: Slik', 'title: "Slik')))).toEqual([
      expect.stringMatching(/^docs\/a\.mdx: the frontmatter is not valid YAML \(line \d+\): /),
    ]);
  });
});

describe('every independent problem of a file, in one run', () => {
  it('three mistakes, including the whole-object review rule, give three lines', () => {
    const broken = howTo
      .replace('owner: Kompetansesenteret\n', '')
      .replace('status: vedtatt', 'status: godkjent')
      .replace('review_interval_months: 12', 'next_review: 2025-01-01');
    expect(problems('docs/a.mdx', mdx(broken))).toEqual([
      'docs/a.mdx: owner: is required',
      'docs/a.mdx: status: "godkjent" is not one of utkast, vedtatt, utgått',
      'docs/a.mdx: next_review: 2025-01-01 must be after last_reviewed (2026-03-01)',
    ]);
  });

  it('a tool with a field error still has its history checked', () => {
    const { id: _id, ...tool } = structuredClone({ ...exampleTool, cost: '' });
    tool.history[1] = { ...tool.history[1]!, date: '2030-01-01' };
    const lines = problems('docs/verktoy/x.mdx', mdx(stringify(tool).trim()));
    expect(lines).toEqual([
      'docs/verktoy/x.mdx: cost: must not be empty',
      'docs/verktoy/x.mdx: history[1].date: 2030-01-01 is after last_reviewed (2026-03-01); a status changes only when the tool is evaluated',
    ]);
  });
});

describe('files in places the model does not know', () => {
  it.each([
    ['i18n/fr/docusaurus-plugin-content-docs/current/a.mdx', /"fr" is not a language of the site/],
    ['versioned_docs/version-2019/a.mdx', /not an edition in versions\.json; editions are 2025/],
    ['src/pages/om.md', /is not in a content folder/],
  ])('%s is an error naming the file', (file, reason) => {
    const [problem, ...rest] = problems(file, mdx(howTo));
    expect(problem).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `));
    expect(problem).toMatch(reason);
    expect(rest).toEqual([]);
  });
});

describe('blog posts', () => {
  it('an unknown tag or author lists the valid ones', () => {
    const post = `title: Høstens kurs\ndescription: Kursene kompetansesenteret holder denne høsten.\nauthors: [ola]\ntags: [kurs, kurset]`;
    expect(problems('blog/2026-08-18-kurs.mdx', mdx(post))).toEqual([
      'blog/2026-08-18-kurs.mdx: authors[0]: "ola" is not in blog/authors.yml; it has silje-haugen',
      'blog/2026-08-18-kurs.mdx: tags[1]: "kurset" is not in blog/tags.yml; it has kurs, blogg',
    ]);
  });
});

describe('links', () => {
  it('a protocol-relative link is not a path inside the site', () => {
    const { id: _id, ...tool } = { ...exampleTool, guidelines: ['//evil.example/x'] };
    expect(problems('docs/verktoy/x.mdx', mdx(stringify(tool).trim()))).toEqual([
      'docs/verktoy/x.mdx: guidelines[0]: must be a path inside the site starting with /, for example /retningslinjer/arkivering',
    ]);
  });

  it("a tool's guideline must be a page of the site", () => {
    const tool = { ...exampleTool, guidelines: ['/retningslinjer/finnes-ikke'] };
    expect(
      catalogueProblems([{ tool, file: 'docs/verktoy/x.mdx' }], {
        brokenToolIds: new Set(),
        pagePaths: new Set(['/retningslinjer/offisielle-kontoer']),
      }).map(formatProblem),
    ).toEqual([
      'docs/verktoy/x.mdx: guidelines[0]: "/retningslinjer/finnes-ikke" is not a page of the site; write the path of a guideline, for example /retningslinjer/arkivering',
    ]);
  });
});

describe('the catalogue blames no other file', () => {
  it('naming a tool whose own file is broken is not an error of the naming tool', () => {
    const tool = { ...exampleTool, alternatives: ['facebook', 'finnes-ikke'] };
    expect(
      catalogueProblems([{ tool, file: 'docs/verktoy/bildedeling.mdx' }], {
        brokenToolIds: new Set(['facebook']),
        pagePaths: new Set(exampleTool.guidelines),
      }).map(formatProblem),
    ).toEqual([
      'docs/verktoy/bildedeling.mdx: alternatives[1]: "finnes-ikke" is not a tool in the catalogue; tools are bildedeling',
    ]);
  });
});

const treeFile = (tree: object | string, name = 'eksempel-tre', extension = 'yml') => ({
  path: `data/beslutningstraer/${name}.${extension}`,
  text: typeof tree === 'string' ? tree : stringify(tree),
});
const checklistFile = (checklist: object, name = 'eksempel-liste') => ({
  path: `data/sjekklister/${name}.yml`,
  text: stringify(checklist),
});
const toolProblems = (...args: Parameters<typeof readDecisionTools>) =>
  readDecisionTools(...args).problems.map(formatProblem);

describe('decision trees and checklists', () => {
  it('ids that every JavaScript object has (constructor) are ordinary unknown ids', () => {
    expect(
      toolProblems(
        [treeFile({ ...exampleTree, start: 'constructor' })],
        [checklistFile(exampleChecklist)],
      ),
    ).toEqual([
      expect.stringMatching(
        /^data\/beslutningstraer\/eksempel-tre\.yml: start: "constructor" is not a question in this tree/,
      ),
    ]);
  });

  it('an invalid checklist is reported once, in its own file, and not in the tree that opens it', () => {
    expect(
      toolProblems([treeFile(exampleTree)], [checklistFile({ ...exampleChecklist, title: '' })]),
    ).toEqual(['data/sjekklister/eksempel-liste.yml: title: must not be empty']);
  });

  it('the same tree saved as .yml and .yaml is refused, naming both', () => {
    expect(
      toolProblems(
        [
          treeFile(exampleTree, 'eksempel-tre', 'yaml'),
          treeFile(exampleTree, 'eksempel-tre', 'yml'),
        ],
        [checklistFile(exampleChecklist)],
      ),
    ).toEqual([
      'data/beslutningstraer/eksempel-tre.yml: has the same name as data/beslutningstraer/eksempel-tre.yaml; keep one of them (the id "eksempel-tre" can only be used once)',
    ]);
  });

  it('a tree and a checklist may not share an id', () => {
    const tree = { ...exampleTree, id: 'eksempel-liste' };
    expect(
      toolProblems([treeFile(tree, 'eksempel-liste')], [checklistFile(exampleChecklist)]),
    ).toEqual([
      'data/beslutningstraer/eksempel-liste.yml: id: "eksempel-liste" is also the id of a checklist; trees and checklists need different ids, since both keep their state in the address under their id',
    ]);
  });

  it('an outcome with neither links nor a checklist is refused by the build', () => {
    const [firstOutcome] = Object.keys(exampleTree.outcomes);
    const tree = structuredClone(exampleTree);
    tree.outcomes[firstOutcome!] = {
      ...tree.outcomes[firstOutcome!]!,
      links: [],
      checklist: undefined,
    };
    expect(toolProblems([treeFile(tree)], [checklistFile(exampleChecklist)])).toEqual([
      `data/beslutningstraer/eksempel-tre.yml: outcomes.${firstOutcome}: needs links (the guidelines or how-tos behind it) or a checklist, so the reader knows what to do next`,
    ]);
  });

  it('a tree with a field error still has its structure checked', () => {
    const tree = structuredClone(exampleTree) as unknown as Record<string, unknown>;
    tree.title = '';
    tree.start = 'finnes-ikke';
    expect(toolProblems([treeFile(tree)], [checklistFile(exampleChecklist)])).toEqual([
      'data/beslutningstraer/eksempel-tre.yml: title: must not be empty',
      expect.stringMatching(
        /^data\/beslutningstraer\/eksempel-tre\.yml: start: "finnes-ikke" is not a question in this tree/,
      ),
    ]);
  });

  it('a data file with characters that are not UTF-8 is refused, naming the line', () => {
    const text = stringify({ ...exampleTree, title: 'Kan jeg publisere dette\uFFFD' });
    expect(toolProblems([treeFile(text)], [checklistFile(exampleChecklist)])).toEqual([
      expect.stringMatching(
        /^data\/beslutningstraer\/eksempel-tre\.yml: line 2 has characters that are not UTF-8/,
      ),
    ]);
  });
});

describe('change notes', () => {
  it('a change dated after the last review, and a note over several lines, are refused', () => {
    const notes = `${howTo}\nchange_notes:\n  - date: 2026-05-01\n    note: Ny regel.\n  - date: 2026-01-01\n    note: "To linjer\\nher."`;
    expect(problems('docs/a.mdx', mdx(notes))).toEqual([
      'docs/a.mdx: change_notes[1].note: must be one sentence on one line',
      'docs/a.mdx: change_notes[0].date: 2026-05-01 is after last_reviewed (2026-03-01); a major change is made when the page is reviewed, so update last_reviewed too',
    ]);
  });
});
