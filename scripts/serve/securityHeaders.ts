import { readFileSync } from 'node:fs';
import { headersDirOf } from '../../plugins/web-server';

/**
 * The headers the built site is served with, as the build wrote them beside
 * itself (plugins/web-server): the Content-Security-Policy. Throws, saying what
 * to do, when the build has none, so the site is never served without it.
 */
export function securityHeadersOf(buildDir: string): Record<string, string> {
  const file = `${headersDirOf(buildDir)}/content-security-policy.txt`;
  let policy: string;
  try {
    policy = readFileSync(file, 'utf8').trim();
  } catch {
    throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
  return { 'Content-Security-Policy': policy };
}

export type ServeArguments = { port: number; host: string };

/** `--port 3000 --host 127.0.0.1`; both optional. */
export function parseServeArguments(args: readonly string[]): ServeArguments {
  const parsed: ServeArguments = { port: 3000, host: 'localhost' };
  for (let index = 0; index < args.length; index += 2) {
    const [name, value] = [args[index], args[index + 1]];
    if (name === '--port' && value && /^\d+$/.test(value)) parsed.port = Number(value);
    else if (name === '--host' && value) parsed.host = value;
    else
      throw new Error(
        `unknown argument ${name ?? ''} ${value ?? ''}: use --port <number> and --host <name>`,
      );
  }
  return parsed;
}
