import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { exampleChecklist, exampleTree } from '../../../test/fixtures/decisionTools';
import { formatProblem } from '../content/problems';
import { translateDecisionTools } from './translation';

const source = { trees: [exampleTree], checklists: [exampleChecklist] };
const folder = 'i18n/en/verktoykassa-decision-tools';
const treeFile = (tree: object) => ({
  path: `${folder}/beslutningstraer/eksempel-tre.yml`,
  text: stringify(tree),
});
const checklistFile = (checklist: object) => ({
  path: `${folder}/sjekklister/eksempel-liste.yml`,
  text: stringify(checklist),
});

const englishTree = structuredClone(exampleTree);
englishTree.title = 'May I publish the picture?';
englishTree.questions.personer!.question = 'Are there people in the picture?';
englishTree.questions.personer!.answers[0]!.label = 'Yes';
englishTree.outcomes.vent!.title = 'Wait until tomorrow';

describe('translateDecisionTools', () => {
  it('puts a translation with the same structure in place of its source', () => {
    const { tools, problems, untranslated } = translateDecisionTools(source, {
      trees: [treeFile(englishTree)],
      checklists: [],
    });
    expect(problems).toEqual([]);
    expect(tools.trees[0]!.questions.personer!.question).toBe('Are there people in the picture?');
    // Untranslated checklists stay in the source language, and are named so the views can say so.
    expect(tools.checklists[0]).toBe(exampleChecklist);
    expect(untranslated).toEqual({ trees: new Set(), checklists: new Set(['eksempel-liste']) });
  });

  it('refuses a translation whose answers lead elsewhere, and keeps the source', () => {
    const wrong = structuredClone(englishTree);
    wrong.questions.personer!.answers[1]!.next = 'vent';
    const { tools, problems, untranslated } = translateDecisionTools(source, {
      trees: [treeFile(wrong)],
      checklists: [],
    });
    expect(untranslated.trees).toEqual(new Set(['eksempel-tre']));
    expect(problems.map(formatProblem)).toEqual([
      `${folder}/beslutningstraer/eksempel-tre.yml: questions.personer.answers: ["ja → samtykke","nei → vent"] differs from the source (["ja → samtykke","nei → humor"]); a translation keeps the ids and structure of its source`,
    ]);
    expect(tools.trees[0]).toBe(exampleTree);
  });

  it('refuses a checklist translation with other items or an item made optional', () => {
    const wrong = structuredClone(exampleChecklist);
    wrong.groups![0]!.items[0]!.required = false;
    const { problems } = translateDecisionTools(source, {
      trees: [],
      checklists: [checklistFile(wrong)],
    });
    expect(problems.map(formatProblem)[0]).toMatch(
      /sjekklister\/eksempel-liste\.yml: items: .* differs from the source/,
    );
  });

  it('refuses a translation of a tree that does not exist', () => {
    const { problems } = translateDecisionTools(source, {
      trees: [
        {
          path: `${folder}/beslutningstraer/borte.yml`,
          text: stringify({ ...englishTree, id: 'borte' }),
        },
      ],
      checklists: [],
    });
    expect(problems.map(formatProblem)).toEqual([
      `${folder}/beslutningstraer/borte.yml: id: "borte" translates nothing: there is no source with that id; ids are eksempel-tre`,
    ]);
  });

  it('refuses an outcome whose links point elsewhere than the source’s', () => {
    const wrong = structuredClone(englishTree);
    wrong.outcomes['ikke-publiser']!.links = [
      { label: 'Privacy', to: '/en/retningslinjer/personvern-og-bilder' },
    ];
    const { problems } = translateDecisionTools(source, {
      trees: [treeFile(wrong)],
      checklists: [],
    });
    expect(problems.map(formatProblem)[0]).toMatch(
      /outcomes\.ikke-publiser\.links: .* differs from the source/,
    );
  });
});
