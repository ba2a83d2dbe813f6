import type { Page } from '@playwright/test';
import { expect, openHydrated, test, waitForSettledPage, wcagViolations } from './fixtures';

const treePage = '/beslutningstre/kan-jeg-publisere';
const tree = (page: Page) => page.locator('[data-decision-tree="kan-jeg-publisere"]');
const steps = (page: Page) => tree(page).locator('[data-tree-interactive]');

test.describe('a decision tree', () => {
  test('walks to an outcome, and browser Back goes one step back', async ({ page }) => {
    await openHydrated(page, '/retningslinjer/ansattes-bruk');
    await steps(page)
      .getByRole('button', { name: 'På en av kommunens kontoer, der jeg har en rolle' })
      .click();
    await expect(
      steps(page).getByRole('heading', {
        name: 'Kan innlegget avsløre noe som er taushetsbelagt?',
      }),
    ).toBeFocused();
    await steps(page).getByRole('button', { name: 'Nei' }).click();
    await steps(page).getByRole('button', { name: 'Nei' }).click();
    await expect(page).toHaveURL(/\?kan-jeg-publisere=kommunens-konto\.nei\.nei$/);
    await steps(page)
      .getByRole('button', { name: 'Nei, kommunen eller jeg har laget alt selv' })
      .click();
    await steps(page).getByRole('button', { name: 'Ja', exact: true }).click();
    const outcome = steps(page).locator('[data-outcome="publiser"]');
    await expect(
      outcome.getByRole('heading', { name: 'Ja, når du har gått gjennom sjekklisten' }),
    ).toBeFocused();
    await expect(outcome).toContainText('Ja, med vilkår');

    await page.goBack();
    await expect(
      steps(page).getByRole('heading', { name: 'Er du rolig og klar i hodet akkurat nå?' }),
    ).toBeVisible();
    await page.goBack();
    await expect(
      steps(page).getByRole('heading', {
        name: 'Bruker du bilder, musikk, video eller tekst som andre har laget?',
      }),
    ).toBeVisible();
  });

  test('a shared link opens the same step, and an earlier answer can be changed', async ({
    page,
  }) => {
    await openHydrated(page, `${treePage}?kan-jeg-publisere=kommunens-konto.nei.nei.nei.nei`);
    await expect(steps(page).locator('[data-outcome="vent"]')).toBeVisible();
    await steps(page)
      .getByRole('button', { name: 'Endre svaret på «Er du rolig og klar i hodet akkurat nå?»' })
      .click();
    await steps(page)
      .getByRole('group', { name: /Nytt svar på/ })
      .getByRole('button', { name: 'Ja', exact: true })
      .click();
    await expect(steps(page).locator('[data-outcome="publiser"]')).toBeVisible();
    await expect(page).toHaveURL(/kan-jeg-publisere=kommunens-konto\.nei\.nei\.nei\.ja$/);
  });

  test('an outcome’s checklist is the reader’s own: its ticks are saved, and are still there after a reload', async ({
    page,
  }) => {
    await openHydrated(page, `${treePage}?kan-jeg-publisere=kommunens-konto.nei.nei.nei.ja`);
    await steps(page).getByRole('link', { name: 'Gå videre til sjekklisten' }).click();
    // The address is tidied to the plain page: the ticks now live on this device.
    await expect(page).toHaveURL(/\/sjekkliste\/for-du-publiserer$/);
    await waitForSettledPage(page);
    const checklist = page.locator('[data-checklist="for-du-publiserer"]');
    await expect(checklist.getByRole('status')).toContainText('lagret på denne enheten');
    await expect(checklist.getByRole('status')).not.toContainText('delt lenke');
    await expect(checklist.getByRole('checkbox', { checked: true })).toHaveCount(7);
    expect(await wcagViolations(page)).toEqual([]);

    await page.reload();
    await waitForSettledPage(page);
    await expect(checklist.getByRole('checkbox', { checked: true })).toHaveCount(7);
    await openHydrated(page, '/sjekkliste/for-du-publiserer');
    await expect(checklist.getByRole('checkbox', { checked: true })).toHaveCount(7);
  });

  test('an outcome’s checklist asks before touching ticks the reader saved before', async ({
    page,
  }) => {
    await openHydrated(page, '/sjekkliste/for-du-publiserer');
    const checklist = page.locator('[data-checklist="for-du-publiserer"]');
    await checklist.getByRole('checkbox').last().check();
    await expect(checklist.locator('progress')).toHaveAttribute('value', '1');

    await openHydrated(page, `${treePage}?kan-jeg-publisere=kommunens-konto.nei.nei.nei.ja`);
    await steps(page).getByRole('link', { name: 'Gå videre til sjekklisten' }).click();
    await waitForSettledPage(page);
    const question = checklist.getByRole('status');
    await expect(question).toContainText('Du har allerede 1 avkrysninger lagret');
    await expect(question.getByRole('button')).toHaveText([
      'Legg svarene til i min lagrede liste',
      'Erstatt min lagrede liste med svarene',
      'Behold min lagrede liste uendret',
    ]);
    expect(await wcagViolations(page)).toEqual([]);
    // Nothing is saved until the reader chooses: a reload still asks, and still has the one tick.
    await page.reload();
    await waitForSettledPage(page);
    await expect(question).toContainText('Du har allerede 1 avkrysninger lagret');

    await question.getByRole('button', { name: 'Legg svarene til i min lagrede liste' }).click();
    await expect(page).toHaveURL(/\/sjekkliste\/for-du-publiserer$/);
    await expect(checklist.getByRole('checkbox', { checked: true })).toHaveCount(8);
    await page.reload();
    await waitForSettledPage(page);
    await expect(checklist.getByRole('checkbox', { checked: true })).toHaveCount(8);
  });

  test('an out-of-date or garbage link says so, and tidies the address to the step it fits', async ({
    page,
  }) => {
    await openHydrated(page, `${treePage}?kan-jeg-publisere=kommunens-konto.nei.tull.nei`);
    await expect(steps(page).getByRole('status')).toContainText('passer ikke lenger');
    await expect(page).toHaveURL(/\?kan-jeg-publisere=kommunens-konto\.nei$/);
    await expect(steps(page).getByText(/^Spørsmål 3 av høyst \d+$/)).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);

    await openHydrated(page, `${treePage}?kan-jeg-publisere=%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
    await expect(steps(page).getByRole('status')).toContainText('passer ikke lenger');
    await expect(page).toHaveURL(new RegExp(`${treePage}$`));
    // The next answer is a step of its own, without the notice.
    await steps(page).getByRole('button', { name: 'På min private profil' }).click();
    await expect(steps(page).getByRole('status')).toHaveCount(0);
  });

  test('shows how far the reader has come, honestly for a branching tree', async ({ page }) => {
    await openHydrated(page, treePage);
    const first = await steps(page)
      .getByText(/^Spørsmål 1 av høyst \d+$/)
      .textContent();
    const atMost = Number(/høyst (\d+)/.exec(first!)![1]);
    expect(atMost).toBeGreaterThan(2);
    await steps(page).getByRole('button', { name: 'På min private profil' }).click();
    await expect(steps(page).getByText(/^Spørsmål 2 av høyst \d+$/)).toBeVisible();
  });

  test('sums up the answers at an outcome, with Endre buttons in body-size text', async ({
    page,
  }) => {
    await openHydrated(page, `${treePage}?kan-jeg-publisere=kommunens-konto.nei.nei.nei.ja`);
    const result = steps(page).locator('[data-tree-result]');
    await expect(result.getByRole('heading', { name: 'Svarene dine' })).toBeVisible();
    await expect(result.locator('[data-tree-answers] li')).toHaveCount(5);
    const change = result.getByRole('button', { name: /^Endre svaret på/ }).first();
    const size = await change.evaluate((button) => ({
      font: parseFloat(getComputedStyle(button).fontSize),
      height: button.getBoundingClientRect().height,
    }));
    // Was 11.9 px. WCAG 2.2's minimum target is 24 px; this is a comfortable 44.
    expect(size.font).toBeGreaterThanOrEqual(16);
    expect(size.height).toBeGreaterThanOrEqual(44);
    await change.focus();
    await expect(change).toBeFocused();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('keeps the Mermaid code for reviewers, closed at the foot of the tree’s own page', async ({
    page,
  }) => {
    await openHydrated(page, treePage);
    const diagram = page.locator('[data-tree-diagram]');
    await expect(diagram.locator('summary')).toHaveText(
      'For fagpersoner som vurderer treet: flytdiagram som Mermaid-kode',
    );
    await expect(diagram).not.toHaveAttribute('open', '');
    await expect(diagram.locator('pre')).toBeHidden();
    await expect(tree(page).locator('pre')).toHaveCount(0);
    await openHydrated(page, '/retningslinjer/ansattes-bruk');
    await expect(page.locator('[data-decision-tree] pre, [data-tree-diagram]')).toHaveCount(0);
  });

  test('can be answered by keyboard alone', async ({ page }) => {
    await openHydrated(page, treePage);
    await steps(page).getByRole('button', { name: 'På min private profil' }).focus();
    await page.keyboard.press('Enter');
    await expect(
      steps(page).getByRole('heading', { name: /Kan innlegget avsløre noe du vet gjennom jobben/ }),
    ).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(steps(page).getByRole('button', { name: 'Ja', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(
      steps(page).getByRole('heading', { name: /Er det andre personer som kan kjennes igjen/ }),
    ).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(steps(page).getByRole('button', { name: 'Nei', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(steps(page).locator('[data-outcome="privat-ok"]')).toBeVisible();
  });

  test('prints as the full outline on its own page, and as its questions where it is embedded', async ({
    page,
  }) => {
    await openHydrated(page, treePage);
    await expect(tree(page).locator('[data-tree-outline]')).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(tree(page).locator('[data-tree-outline]')).toBeVisible();
    await expect(steps(page)).toBeHidden();

    await openHydrated(page, '/retningslinjer/ansattes-bruk');
    await page.emulateMedia({ media: 'print' });
    await expect(tree(page).locator('[data-tree-outline]')).toBeHidden();
    const summary = tree(page).locator('[data-tree-print-summary]');
    await expect(summary).toBeVisible();
    await expect(summary.getByRole('link', { name: treePage })).toBeVisible();
  });

  test('has no WCAG violations at a question and at an outcome', async ({ page }) => {
    await openHydrated(page, treePage);
    expect(await wcagViolations(page)).toEqual([]);
    await openHydrated(page, `${treePage}?kan-jeg-publisere=kommunens-konto.ja`);
    await steps(page)
      .getByRole('button', { name: /Endre svaret på/ })
      .first()
      .click();
    expect(await wcagViolations(page)).toEqual([]);
  });
});

test.describe('a checklist', () => {
  const checklistPage = '/sjekkliste/ny-konto';
  const checklist = (page: Page) => page.locator('[data-checklist="ny-konto"]');

  test('keeps ticks after a reload, and resets after confirmation', async ({ page }) => {
    await openHydrated(page, checklistPage);
    await checklist(page).getByRole('checkbox').first().check();
    await checklist(page).getByRole('checkbox').nth(2).check();
    await expect(checklist(page).locator('progress')).toHaveAttribute('value', '2');
    await page.reload();
    await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
    await expect(checklist(page).getByRole('checkbox', { checked: true })).toHaveCount(2);
    await checklist(page).getByRole('button', { name: 'Nullstill' }).click();
    await checklist(page).getByRole('button', { name: 'Ja, nullstill' }).click();
    await expect(checklist(page).getByRole('checkbox', { checked: true })).toHaveCount(0);
  });

  test('shares exactly the ticked state through its link', async ({ page, browser }) => {
    await openHydrated(page, checklistPage);
    await checklist(page).getByRole('checkbox').nth(1).check();
    const link = await checklist(page).getByLabel('Lenke til listen slik den er nå:').inputValue();
    expect(link).toMatch(/\/sjekkliste\/ny-konto\?ny-konto=[a-z-]+$/);

    const leader = await browser.newPage();
    await leader.goto(link);
    await expect(leader.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
    const shared = leader.locator('[data-checklist="ny-konto"]');
    await expect(shared.getByRole('checkbox', { checked: true })).toHaveCount(1);
    await expect(shared.getByRole('checkbox').nth(1)).toBeChecked();
    await leader.close();
  });

  test('recovers from damaged saved progress with a notice, not a blank page', async ({ page }) => {
    await openHydrated(page, checklistPage);
    await checklist(page).getByRole('checkbox').first().check();
    // Damage whatever key Docusaurus's storage slot wrote, as a broken browser extension might.
    await page.evaluate(() => {
      for (const key of Object.keys(window.localStorage)) {
        if (key.includes('verktoykassa.sjekkliste.ny-konto'))
          window.localStorage.setItem(key, '{ikke json');
      }
    });
    await page.reload();
    await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
    await expect(checklist(page).getByRole('status')).toContainText('kunne ikke leses');
    await expect(checklist(page).getByRole('checkbox', { checked: true })).toHaveCount(0);
    expect(await wcagViolations(page)).toEqual([]);
    await checklist(page).getByRole('checkbox').nth(3).check();
    await expect(checklist(page).getByRole('status')).toHaveCount(0);
  });

  test('a link that cannot be read shows the reader’s own saved ticks, and never saves over them', async ({
    page,
  }) => {
    await openHydrated(page, checklistPage);
    await checklist(page).getByRole('checkbox').nth(2).check();
    await openHydrated(page, `${checklistPage}?ny-konto=%C3%B8del%C3%A6gt..x`);
    await expect(checklist(page).getByRole('status')).toContainText(
      'Lenken du åpnet, kunne ikke leses',
    );
    await expect(page).toHaveURL(new RegExp(`${checklistPage}$`));
    await expect(checklist(page).getByRole('checkbox', { checked: true })).toHaveCount(1);
    await expect(checklist(page).getByRole('checkbox').nth(2)).toBeChecked();
    await expect(
      checklist(page).getByRole('button', { name: 'Lagre på denne enheten' }),
    ).toHaveCount(0);
    expect(await wcagViolations(page)).toEqual([]);
    await page.reload();
    await waitForSettledPage(page);
    await expect(checklist(page).getByRole('checkbox').nth(2)).toBeChecked();
  });

  /** What Docusaurus's storage slot logs when the browser refuses a write; expected in these tests. */
  const withoutStorageErrors = (errors: string[]) => {
    const kept = errors.filter((error) => !error.startsWith('Docusaurus storage error'));
    errors.splice(0, errors.length, ...kept);
  };

  test('ticks for the visit when storage is full, and says they will not be kept', async ({
    page,
    consoleErrors,
  }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await openHydrated(page, checklistPage);
    await checklist(page).getByRole('checkbox').first().check();
    await checklist(page).getByRole('checkbox').nth(1).check();
    await expect(checklist(page).getByRole('checkbox', { checked: true })).toHaveCount(2);
    await expect(checklist(page).locator('progress')).toHaveAttribute('value', '2');
    await expect(checklist(page).getByRole('status')).toContainText('blir ikke tatt vare på');
    expect(await wcagViolations(page)).toEqual([]);
    withoutStorageErrors(consoleErrors);
  });

  test('ticks for the visit when storage is blocked altogether, and a tree’s ticks still arrive', async ({
    page,
    consoleErrors,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await openHydrated(page, checklistPage);
    await checklist(page).getByRole('checkbox').first().check();
    await expect(checklist(page).getByRole('checkbox').first()).toBeChecked();
    await expect(checklist(page).getByRole('status')).toContainText('blir ikke tatt vare på');

    await openHydrated(page, `${treePage}?kan-jeg-publisere=kommunens-konto.nei.nei.nei.ja`);
    await steps(page).getByRole('link', { name: 'Gå videre til sjekklisten' }).click();
    await waitForSettledPage(page);
    const fromTree = page.locator('[data-checklist="for-du-publiserer"]');
    await expect(fromTree.getByRole('checkbox', { checked: true })).toHaveCount(7);
    await expect(fromTree.getByRole('status')).toContainText('blir ikke tatt vare på');
    withoutStorageErrors(consoleErrors);
  });

  test('downloads its state as Markdown and prints with date and every item', async ({ page }) => {
    await openHydrated(page, checklistPage);
    await checklist(page).getByRole('checkbox').first().check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      checklist(page)
        .getByRole('button', { name: /Last ned listen med avkrysningene/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('ny-konto.md');
    const markdown = await (await download.createReadStream()).toArray();
    const text = Buffer.concat(markdown).toString('utf8');
    expect(text).toMatch(/^# Før dere åpner en ny konto/);
    expect(text).toContain('- [x] ');
    expect(text).toContain('- [ ] ');

    await page.emulateMedia({ media: 'print' });
    await expect(checklist(page).getByText(/^Skrevet ut \d{1,2}\. \w+ \d{4}$/)).toBeVisible();
    await expect(checklist(page).getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a decision tree is a complete outline of questions, answers and outcomes', async ({
    page,
  }) => {
    await page.goto('/retningslinjer/ansattes-bruk');
    const outline = tree(page).locator('[data-tree-outline]');
    await expect(outline).toBeVisible();
    for (const outcome of [
      'publiser',
      'vent',
      'ikke-publiser',
      'velg-annet-bilde',
      'spor-forst',
      'ikke-privat',
      'privat-ok',
    ]) {
      await expect(outline.locator(`[data-outcome="${outcome}"]`).first()).toBeVisible();
    }
    await expect(outline.getByText('Hvor skal du publisere?')).toBeVisible();
    await expect(outline.getByText('Hvis du svarer «På min private profil»:')).toBeVisible();
  });

  test('a checklist is a readable list of every item with its help text', async ({ page }) => {
    await page.goto('/retningslinjer/offisielle-kontoer');
    const list = page.locator('[data-checklist="ny-konto"]');
    await expect(list.getByRole('checkbox')).toHaveCount(26);
    await expect(list.locator('p[id$="-hjelp"]').first()).toBeVisible();
  });
});

test('the overview lists every tree and checklist', async ({ page }) => {
  await openHydrated(page, '/verktoy-for-a-bestemme');
  const overview = page.locator('[data-decision-tool-list]');
  await expect(overview.locator('[data-tool]')).toHaveCount(11);
  await overview.getByRole('link', { name: 'Kan jeg publisere dette?' }).click();
  await expect(page).toHaveURL(/\/beslutningstre\/kan-jeg-publisere$/);
  expect(await wcagViolations(page)).toEqual([]);
});

test('a page without a tree or checklist loads none of their code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text());
  });
  await openHydrated(page, '/retningslinjer/universell-utforming');
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(
    scripts.filter(
      (code) => code.includes('data-decision-tree') || code.includes('data-checklist'),
    ),
  ).toEqual([]);

  await page.goto('/retningslinjer/ansattes-bruk');
  await page.waitForLoadState('networkidle');
  expect(scripts.some((code) => code.includes('data-decision-tree'))).toBe(true);
  // The schemas check content at build time; the browser needs none of zod.
  expect(scripts.filter((code) => code.includes('ZodError'))).toEqual([]);
});
