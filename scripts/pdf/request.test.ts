import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildProblems,
  editionNames,
  parsePdfArguments,
  pdfFileName,
  printPageFile,
  printPath,
} from './request';

const versions = ['2026', '2025'];

describe('the PDF command’s request', () => {
  it('takes an adopted edition or the draft, and writes to pdf/ as PDF/A unless told otherwise', () => {
    expect(parsePdfArguments(['2026'], versions)).toEqual({
      ok: true,
      value: { edition: '2026', outDir: 'pdf', pdfa: true },
    });
    expect(parsePdfArguments(['utkast', '--out-dir', 'arkiv', '--no-pdfa'], versions)).toEqual({
      ok: true,
      value: { edition: 'utkast', outDir: 'arkiv', pdfa: false },
    });
  });

  it('refuses an unknown edition, naming the editions there are', () => {
    const outcome = parsePdfArguments(['2024'], versions);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems[0]).toBe(
      '"2024" is not an edition of the site; editions are 2026, 2025, utkast',
    );
  });

  it('reports every mistake at once, with the usage', () => {
    const outcome = parsePdfArguments(['--out-dir', '--colour', '2026', '2025'], versions);
    expect(!outcome.ok && outcome.problems.slice(0, -1)).toEqual([
      '--out-dir needs a folder',
      '--colour is not an option',
      'one edition at a time, not 2026, 2025',
    ]);
    expect(!outcome.ok && outcome.problems.at(-1)).toMatch(/^usage: npm run pdf -- <edition>/);
    const nothing = parsePdfArguments([], versions);
    expect(!nothing.ok && nothing.problems[0]).toBe('name the edition: 2026, 2025, utkast');
  });

  it('names the file by edition, and finds the print page where the build writes it', () => {
    expect(editionNames(versions)).toEqual(['2026', '2025', 'utkast']);
    expect(pdfFileName('2026')).toBe('verktoykassa-2026.pdf');
    expect(printPath('/', '2026')).toBe('/utgaver/2026/utskrift');
    expect(printPath('/verktoykassa/', 'utkast')).toBe('/verktoykassa/utgaver/utkast/utskrift');
    expect(printPageFile('/site/build', '2025')).toBe(
      path.join('/site/build', 'utgaver', '2025', 'utskrift.html'),
    );
  });

  it('refuses a missing build, and a build without the edition', () => {
    const files =
      (...present: string[]) =>
      (file: string) =>
        present.includes(file);
    expect(buildProblems('/site/build', '2026', files())).toEqual([
      'there is no built site in /site/build: run `npm run build` first',
    ]);
    expect(buildProblems('/site/build', '2025', files('/site/build/index.html'))).toEqual([
      'the built site in /site/build has no print page for 2025 (utgaver/2025/utskrift.html): build every edition with `npm run build` (without EDITIONS=…)',
    ]);
    expect(
      buildProblems(
        '/site/build',
        '2026',
        files('/site/build/index.html', '/site/build/utgaver/2026/utskrift.html'),
      ),
    ).toEqual([]);
  });
});
