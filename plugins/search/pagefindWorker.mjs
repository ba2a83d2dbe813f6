// Writes Pagefind bundles from pages prepared by ./pagefindIndex.ts.
//
// Pagefind's Node API is an ES module, and Docusaurus runs plugins through jiti,
// which cannot import one; so the plugin runs this file in its own Node process.
// Input: the path of a JSON file `{ bundles: [{ outputPath, pages: [{ url, html }] }] }`.
// Exits with 1 and one line per problem when Pagefind reports any.
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

const { bundles } = JSON.parse(await readFile(process.argv[2], 'utf8'));
const problems = [];
try {
  for (const { outputPath, pages } of bundles) {
    const { index, errors } = await pagefind.createIndex({});
    problems.push(...errors);
    if (!index) break;
    for (const { url, html } of pages) {
      const added = await index.addHTMLFile({ url, content: html });
      problems.push(...added.errors.map((error) => `${url}: ${error}`));
    }
    const written = await index.writeFiles({ outputPath });
    problems.push(...written.errors);
    // Pagefind also writes its ready-made UIs and a language-less wasm; the site uses
    // its own UI and labels every page with a language, so they would only be dead weight.
    for (const name of await readdir(outputPath)) {
      if (/^pagefind-(ui|component-ui|modular-ui|highlight)\.|^wasm\.unknown\./.test(name))
        await rm(path.join(outputPath, name));
    }
    await index.deleteIndex();
  }
} finally {
  await pagefind.close();
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
