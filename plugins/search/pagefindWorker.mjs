// Writes Pagefind bundles from pages prepared by ./pagefindIndex.ts.
//
// Pagefind's Node API is an ES module, and Docusaurus runs plugins through jiti,
// which cannot import one; so the plugin runs this file in its own Node process.
// Argument: a JSON array of the bundles' output folders. Standard input: one page a
// line, `{ "bundle": <index into that array>, "url": …, "html": … }`, written while the
// plugin reads the next built page, so reading and indexing overlap.
// Exits with 1 and one line per problem when Pagefind reports any.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

const brotli = promisify(brotliCompress);

/*
 * Every search downloads the same three files first: Pagefind's script, its WebAssembly
 * and the index's metadata (which grows with the page count). Pagefind gzips its files
 * itself, so a web server's own compression cannot shrink them further. Beside them goes
 * a Brotli copy of the uncompressed content (`x.br`), for servers that send precompressed
 * files (nginx `brotli_static`, see DEVELOPING.md): about 20 % fewer bytes before the first
 * result. Pagefind reads the uncompressed content as well as its gzip. Index chunks and
 * fragments are thousands of files and gain little at a quality that builds fast.
 */
const precompressed = /^(pagefind\.js|wasm\.[a-z-]+\.pagefind|pagefind\.[^.]+\.pf_meta)$/;
async function writeBrotliCopies(outputPath) {
  for (const name of await readdir(outputPath)) {
    if (!precompressed.test(name)) continue;
    const file = path.join(outputPath, name);
    const bytes = await readFile(file);
    const isGzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
    const content = isGzip ? gunzipSync(bytes) : bytes;
    const compressed = await brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    });
    await writeFile(`${file}.br`, compressed);
  }
}

/**
 * Pages sent to Pagefind and not yet answered. One at a time: Pagefind numbers pages in
 * the order they are added, and that order breaks ties in ranking, so it stays the
 * site's order on every build. The plugin reads the next page meanwhile (the overlap
 * is what saves time); more in flight measured no faster on two cores.
 */
const inFlight = 1;

const outputPaths = JSON.parse(process.argv[2]);
const problems = [];
try {
  const indexes = [];
  for (const outputPath of outputPaths) {
    const { index, errors } = await pagefind.createIndex({});
    problems.push(...errors);
    if (!index) throw new Error(`Pagefind could not start an index for ${outputPath}`);
    indexes.push(index);
  }
  const pending = new Set();
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line === '') continue;
    const { bundle, url, html } = JSON.parse(line);
    const added = indexes[bundle].addHTMLFile({ url, content: html }).then((result) => {
      problems.push(...result.errors.map((error) => `${url}: ${error}`));
      pending.delete(added);
    });
    pending.add(added);
    if (pending.size >= inFlight) await Promise.race(pending);
  }
  await Promise.all(pending);
  for (const [position, index] of indexes.entries()) {
    const outputPath = outputPaths[position];
    const written = await index.writeFiles({ outputPath });
    problems.push(...written.errors);
    // Pagefind also writes its ready-made UIs and a language-less wasm; the site uses
    // its own UI and labels every page with a language, so they would only be dead weight.
    for (const name of await readdir(outputPath)) {
      if (/^pagefind-(ui|component-ui|modular-ui|highlight)\.|^wasm\.unknown\./.test(name))
        await rm(path.join(outputPath, name));
    }
    await writeBrotliCopies(outputPath);
    await index.deleteIndex();
  }
} catch (error) {
  problems.push(error instanceof Error ? error.message : String(error));
} finally {
  await pagefind.close();
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
