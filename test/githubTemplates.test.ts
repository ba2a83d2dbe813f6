import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { organisation } from '../organisation';
import { owningUnits, parseOrganisation } from '../src/domain/organisation';
import { dataLocations, personalDataRules, toolCategories } from '../src/domain/tools/vocabulary';
import { siteDir } from './contentFiles';

/**
 * The issue forms ask in the words of the content model, so the answers can
 * go straight into a file; when a vocabulary or the units change, these tests
 * say which form to update.
 */
const formsFolder = path.join(siteDir, '.github/ISSUE_TEMPLATE');
const forms = readdirSync(formsFolder).filter((name) => name !== 'config.yml');

type Field = {
  type: string;
  id?: string;
  attributes: { label?: string; options?: (string | { label: string })[] };
};
type IssueForm = { name: string; description: string; body: Field[] };

function form(name: string): IssueForm {
  return parse(readFileSync(path.join(formsFolder, name), 'utf8')) as IssueForm;
}

function optionsOf(name: string, id: string): unknown[] | undefined {
  return form(name).body.find((field) => field.id === id)?.attributes.options;
}

describe('the issue forms', () => {
  it('are the three the contributors need', () => {
    expect(forms.sort()).toEqual([
      'feil-i-innhold.yml',
      'ny-retningslinje.yml',
      'nytt-verktoy.yml',
    ]);
  });

  it.each(forms)('%s has a name, a description and fields with unique ids and labels', (name) => {
    const { name: title, description, body } = form(name);
    expect(title).toBeTruthy();
    expect(description).toBeTruthy();
    const inputs = body.filter((field) => field.type !== 'markdown');
    expect(inputs.length).toBeGreaterThan(0);
    for (const field of inputs) expect(field.attributes.label, field.id).toBeTruthy();
    const ids = inputs.map((field) => field.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('offer the tool vocabulary of the catalogue', () => {
    expect(optionsOf('nytt-verktoy.yml', 'kategori')).toEqual([...toolCategories, 'Vet ikke']);
    expect(optionsOf('nytt-verktoy.yml', 'personopplysninger')).toEqual([
      ...personalDataRules,
      'Vet ikke',
    ]);
    expect(optionsOf('nytt-verktoy.yml', 'datalagring')).toEqual([...dataLocations, 'Vet ikke']);
  });

  it('offer the units of organisation.ts as owners of a new guideline', () => {
    expect(optionsOf('ny-retningslinje.yml', 'eier')).toEqual([
      ...owningUnits(parseOrganisation(organisation)),
      'Vet ikke',
    ]);
  });
});

describe('the pull request template', () => {
  it('asks why, how it was tested, for screenshots, and checks the content', () => {
    const template = readFileSync(path.join(siteDir, '.github/pull_request_template.md'), 'utf8');
    expect(template.match(/^## .+$/gm)).toEqual([
      '## Hvorfor',
      '## Slik har jeg testet',
      '## Skjermbilder',
      '## Sjekkliste for innhold',
    ]);
    for (const field of ['legal_basis', 'owner', 'last_reviewed'])
      expect(template).toContain(field);
  });
});
