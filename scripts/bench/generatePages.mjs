/**
 * Generated Norwegian pages for benchmarks: how-tos (`kind: veiledning`) that pass
 * the content model, about 600 words each, written from a vocabulary taken from the
 * site's own text. A word-pair model of the site's sentences gives Norwegian word
 * order and word frequencies; new compounds and inflections of the site's words
 * give the long tail, so thousands of pages hold tens of thousands of distinct
 * words, as a real site would. Seeded: the same seed and count give the same pages.
 *
 * Used by `npm run bench:search` (scripts/bench/search.mjs); meant for `npm run bench` too.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The folders whose text the vocabulary comes from, relative to the site folder. */
export const vocabularySources = ['docs', 'retningslinjer', 'blog'];

/** A small, fast, seeded generator (mulberry32): a function returning numbers in [0, 1). */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (random, list) => list[Math.floor(random() * list.length)];

/** An index into a list ranked by frequency, skewed to the front as word use is (roughly Zipf). */
const skewedIndex = (random, length, power = 3) => Math.floor(length * random() ** power);

function markdownFiles(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

/** The prose of a Markdown/MDX file: no frontmatter, code, tags, link targets or markup. */
export function proseOf(markdown) {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(`{3,}|~{3,})[\s\S]*?^\1/gm, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/^(import|export) .*$/gm, ' ')
    .replace(/<[^>\n]*>/g, ' ')
    .replace(/\{[^}\n]*\}/g, ' ')
    .replace(/\]\([^)\n]*\)/g, ']')
    .replace(/^:::.*$/gm, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
}

const letters = /^\p{Ll}+$/u;

/** Sentences as lists of lower-case words (letters only); sentences end at . ! ? : or a blank line. */
export function sentencesOf(prose) {
  return prose
    .split(/[.!?:]\s+|\n\s*\n|\n[-*#>\d]/u)
    .map((sentence) =>
      sentence
        .normalize('NFC')
        .split(/[^\p{L}-]+/u)
        .filter((word) => word.length > 0 && !word.includes('-'))
        .map((word) => word.toLocaleLowerCase('nb'))
        .filter((word) => letters.test(word)),
    )
    .filter((words) => words.length >= 3);
}

/**
 * The site's vocabulary: every distinct word in docs/, retningslinjer/ and blog/,
 * ranked by frequency, and a word-pair model of its sentences.
 */
export function readSiteVocabulary(siteDir) {
  const sentences = [];
  for (const folder of vocabularySources) {
    for (const file of markdownFiles(path.join(siteDir, folder))) {
      sentences.push(...sentencesOf(proseOf(readFileSync(file, 'utf8'))));
    }
  }
  const counts = new Map();
  const next = new Map();
  const starts = [];
  for (const words of sentences) {
    starts.push(words[0]);
    words.forEach((word, index) => {
      counts.set(word, (counts.get(word) ?? 0) + 1);
      const following = words[index + 1] ?? '.';
      if (!next.has(word)) next.set(word, []);
      next.get(word).push(following);
    });
  }
  const ranked = [...counts.keys()].sort(
    (a, b) => counts.get(b) - counts.get(a) || (a < b ? -1 : 1),
  );
  return { words: ranked, counts, next, starts, sentenceCount: sentences.length };
}

const endings = ['', '', '', 'en', 'er', 'ene', 'et', 'ets', 'ens'];
const vowels = /[aeiouyæøå]$/;

/**
 * New words made from the site's: compounds of two content words (with the
 * binding s Norwegian often puts between them) and inflected forms, in a
 * reproducible order from common to rare.
 */
export function makeCompounds(vocabulary, count, random) {
  const parts = vocabulary.words.filter((word) => word.length >= 4 && word.length <= 10);
  const heads = parts.slice(0, Math.max(200, Math.floor(parts.length * 0.6)));
  const made = new Set(vocabulary.words);
  const compounds = [];
  for (let attempts = 0; compounds.length < count && attempts < count * 20; attempts += 1) {
    const first = heads[skewedIndex(random, heads.length, 2)];
    const second = parts[skewedIndex(random, parts.length, 1.5)];
    if (first === second) continue;
    const binding = !vowels.test(first) && !first.endsWith('s') && random() < 0.3 ? 's' : '';
    const word = `${first}${binding}${second}${pick(random, endings)}`;
    if (word.length > 24 || made.has(word)) continue;
    made.add(word);
    compounds.push(word);
  }
  return compounds;
}

/** A text generator over a vocabulary: sentences, titles, headings; counts the words it writes. */
export function createWriter(vocabulary, { seed = 20261124, compoundCount = 60000 } = {}) {
  const random = seededRandom(seed);
  const compounds = makeCompounds(vocabulary, compoundCount, random);
  const contentWords = vocabulary.words.filter((word) => word.length >= 5);
  const used = new Map();
  const count = (word) => used.set(word, (used.get(word) ?? 0) + 1);

  /** A word in place of a content word: mostly the site's own, sometimes a new compound. */
  function vary(word) {
    if (word.length < 5) return word;
    const roll = random();
    if (roll < 0.16) return compounds[skewedIndex(random, compounds.length, 2.2)];
    if (roll < 0.22) return contentWords[skewedIndex(random, contentWords.length, 1.5)];
    return word;
  }

  function sentence(minWords = 6, maxWords = 18) {
    const words = [];
    let word = pick(random, vocabulary.starts);
    while (words.length < maxWords) {
      words.push(words.length === 0 ? word : vary(word));
      const following = vocabulary.next.get(word);
      const candidate = following ? pick(random, following) : '.';
      if (candidate === '.') {
        if (words.length >= minWords) break;
        word = pick(random, vocabulary.starts);
      } else word = candidate;
    }
    words.forEach(count);
    const text = words.join(' ');
    const withComma =
      words.length > 10 && random() < 0.4
        ? text.replace(new RegExp(`^((?:\\S+ ){${4 + Math.floor(random() * 4)}}\\S+) `), '$1, ')
        : text;
    return `${withComma[0].toLocaleUpperCase('nb')}${withComma.slice(1)}.`;
  }

  function phrase(words) {
    const parts = [];
    for (let index = 0; index < words; index += 1) {
      const word =
        index === words - 1 || random() < 0.5
          ? compounds[skewedIndex(random, compounds.length, 2.2)]
          : contentWords[skewedIndex(random, contentWords.length, 1.8)];
      count(word);
      parts.push(word);
    }
    const text = parts.join(' ');
    return `${text[0].toLocaleUpperCase('nb')}${text.slice(1)}`;
  }

  return { random, compounds, used, sentence, phrase };
}

const titleOpenings = ['Slik', 'Når du', 'Hvordan', 'Veiledning:', 'Rutine for', 'Sjekkliste for'];

/** One how-to page: frontmatter the content model accepts and about `words` words of prose. */
export function generatePage(writer, { index, owners, words = 600 }) {
  const { random } = writer;
  const topic = writer.phrase(2 + Math.floor(random() * 2));
  const title = `${pick(random, titleOpenings)} ${topic.toLocaleLowerCase('nb')}`;
  let description = writer.sentence(6, 14);
  if (description.length > 190)
    description = `${description.slice(0, 180).replace(/\s+\S*$/, '')}.`;
  while (description.length < 30) description = `${description} ${writer.sentence(4, 8)}`;
  const body = [];
  let written = 0;
  const paragraph = () => {
    const sentences = [];
    for (let count = 3 + Math.floor(random() * 3); count > 0; count -= 1) {
      const text = writer.sentence();
      written += text.split(' ').length;
      sentences.push(text);
    }
    return sentences.join(' ');
  };
  body.push(paragraph());
  for (let section = 1; written < words; section += 1) {
    body.push(`## ${section}. ${writer.phrase(2 + Math.floor(random() * 2))}`);
    body.push(paragraph());
    if (random() < 0.4) {
      const items = [];
      for (let count = 3 + Math.floor(random() * 3); count > 0; count -= 1) {
        const text = writer.sentence(4, 10);
        written += text.split(' ').length;
        items.push(`- ${text}`);
      }
      body.push(items.join('\n'));
    }
    if (written < words) body.push(paragraph());
  }
  const month = 1 + (index % 10);
  const day = 1 + (index % 28);
  const frontMatter = [
    '---',
    'kind: veiledning',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(description)}`,
    `owner: ${JSON.stringify(owners[index % owners.length])}`,
    `last_reviewed: 2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    'review_interval_months: 24',
    'status: vedtatt',
    `sidebar_position: ${index + 1}`,
    '---',
  ].join('\n');
  return { title, text: `${frontMatter}\n\n${body.join('\n\n')}\n`, words: written };
}

/** The owning units in organisation.ts, read from its source (no TypeScript loader needed). */
export function ownersOf(siteDir) {
  const source = readFileSync(path.join(siteDir, 'organisation.ts'), 'utf8');
  const units = source.slice(source.indexOf('units:'));
  const owners = [
    ...units.slice(0, units.indexOf('}')).matchAll(/^\s*(?:'([^']+)'|([\p{L}-]+)):/gmu),
  ].map((match) => match[1] ?? match[2]);
  if (owners.length === 0) throw new Error('found no units in organisation.ts');
  return owners;
}

/**
 * Writes `count` generated pages into `<siteDir>/docs/<folder>/`, 100 to a
 * category folder, from the site's own vocabulary. Returns what was written:
 * the number of pages and words, the distinct words, and the writer's word
 * counts (for choosing queries the pages answer).
 */
export function writeGeneratedPages(siteDir, count, { seed = 20261124, folder = 'generert' } = {}) {
  const vocabulary = readSiteVocabulary(siteDir);
  const writer = createWriter(vocabulary, { seed });
  const owners = ownersOf(siteDir);
  const root = path.join(siteDir, 'docs', folder);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(
    path.join(root, '_category_.json'),
    `${JSON.stringify({ label: 'Genererte sider', position: 99, collapsed: true }, null, 2)}\n`,
  );
  let words = 0;
  const pages = [];
  for (let index = 0; index < count; index += 1) {
    const group = `omrade-${String(Math.floor(index / 100) + 1).padStart(2, '0')}`;
    const groupDir = path.join(root, group);
    if (index % 100 === 0) {
      mkdirSync(groupDir, { recursive: true });
      writeFileSync(
        path.join(groupDir, '_category_.json'),
        `${JSON.stringify({ label: `Område ${Math.floor(index / 100) + 1}`, collapsed: true }, null, 2)}\n`,
      );
    }
    const page = generatePage(writer, { index, owners });
    const name = `side-${String(index + 1).padStart(5, '0')}`;
    writeFileSync(path.join(groupDir, `${name}.mdx`), page.text);
    words += page.words;
    pages.push({ path: `/${folder}/${group}/${name}`, title: page.title });
  }
  return {
    pages,
    words,
    distinctWords: writer.used.size,
    siteWords: vocabulary.words.length,
    used: writer.used,
    vocabulary,
    writer,
  };
}

/**
 * About `count` varied queries the generated pages answer, seeded: common and
 * rare single words, compounds, and two-word queries, as readers type them.
 */
export function chooseQueries(generated, count = 50, seed = 7) {
  const random = seededRandom(seed);
  const ranked = [...generated.used.entries()]
    .filter(([word, uses]) => word.length >= 4 && uses >= 3)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([word]) => word);
  const siteWords = new Set(generated.vocabulary.words);
  const common = ranked.filter((word) => word.length >= 6).slice(0, 300);
  const compounds = ranked.filter((word) => !siteWords.has(word) && word.length >= 9);
  const rare = ranked.slice(Math.floor(ranked.length / 2));
  const queries = new Set();
  while (queries.size < count) {
    const roll = random();
    if (roll < 0.3) queries.add(pick(random, common));
    else if (roll < 0.5) queries.add(pick(random, compounds));
    else if (roll < 0.65) queries.add(pick(random, rare));
    else queries.add(`${pick(random, common)} ${pick(random, ranked.slice(0, 2000))}`);
  }
  return [...queries];
}
