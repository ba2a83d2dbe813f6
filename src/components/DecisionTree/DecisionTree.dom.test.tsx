import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { chainTree } from '../../../test/fixtures/chainTree';
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
    expect(steps().getByText('Spørsmål 2 av høyst 3: Har alle samtykket?')).toBeTruthy();

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
    ).toBe('/sjekkliste/eksempel-liste?eksempel-liste=samtykke&fra=svarene');
  });

  it('opens at the step a shared link names', () => {
    fakeHistory.reset('eksempel-tre=ja.ja');
    render(<DecisionTree tree={exampleTree} />);
    expect(
      steps().getByRole('heading', { name: 'Er du sint, lei deg eller beruset?' }),
    ).toBeTruthy();
    expect(steps().getByText('Spørsmål 3 av høyst 3')).toBeTruthy();
  });

  it('counts each question against the most the way can still come to', async () => {
    const user = userEvent.setup();
    render(<DecisionTree tree={exampleTree} />);
    expect(steps().getByText('Spørsmål 1 av høyst 3')).toBeTruthy();
    await user.click(steps().getByRole('button', { name: 'Nei' }));
    // No people in the picture: only the mood question is left.
    expect(steps().getByText('Spørsmål 2 av høyst 2')).toBeTruthy();
  });

  it.each([
    ['an answer the tree does not have', 'eksempel-tre=ja.kanskje.nei', 'eksempel-tre=ja'],
    ['garbage', 'eksempel-tre=%3Cimg%20src%3Dx%3E&annet=1', 'annet=1'],
    ['answers past an outcome', 'eksempel-tre=ja.nei.ja', 'eksempel-tre=ja.nei'],
  ])(
    'says a link with %s was out of date, and tidies the address in place',
    (_case, link, tidied) => {
      fakeHistory.reset(link);
      render(<DecisionTree tree={exampleTree} />);
      expect(steps().getByRole('status').textContent).toContain('passer ikke lenger');
      expect(fakeHistory.search).toBe(tidied);
    },
  );

  it('keeps quiet about a sound link', () => {
    fakeHistory.reset('eksempel-tre=ja');
    render(<DecisionTree tree={exampleTree} />);
    expect(steps().queryByRole('status')).toBeNull();
    expect(fakeHistory.search).toBe('eksempel-tre=ja');
  });

  it('sums up the answers at an outcome, with a change button for each, before the outcome', () => {
    fakeHistory.reset('eksempel-tre=ja.ja.nei');
    render(<DecisionTree tree={exampleTree} />);
    const result = tree().querySelector('[data-tree-result]') as HTMLElement;
    const answers = within(result).getByRole('heading', { name: 'Svarene dine' });
    const outcome = within(result).getByRole('heading', { name: 'Du kan publisere' });
    expect(
      answers.compareDocumentPosition(outcome) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    const items = within(result).getAllByRole('listitem').slice(0, 3);
    expect(items.map((item) => item.textContent)).toEqual([
      'Er det personer på bildet? Ja Endre',
      'Har alle samtykket? Ja Endre',
      'Er du sint, lei deg eller beruset? Nei Endre',
    ]);
    const change = within(result).getByRole('button', {
      name: 'Endre svaret på «Har alle samtykket?»',
    });
    // Not the small button size (11.9 px): the stylesheet gives it body text and a 44 px target.
    expect(change.className).not.toContain('button--sm');
    expect(change.className).toContain('changeButton');
    expect(within(result).getByRole('button', { name: 'Skriv ut svarene' })).toBeTruthy();
    expect(within(result).getByText(/^Svarene kan åpnes igjen på /).textContent).toBe(
      'Svarene kan åpnes igjen på https://verktoykassa.example.no/sjekkliste/test?eksempel-tre=ja.ja.nei',
    );
  });

  // Rendering a thousand questions takes jsdom a few seconds on a busy machine.
  it.each([100, 1000])(
    'renders a chain of %i questions as a flat outline, no deeper than a short tree',
    { timeout: 30_000 },
    (length) => {
      const { container } = render(<DecisionTree tree={chainTree(length)} />);
      const depth = (element: Element): number =>
        1 + Math.max(0, ...Array.from(element.children, depth));
      expect(depth(container)).toBeLessThanOrEqual(12);
      const outline = container.querySelector('[data-tree-outline]') as HTMLElement;
      const last = outline.querySelector(`#kjede-${length}--q${length} p`);
      expect(last?.textContent).toBe(`Spørsmål ${length}: Spørsmål nummer ${length} i kjeden?`);
      expect(outline.querySelector(`a[href="#kjede-${length}--q2"]`)?.textContent).toBe(
        'gå til spørsmål 2: «Spørsmål nummer 2 i kjeden?»',
      );
    },
  );

  it('says so, and marks the language, where a translated site shows it in Norwegian', () => {
    render(<DecisionTree tree={{ ...exampleTree, untranslated: true }} />);
    expect(
      screen.getByText('Dette beslutningstreet er ikke oversatt ennå, og vises på norsk.'),
    ).toBeTruthy();
    expect(tree().getAttribute('lang')).toBe('nb-NO');
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

  it('keeps the complete outline for print: every question, where each answer leads, and every outcome', () => {
    render(<DecisionTree tree={exampleTree} />);
    const outline = tree().querySelector('[data-tree-outline]') as HTMLElement;
    for (const text of [
      'Spørsmål 1: Er det personer på bildet?',
      'Spørsmål 2: Har alle samtykket?',
      'Spørsmål 3: Er du sint, lei deg eller beruset?',
    ]) {
      expect(within(outline).getByText(text)).toBeTruthy();
    }
    for (const title of ['Ikke publiser', 'Vent til i morgen', 'Du kan publisere']) {
      expect(within(outline).getByRole('heading', { name: title })).toBeTruthy();
    }
    expect(within(outline).getAllByText('Hvis du svarer «Nei»:').length).toBeGreaterThan(0);
    expect(
      within(outline).getByRole('link', { name: 'svaret er «Ikke publiser»' }).getAttribute('href'),
    ).toBe('#eksempel-tre--ikke-publiser');
    // The outline is not the reader's way: its checklist link saves nothing as theirs.
    for (const link of within(outline).queryAllByRole('link', {
      name: 'Gå videre til sjekklisten',
    })) {
      expect(link.getAttribute('href')).not.toContain('fra=svarene');
    }
  });

  it('keeps the Mermaid source out of the reading flow: an embedded tree has none', () => {
    render(<DecisionTree tree={exampleTree} />);
    expect(tree().querySelector('pre code')).toBeNull();
    expect(screen.queryByText(/Mermaid/)).toBeNull();
  });
});
