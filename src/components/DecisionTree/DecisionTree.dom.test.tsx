import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { exampleTree } from '../../../test/fixtures/decisionTools';
import { fakeHistory } from '../../../test/stubs/themeCommon';
import DecisionTree from '.';

beforeEach(() => fakeHistory.reset());

const tree = () => screen.getByRole('region', { name: 'Kan jeg publisere bildet?' });
/** The interactive part; the print outline beside it is hidden by CSS, which jsdom does not apply. */
const steps = () => within(tree().querySelector('[data-tree-interactive]') as HTMLElement);

describe('DecisionTree', () => {
  it('asks the first question with its answers as buttons', () => {
    render(<DecisionTree tree={exampleTree} />);
    expect(tree().getAttribute('data-decision-tree')).toBe('eksempel-tre');
    expect(steps().getByRole('heading', { name: 'Er det personer på bildet?' })).toBeTruthy();
    expect(steps().getByRole('button', { name: 'Ja' })).toBeTruthy();
    expect(steps().getByRole('button', { name: 'Nei' })).toBeTruthy();
    expect(steps().queryByRole('button', { name: 'Tilbake' })).toBeNull();
  });

  it('walks to an outcome by keyboard alone, moving focus and announcing each step', async () => {
    const user = userEvent.setup();
    render(<DecisionTree tree={exampleTree} />);
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Ja');
    await user.keyboard('{Enter}');
    const next = steps().getByRole('heading', { name: 'Har alle samtykket?' });
    expect(document.activeElement).toBe(next);
    expect(steps().getByText('Spørsmål 2: Har alle samtykket?')).toBeTruthy();

    await user.click(steps().getByRole('button', { name: 'Nei' }));
    const outcome = steps().getByRole('heading', { name: 'Ikke publiser' });
    expect(document.activeElement).toBe(outcome);
    expect(steps().getByText('Svar: Ikke publiser')).toBeTruthy();
    expect(fakeHistory.search).toBe('eksempel-tre=ja.nei');
  });

  it('shows the verdict, the explanation, the governing guideline and the checklist to open', async () => {
    const user = userEvent.setup();
    render(<DecisionTree tree={exampleTree} />);
    await user.click(steps().getByRole('button', { name: 'Nei' }));
    await user.click(steps().getByRole('button', { name: 'Nei' }));
    const outcome = steps()
      .getByRole('heading', { name: 'Du kan publisere' })
      .closest('[data-outcome]') as HTMLElement;
    expect(within(outcome).getByText('Ja, med vilkår')).toBeTruthy();
    expect(within(outcome).getByText('Gå gjennom sjekklisten først.')).toBeTruthy();
    expect(
      within(outcome).getByRole('link', { name: 'Gå videre til sjekklisten' }).getAttribute('href'),
    ).toBe('/sjekkliste/eksempel-liste?eksempel-liste=samtykke');
  });

  it('opens at the step a shared link names', () => {
    fakeHistory.reset('eksempel-tre=ja.ja');
    render(<DecisionTree tree={exampleTree} />);
    expect(
      steps().getByRole('heading', { name: 'Er du sint, lei deg eller beruset?' }),
    ).toBeTruthy();
    expect(steps().getByText('Spørsmål 3')).toBeTruthy();
  });

  it('goes one step back with the browser’s back, with Back, and starts again', async () => {
    const user = userEvent.setup();
    render(<DecisionTree tree={exampleTree} />);
    await user.click(steps().getByRole('button', { name: 'Ja' }));
    await user.click(steps().getByRole('button', { name: 'Ja' }));
    act(() => fakeHistory.back());
    expect(steps().getByRole('heading', { name: 'Har alle samtykket?' })).toBeTruthy();
    act(() => fakeHistory.back());
    expect(steps().getByRole('heading', { name: 'Er det personer på bildet?' })).toBeTruthy();

    await user.click(steps().getByRole('button', { name: 'Nei' }));
    await user.click(steps().getByRole('button', { name: 'Tilbake' }));
    expect(steps().getByRole('heading', { name: 'Er det personer på bildet?' })).toBeTruthy();
    await user.click(steps().getByRole('button', { name: 'Nei' }));
    await user.click(steps().getByRole('button', { name: 'Ja' }));
    await user.click(steps().getByRole('button', { name: 'Start på nytt' }));
    expect(steps().getByRole('heading', { name: 'Er det personer på bildet?' })).toBeTruthy();
    expect(fakeHistory.search).toBe('');
  });

  it('lets the reader change an earlier answer, keeping the later ones that still apply', async () => {
    const user = userEvent.setup();
    fakeHistory.reset('eksempel-tre=ja.ja.ja');
    render(<DecisionTree tree={exampleTree} />);
    expect(steps().getByRole('heading', { name: 'Vent til i morgen' })).toBeTruthy();
    await user.click(
      steps().getByRole('button', { name: 'Endre svaret på «Er det personer på bildet?»' }),
    );
    const choices = steps().getByRole('group', {
      name: 'Nytt svar på «Er det personer på bildet?»',
    });
    expect(within(choices).getByRole('button', { name: 'Ja' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await user.click(within(choices).getByRole('button', { name: 'Nei' }));
    // The mood question is still on the way, so its answer stays; the consent answer no longer applies.
    expect(fakeHistory.search).toBe('eksempel-tre=nei.ja');
    expect(steps().getByRole('heading', { name: 'Vent til i morgen' })).toBeTruthy();
  });

  it('keeps the complete outline for print: every question, answer and outcome', () => {
    render(<DecisionTree tree={exampleTree} />);
    const outline = tree().querySelector('[data-tree-outline]') as HTMLElement;
    for (const text of [
      'Er det personer på bildet?',
      'Har alle samtykket?',
      'Er du sint, lei deg eller beruset?',
    ]) {
      expect(within(outline).getAllByText(text).length).toBeGreaterThan(0);
    }
    for (const title of ['Ikke publiser', 'Vent til i morgen', 'Du kan publisere']) {
      expect(within(outline).getByRole('heading', { name: title })).toBeTruthy();
    }
    expect(within(outline).getAllByText('Hvis du svarer «Nei»:').length).toBeGreaterThan(0);
  });

  it('offers the Mermaid source of the tree for reviewers', () => {
    render(<DecisionTree tree={exampleTree} />);
    expect(screen.getByText('Flytdiagram for fagpersoner (Mermaid)')).toBeTruthy();
    expect(tree().querySelector('pre code')?.textContent).toContain('flowchart TD');
  });
});
