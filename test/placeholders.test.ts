import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholderLines, placeholderMarker } from '../src/domain/scaffold/placeholders';
import { allContentFiles, readContentFile, siteDir } from './contentFiles';

/**
 * `npm run new` writes pages that pass the content model but hold placeholders
 * marked FYLL INN for what only the writer knows. The site builds with them,
 * so the writer can see the page while writing; these tests keep a page with
 * one left from being merged.
 */
const dataFiles = ['data/beslutningstraer', 'data/sjekklister'].flatMap((folder) =>
  readdirSync(path.join(siteDir, folder))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => `${folder}/${name}`),
);

const files = [...allContentFiles(), ...dataFiles].sort();

describe(`no content file still has a ${placeholderMarker} placeholder`, () => {
  it.each(files)('%s', (file) => {
    const lines = placeholderLines(readContentFile(file));
    expect(
      lines,
      `${file}: linje ${lines.join(', ')}: her står fortsatt «${placeholderMarker}». Skriv teksten eller velg verdien, og fjern merket.`,
    ).toEqual([]);
  });
});
