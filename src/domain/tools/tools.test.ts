import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { exampleSummaries, exampleTool, exampleTools } from '../../../test/fixtures/tools';
import { checkDocFrontMatter } from '../content/frontMatter';
import { catalogueProblems, missingRoles, missingRolesAdvice } from './tool';
import { comparedIds, toggleCompared } from './compare';
import { catalogueExport } from './export';
import { filterFromSearch, filterTools, noFilter, searchFromFilter, sortTools } from './filter';
import { polarOf, radarLayout } from './radar';
import { formatProblem } from '../content/problems';

const file = 'docs/verktoy/bildedeling.mdx';
function problemsOf(frontMatter: object): string[] {
  const { id: _id, ...fields } = frontMatter as typeof exampleTool;
  // Through YAML and back, as a contributor's file would be read.
  const result = checkDocFrontMatter(file, parse(stringify(fields)) as Record<string, unknown>);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('the tool schema', () => {
  it('accepts a complete evaluation', () => {
    expect(problemsOf(exampleTool)).toEqual([]);
  });

  it('rejects an unknown tool status, listing the valid ones', () => {
    expect(problemsOf({ ...exampleTool, tool_status: 'godkjent' })).toContain(
      'docs/verktoy/bildedeling.mdx: tool_status: "godkjent" is not one of anbefalt, tillatt, prøves, frarådet',
    );
  });

  it.each([
    ['category', 'sosialt', 'publisering, samhandling, fildeling, presentasjon, video, notater'],
    ['data_location', 'usa', 'norge, eu-eøs, utenfor-eøs'],
    ['personal_data', 'kanskje', 'ja, begrenset, nei'],
    ['hosting', 'sky', 'skytjeneste, egen-drift, installert'],
  ])('rejects an unknown %s', (field, value, valid) => {
    expect(problemsOf({ ...exampleTool, [field]: value })).toEqual([
      `docs/verktoy/bildedeling.mdx: ${field}: "${value}" is not one of ${valid}`,
    ]);
  });

  it('requires history dates in ascending order', () => {
    const history = [
      exampleTool.history[1]!,
      { ...exampleTool.history[0]!, tool_status: 'tillatt' as const },
    ];
    expect(problemsOf({ ...exampleTool, history })).toEqual([
      'docs/verktoy/bildedeling.mdx: history[1].date: 2020-01-10 must be after the entry before it (2021-02-01); list changes oldest first',
    ]);
  });

  it('requires the last history entry to be the current status', () => {
    expect(problemsOf({ ...exampleTool, tool_status: 'anbefalt' })).toEqual([
      'docs/verktoy/bildedeling.mdx: history[1].tool_status: "tillatt" must equal tool_status ("anbefalt"): the last change is the current status',
    ]);
  });

  it('rejects a status change dated after the evaluation', () => {
    const history = [exampleTool.history[0]!, { ...exampleTool.history[1]!, date: '2026-06-01' }];
    expect(problemsOf({ ...exampleTool, history })).toEqual([
      'docs/verktoy/bildedeling.mdx: history[1].date: 2026-06-01 is after last_reviewed (2026-03-01); a status changes only when the tool is evaluated',
    ]);
  });

  it('requires a date for a completed DPIA', () => {
    expect(problemsOf({ ...exampleTool, dpia: { status: 'gjennomført' } })).toEqual([
      'docs/verktoy/bildedeling.mdx: dpia.date: is required when the DPIA status is gjennomført',
    ]);
  });

  it('requires the evaluation against every criterion of the founding texts', () => {
    const { assessment, ...withoutAssessment } = exampleTool;
    expect(problemsOf(withoutAssessment)).toEqual([
      'docs/verktoy/bildedeling.mdx: assessment: is required',
    ]);
    const { training_needs: _training, ...withoutTraining } = assessment;
    expect(problemsOf({ ...exampleTool, assessment: withoutTraining })).toEqual([
      'docs/verktoy/bildedeling.mdx: assessment.training_needs: is required',
    ]);
    expect(problemsOf({ ...exampleTool, assessment: { ...assessment, security: ' ' } })).toEqual([
      'docs/verktoy/bildedeling.mdx: assessment.security: must not be empty',
    ]);
  });

  it('rejects an unknown role', () => {
    expect(problemsOf({ ...exampleTool, roles: { ...exampleTool.roles, eier: 'Noen' } })).toEqual([
      'docs/verktoy/bildedeling.mdx: roles.eier: unknown field; allowed fields are system_owner, administrator, support',
    ]);
  });
});

describe('the catalogue as a whole', () => {
  it('names the tools a role is missing from', () => {
    expect(missingRoles({ roles: { administrator: 'IT' } })).toEqual(['system_owner', 'support']);
  });

  it.each([
    ['anbefalt', 'wait-before-use'],
    ['tillatt', 'wait-before-use'],
    ['prøves', 'keep-trial-small'],
    ['frarådet', 'wind-down'],
  ] as const)('advises on missing roles of a tool that is %s: %s', (status, advice) => {
    expect(missingRolesAdvice(status)).toBe(advice);
  });

  it('rejects alternatives that are not tools, or the tool itself', () => {
    const tools = [
      {
        file: 'docs/verktoy/bildedeling.mdx',
        tool: { ...exampleTool, alternatives: ['bildedeling', 'ukjent', 'intranett'] },
      },
      { file: 'docs/verktoy/intranett.mdx', tool: exampleTools[1]! },
    ];
    const surroundings = {
      brokenToolIds: new Set<string>(),
      pagePaths: new Set(exampleTool.guidelines),
    };
    expect(catalogueProblems(tools, surroundings).map(formatProblem)).toEqual([
      'docs/verktoy/bildedeling.mdx: alternatives[0]: "bildedeling" is this tool itself; name other tools',
      'docs/verktoy/bildedeling.mdx: alternatives[1]: "ukjent" is not a tool in the catalogue; tools are bildedeling, intranett',
    ]);
  });
});

describe('filtering and sorting', () => {
  const titles = (tools: { title: string }[]) => tools.map((tool) => tool.title);

  it('shows everything with no filter', () => {
    expect(filterTools(exampleSummaries, noFilter)).toHaveLength(5);
  });

  it('combines status, category and personal data; values within one filter widen it', () => {
    expect(
      titles(filterTools(exampleSummaries, { ...noFilter, statuses: ['tillatt', 'anbefalt'] })),
    ).toEqual(['Bildedeling', 'Intranettet', 'Strømmen']);
    expect(
      titles(
        filterTools(exampleSummaries, {
          ...noFilter,
          statuses: ['tillatt'],
          categories: ['video'],
        }),
      ),
    ).toEqual(['Strømmen']);
    expect(titles(filterTools(exampleSummaries, { ...noFilter, personalData: ['nei'] }))).toEqual([
      'Filsky',
      'Lysbilder',
    ]);
  });

  it('finds free text in names and verdicts, in either language, ignoring case', () => {
    expect(titles(filterTools(exampleSummaries, { ...noFilter, text: 'MØTER' }))).toEqual([
      'Strømmen',
    ]);
    expect(titles(filterTools(exampleSummaries, { ...noFilter, text: 'intranet' }))).toEqual([
      'Intranettet',
    ]);
  });

  it('sorts by status in ring order, then by name; and by any column both ways', () => {
    expect(titles(sortTools(exampleSummaries, { key: 'status', descending: false }))).toEqual([
      'Intranettet',
      'Bildedeling',
      'Strømmen',
      'Lysbilder',
      'Filsky',
    ]);
    expect(titles(sortTools(exampleSummaries, { key: 'navn', descending: true }))[0]).toBe(
      'Strømmen',
    );
    expect(
      titles(sortTools(exampleSummaries, { key: 'neste-vurdering', descending: false }))[0],
    ).toBe('Strømmen');
  });

  it('keeps filter and sort in the URL, and ignores values it does not know', () => {
    const state = {
      filter: {
        statuses: ['tillatt' as const],
        categories: ['video' as const],
        personalData: [],
        text: 'møte',
      },
      sort: { key: 'navn' as const, descending: true },
    };
    const search = searchFromFilter(state.filter, state.sort);
    expect(search).toBe('?status=tillatt&kategori=video&sok=m%C3%B8te&sorter=-navn');
    expect(filterFromSearch(search)).toEqual(state);
    expect(filterFromSearch('?status=tillatt,godkjent&sorter=farge').filter.statuses).toEqual([
      'tillatt',
    ]);
    expect(filterFromSearch('?sorter=farge').sort).toEqual({ key: 'status', descending: false });
    expect(searchFromFilter(noFilter, { key: 'status', descending: false })).toBe('');
  });
});

describe('radarLayout', () => {
  const layout = radarLayout(exampleSummaries, 200);

  it('puts each tool in the ring of its status and the sector of its category', () => {
    for (const blip of layout.blips) {
      const ring = layout.rings.find((candidate) => candidate.status === blip.status)!;
      const sector = layout.sectors.find((candidate) => candidate.category === blip.category)!;
      const { distance, angle } = polarOf(blip);
      expect(distance).toBeGreaterThan(ring.inner);
      expect(distance).toBeLessThan(ring.outer);
      const normalised = angle < sector.startAngle ? angle + 2 * Math.PI : angle;
      expect(normalised).toBeGreaterThan(sector.startAngle);
      expect(normalised).toBeLessThan(sector.endAngle);
    }
    expect(layout.blips.map((blip) => blip.id).sort()).toEqual(
      exampleTools.map((tool) => tool.id).sort(),
    );
  });

  it('spreads tools that share a cell so no two blips overlap', () => {
    const crowded = Array.from({ length: 7 }, (_, index) => ({
      ...exampleSummaries[0]!,
      id: `t${index}`,
      title: `T${index}`,
    }));
    const blips = radarLayout(crowded, 200).blips;
    for (const a of blips) {
      for (const b of blips) {
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(8);
      }
    }
  });

  it('gives the same picture for the same data', () => {
    expect(
      radarLayout([...exampleSummaries].reverse(), 200).blips.sort((a, b) =>
        a.id.localeCompare(b.id),
      ),
    ).toEqual([...layout.blips].sort((a, b) => a.id.localeCompare(b.id)));
  });
});

describe('comparing', () => {
  const ids = exampleTools.map((tool) => tool.id);
  it('reads up to three known ids from the URL, without repeats', () => {
    expect(comparedIds('filsky,ukjent,filsky,intranett,lysbilder,strommen', ids)).toEqual([
      'filsky',
      'intranett',
      'lysbilder',
    ]);
    expect(comparedIds(null, ids)).toEqual([]);
  });
  it('adds and removes a tool, never past three', () => {
    expect(toggleCompared(['filsky'], 'intranett')).toEqual(['filsky', 'intranett']);
    expect(toggleCompared(['filsky', 'intranett'], 'filsky')).toEqual(['intranett']);
    expect(toggleCompared(['a', 'b', 'c'], 'd')).toEqual(['a', 'b', 'c']);
  });
});

describe('catalogueExport', () => {
  it('writes every tool with stable ids, absolute links and its missing roles', () => {
    const exported = catalogueExport(
      exampleTools,
      'https://verktoykassa.example.no',
      new Date('2026-11-22T12:00:00Z'),
    );
    expect(exported.formatVersion).toBe(1);
    expect(exported.tools.map((tool) => tool.id)).toEqual([
      'bildedeling',
      'filsky',
      'intranett',
      'lysbilder',
      'strommen',
    ]);
    const filsky = exported.tools[1]!;
    expect(filsky).toMatchObject({
      url: 'https://verktoykassa.example.no/verktoy/filsky',
      status: 'frarådet',
      roles: { systemOwner: null, administrator: null, support: null },
      missingRoles: ['system_owner', 'administrator', 'support'],
      nextReview: '2027-03-01',
      guidelines: ['https://verktoykassa.example.no/retningslinjer/offisielle-kontoer'],
    });
  });
});
