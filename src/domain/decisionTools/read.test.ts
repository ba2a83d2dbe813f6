import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { exampleChecklist, exampleTree } from '../../../test/fixtures/decisionTools';
import { formatProblem } from '../content/problems';
import { readDecisionTools } from './read';

const treeFile = (tree: object, name = 'eksempel-tre') => ({
  path: `data/beslutningstraer/${name}.yml`,
  text: stringify(tree),
});
const checklistFile = (checklist: object, name = 'eksempel-liste') => ({
  path: `data/sjekklister/${name}.yml`,
  text: stringify(checklist),
});
const problemsOf = (
  trees: { path: string; text: string }[],
  checklists: { path: string; text: string }[],
) => readDecisionTools(trees, checklists).problems.map(formatProblem);

describe('readDecisionTools', () => {
  it('reads valid trees and checklists', () => {
    const { tools, problems } = readDecisionTools(
      [treeFile(exampleTree)],
      [checklistFile(exampleChecklist)],
    );
    expect(problems).toEqual([]);
    expect(tools.trees.map((tree) => tree.id)).toEqual(['eksempel-tre']);
    expect(tools.checklists[0]?.groups?.[1]?.items[0]?.required).toBe(false);
  });

  it('requires the id to match the file name', () => {
    expect(
      problemsOf([treeFile(exampleTree, 'annet-navn')], [checklistFile(exampleChecklist)]),
    ).toEqual([
      'data/beslutningstraer/annet-navn.yml: id: "eksempel-tre" must match the file name "annet-navn", so links and saved progress find it',
    ]);
  });

  it('rejects an outcome without a kind, naming the valid kinds', () => {
    const broken = {
      ...exampleTree,
      outcomes: {
        ...exampleTree.outcomes,
        vent: { ...exampleTree.outcomes.vent, kind: 'kanskje' },
      },
    };
    expect(problemsOf([treeFile(broken)], [checklistFile(exampleChecklist)])).toEqual([
      'data/beslutningstraer/eksempel-tre.yml: outcomes.vent.kind: "kanskje" is not one of ja, nei, ja-med-vilkår, spør',
    ]);
  });

  it('rejects outcome links that are not paths inside the site', () => {
    const broken = {
      ...exampleTree,
      outcomes: {
        ...exampleTree.outcomes,
        vent: {
          ...exampleTree.outcomes.vent,
          links: [{ label: 'Et sted', to: 'retningslinjer/arkivering' }],
        },
      },
    };
    expect(problemsOf([treeFile(broken)], [checklistFile(exampleChecklist)])).toEqual([
      'data/beslutningstraer/eksempel-tre.yml: outcomes.vent.links[0].to: must be a path inside the site starting with /, for example /retningslinjer/arkivering',
    ]);
  });

  it('rejects an outcome pointing at a checklist or item that does not exist', () => {
    const publiser = exampleTree.outcomes.publiser!;
    const unknownList = {
      ...exampleTree,
      outcomes: {
        ...exampleTree.outcomes,
        publiser: { ...publiser, checklist: { id: 'ukjent', tick: [] } },
      },
    };
    expect(problemsOf([treeFile(unknownList)], [checklistFile(exampleChecklist)])).toEqual([
      'data/beslutningstraer/eksempel-tre.yml: outcomes.publiser.checklist.id: "ukjent" is not a checklist; checklists are eksempel-liste',
    ]);
    const unknownItem = {
      ...exampleTree,
      outcomes: {
        ...exampleTree.outcomes,
        publiser: { ...publiser, checklist: { id: 'eksempel-liste', tick: ['samtykke', 'kaffe'] } },
      },
    };
    expect(problemsOf([treeFile(unknownItem)], [checklistFile(exampleChecklist)])).toEqual([
      'data/beslutningstraer/eksempel-tre.yml: outcomes.publiser.checklist.tick[1]: "kaffe" is not an item of checklist eksempel-liste; its items are samtykke, alt-tekst, folg-opp',
    ]);
  });

  it('rejects an unknown field in a question', () => {
    const humor = exampleTree.questions.humor!;
    const broken = {
      ...exampleTree,
      questions: { ...exampleTree.questions, humor: { ...humor, hint: 'Tenk deg om' } },
    };
    expect(problemsOf([treeFile(broken)], [checklistFile(exampleChecklist)])).toEqual([
      'data/beslutningstraer/eksempel-tre.yml: questions.humor.hint: unknown field; allowed fields are question, help, answers',
    ]);
  });

  it('rejects a question with only one answer', () => {
    const humor = exampleTree.questions.humor!;
    const broken = {
      ...exampleTree,
      questions: { ...exampleTree.questions, humor: { ...humor, answers: [humor.answers[0]] } },
    };
    expect(problemsOf([treeFile(broken)], [checklistFile(exampleChecklist)])).toContain(
      'data/beslutningstraer/eksempel-tre.yml: questions.humor.answers: must offer at least two answers',
    );
  });

  it('rejects checklist items with repeated ids or empty text', () => {
    const [content, after] = exampleChecklist.groups!;
    const broken = {
      ...exampleChecklist,
      groups: [content, { ...after, items: [{ id: 'tom', text: '  ' }] }],
    };
    expect(problemsOf([], [checklistFile(broken)])).toEqual([
      'data/sjekklister/eksempel-liste.yml: groups[1].items[0].text: must not be empty',
    ]);
    const repeated = {
      ...exampleChecklist,
      groups: [content, { ...after, items: [{ id: 'samtykke', text: 'Igjen.' }] }],
    };
    expect(problemsOf([], [checklistFile(repeated)])).toEqual([
      'data/sjekklister/eksempel-liste.yml: groups[1].items[0].id: "samtykke" is already used by groups[0].items[0]; ids must be unique in a checklist',
    ]);
  });

  it('requires either items or groups in a checklist', () => {
    const { groups: _groups, ...withoutItems } = exampleChecklist;
    expect(problemsOf([], [checklistFile(withoutItems)])).toEqual([
      'data/sjekklister/eksempel-liste.yml: items: is required: give either items (a flat list) or groups (titled groups of items)',
    ]);
  });

  it('reports a YAML mistake with its line', () => {
    expect(problemsOf([], [{ path: 'data/sjekklister/x.yml', text: 'id: x\nid: y\n' }])).toEqual([
      'data/sjekklister/x.yml: the file is not valid YAML (line 2): Map keys must be unique',
    ]);
  });
});
