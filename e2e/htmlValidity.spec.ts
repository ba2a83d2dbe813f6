import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { builtPages, onePagePerKind } from './sitePages';

/**
 * The Nu Html Checker (vnu.jar, from the vnu-jar package; needs Java) over one
 * built page of each kind in the sitemaps, so markup errors the browser
 * forgives (a stray itemprop, a skipped heading level) fail the build's tests.
 * It reads the HTML files, so it needs the build but not the server.
 */

type VnuMessage = {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
};

function vnuJarPath(): string {
  try {
    return require.resolve('vnu-jar/build/dist/vnu.jar');
  } catch {
    throw new Error('The HTML check needs the vnu-jar package (a devDependency): run npm install.');
  }
}

const vnuJar = vnuJarPath();
const pages = onePagePerKind(builtPages());

test('the Nu Html Checker finds no error in one page of each kind', async () => {
  test.setTimeout(120_000);
  expect(pages.map((page) => page.path)).toContain('/nytt/archive');
  const files = pages.map((page) => page.file);
  // vnu exits non-zero when it reports an error, and writes its JSON report to stderr either way.
  const stderr = await promisify(execFile)(
    'java',
    ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files],
    { maxBuffer: 16 * 1024 * 1024 },
  ).then(
    (result) => result.stderr,
    (error: { stderr?: string }) => error.stderr ?? '',
  );
  const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
  const site = path.resolve(__dirname, '..', 'build');
  const errors = messages
    .filter((message) => message.type === 'error')
    .map(
      (message) =>
        `${decodeURIComponent(message.url).replace(`file:${site}`, 'build')}:${message.lastLine ?? '?'}: ${message.message}`,
    );
  expect(errors).toEqual([]);
});
