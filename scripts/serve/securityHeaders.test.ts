import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporarySite } from '../../test/plugins/fakeDocusaurus';
import { parseServeArguments, securityHeadersOf } from './securityHeaders';

describe('the headers the build is served with', () => {
  it('are the policy the build wrote beside itself', () => {
    const siteDir = temporarySite({
      'build/index.html': '',
      'build-headers/content-security-policy.txt': "default-src 'self'\n",
    });
    expect(securityHeadersOf(path.join(siteDir, 'build'))).toEqual({
      'Content-Security-Policy': "default-src 'self'",
    });
  });

  it('are not optional: without the policy, the build is not served', () => {
    const siteDir = temporarySite({ 'build/index.html': '' });
    expect(() => securityHeadersOf(path.join(siteDir, 'build'))).toThrow(
      /build-headers\/content-security-policy\.txt is missing: run `npm run build` first/,
    );
  });
});

describe('npm run serve’s arguments', () => {
  it('are a port and a host, both optional', () => {
    expect(parseServeArguments([])).toEqual({ port: 3000, host: 'localhost' });
    expect(parseServeArguments(['--port', '3231', '--host', '127.0.0.1'])).toEqual({
      port: 3231,
      host: '127.0.0.1',
    });
    expect(() => parseServeArguments(['--port', 'x'])).toThrow(/unknown argument --port x/);
    expect(() => parseServeArguments(['--open'])).toThrow(/unknown argument --open/);
  });
});
