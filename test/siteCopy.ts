import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const siteDir = path.resolve(__dirname, '..');

/**
 * A temporary copy of the parts of the site a command reads and writes, for
 * tests that run the command for real without touching the repository.
 */
export function copyOfSite(entries: readonly string[], prefix = 'verktoykassa-'): string {
  const copy = mkdtempSync(path.join(tmpdir(), prefix));
  for (const entry of entries) {
    cpSync(path.join(siteDir, entry), path.join(copy, entry), { recursive: true });
  }
  return copy;
}
