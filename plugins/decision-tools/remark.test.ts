import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRemark, summary } from '../../test/plugins/remark';
import remarkDecisionTools, { type DataModules } from './remark';

const fixture = readFileSync(path.resolve(__dirname, '../../test/fixtures/mdx/embeds.mdx'), 'utf8')
  // The frontmatter is read by the content model, not by remark.
  .replace(/^---[\s\S]*?---\n/, '');

const modules: DataModules = {
  trees: new Map([['kan-jeg-publisere', '/gen/nb/tree-kan-jeg-publisere.json']]),
  checklists: new Map([['ny-konto', '/gen/nb/checklist-ny-konto.json']]),
  overview: '/gen/nb/overview.json',
};

const page = (mdx: string) => runRemark(remarkDecisionTools, { modules }, mdx);

describe('remarkDecisionTools', () => {
  it('imports each component and its data once, and passes the data to every use', () => {
    expect(summary(page(fixture))).toEqual({
      imports: [
        'import DecisionTree from "@site/src/components/DecisionTree";',
        'import tree_kanJegPublisere from "/gen/nb/tree-kan-jeg-publisere.json";',
        'import Checklist from "@site/src/components/Checklist";',
        'import checklist_nyKonto from "/gen/nb/checklist-ny-konto.json";',
        'import DecisionToolList from "@site/src/components/DecisionToolList";',
        'import decisionToolOverview from "/gen/nb/overview.json";',
      ],
      elements: [
        '<DecisionTree id="kan-jeg-publisere" tree={tree_kanJegPublisere} />',
        '<Checklist id="ny-konto" checklist={checklist_nyKonto} />',
        '<Checklist id="ny-konto" checklist={checklist_nyKonto} />',
        '<DecisionToolList tools={decisionToolOverview} />',
      ],
    });
  });

  it('leaves a page without decision tools alone: no imports, so no code loaded', () => {
    expect(summary(page('# Bare tekst\n\nIngen trær her.\n'))).toEqual({
      imports: [],
      elements: [],
    });
  });

  it.each([
    [
      '<DecisionTree id="finnes-ikke" />',
      'docs/side.mdx:1: <DecisionTree id="finnes-ikke">: "finnes-ikke" is not in data/beslutningstraer/; ids are kan-jeg-publisere',
    ],
    [
      '<DecisionTree />',
      'docs/side.mdx:1: <DecisionTree>: needs id="…" naming a file in data/beslutningstraer/; ids are kan-jeg-publisere',
    ],
    [
      'Tekst\n\n<Checklist id={valgtListe} />',
      'docs/side.mdx:3: <Checklist>: id={valgtListe} must be written as text, id="…", so the build can check it; ids are ny-konto',
    ],
  ])('refuses %s, naming the page and line', (mdx, message) => {
    expect(() => page(mdx)).toThrow(message);
  });
});
