import path from 'node:path';
import { codeRules, pageWeightBudgets, startupImports } from '../pageWeightBudgets';
import { budgetProblems, codeProblems, kilobyte } from '../src/domain/pageWeight/check';
import { pageKinds } from '../src/domain/pageWeight/pageKind';
import { weighBuiltSite } from './pageWeight/builtSite';

/**
 * npm run check:weight (after npm run build)
 *
 * Weighs every HTML page in build/: the JavaScript and CSS it loads before it is
 * interactive, gzipped. Prints the figures by kind of page, then one line per
 * page over its budget and per piece of code in the wrong place, and fails if
 * there is any. Budgets and rules: pageWeightBudgets.ts.
 */
const siteDir = path.resolve(__dirname, '..');
const site = weighBuiltSite(siteDir, startupImports);
const kb = (bytes: number) => (bytes / kilobyte).toFixed(1).padStart(7);

console.log('Initial JavaScript and CSS per page, KB gzipped (budgets: pageWeightBudgets.ts)');
console.log('kind        pages   JS least  median    most   CSS most   budget JS  CSS');
for (const kind of pageKinds) {
  const pages = site.pages.filter((page) => page.kind === kind);
  if (pages.length === 0) continue;
  const js = pages.map((page) => page.js).sort((a, b) => a - b);
  const css = Math.max(...pages.map((page) => page.css));
  const budget = pageWeightBudgets[kind];
  console.log(
    `${kind.padEnd(10)} ${String(pages.length).padStart(6)}   ${kb(js[0]!)} ${kb(js[Math.floor(js.length / 2)]!)} ${kb(js.at(-1)!)}    ${kb(css)}     ${String(budget.js).padStart(6)} ${String(budget.css).padStart(4)}`,
  );
}

const problems = [
  ...budgetProblems(site.pages, pageWeightBudgets),
  ...codeProblems(site.pages, site.chunkModules, site.entryFiles, codeRules),
];
if (problems.length > 0) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const problem of problems) console.error(problem);
  process.exitCode = 1;
} else {
  console.log(`\n${site.pages.length} pages within budget; no code where it does not belong.`);
}
