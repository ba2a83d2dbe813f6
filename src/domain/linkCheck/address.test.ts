import { describe, expect, it } from 'vitest';
import { addressOfFile, candidateFiles, targetOf, type Site } from './address';

const site: Site = { origin: 'https://verktoykassa.example.no', baseUrl: '/' };
const underPath: Site = { origin: 'https://kommune.example.no', baseUrl: '/verktoykassa/' };

describe('addressOfFile', () => {
  it.each([
    ['index.html', '/'],
    ['en/index.html', '/en/'],
    ['retningslinjer/arkivering.html', '/retningslinjer/arkivering'],
    ['postulater/index.html', '/postulater/'],
    ['myindex.html', '/myindex'],
    ['assets/css/styles.css', '/assets/css/styles.css'],
  ])('%s is served at %s', (file, address) => {
    expect(addressOfFile(file, site)).toBe(address);
  });

  it('puts the base URL in front', () => {
    expect(addressOfFile('en/ordliste.html', underPath)).toBe('/verktoykassa/en/ordliste');
  });
});

describe('targetOf', () => {
  const page = '/retningslinjer/arkivering';

  it.each([
    ['/verktoy', 'verktoy', undefined],
    ['/verktoy?verktoy=facebook,teams', 'verktoy', undefined],
    ['/retningslinjer/arkivering#journalføring', 'retningslinjer/arkivering', 'journalføring'],
    ['#journalf%C3%B8ring', 'retningslinjer/arkivering', 'journalføring'],
    ['/ordliste#s%C3%B8keord', 'ordliste', 'søkeord'],
    ['/img/bl%C3%A5%20bok.png', 'img/blå bok.png', undefined],
    ['/img/blå bok.png', 'img/blå bok.png', undefined],
    // Relative to the page's folder, as a browser reads it.
    ['ansattes-bruk', 'retningslinjer/ansattes-bruk', undefined],
    ['../verktoy.json', 'verktoy.json', undefined],
    ['/en/', 'en/', undefined],
    ['https://verktoykassa.example.no/en/retningslinjer', 'en/retningslinjer', undefined],
    ['//verktoykassa.example.no/nytt/rss.xml', 'nytt/rss.xml', undefined],
  ])('%s is the file %s, anchor %s', (address, path, fragment) => {
    expect(targetOf(address, page, site)).toEqual({ kind: 'internal', path, fragment });
  });

  it('reads a relative address in a locale home against its folder', () => {
    expect(targetOf('ordliste', '/en/', site)).toMatchObject({ path: 'en/ordliste' });
  });

  it('takes the base URL off, and refuses an address outside it', () => {
    expect(targetOf('/verktoykassa/ordliste', '/verktoykassa/', underPath)).toMatchObject({
      kind: 'internal',
      path: 'ordliste',
    });
    expect(targetOf('/ordliste', '/verktoykassa/', underPath)).toEqual({
      kind: 'invalid',
      reason: 'outside the site, which lives under /verktoykassa/',
    });
  });

  it.each([
    'https://www.datatilsynet.no/personvern',
    'http://verktoykassa.example.no:8080/',
    '//cdn.example.org/font.woff2',
  ])('%s is another host', (address) => {
    expect(targetOf(address, page, site)).toMatchObject({ kind: 'external' });
  });

  it.each([
    'mailto:kompetansesenteret@eksempel.kommune.no',
    'tel:+4712345678',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:https://verktoykassa.example.no/1b2c',
  ])('%s is not checked', (address) => {
    expect(targetOf(address, page, site)).toEqual({ kind: 'unchecked' });
  });

  it.each([
    ['javascript:void(0)', 'a javascript: address, which does nothing without JavaScript'],
    ['ftp://files.example.org/a.pdf', 'the scheme ftp: is not one the site uses'],
    ['/img/%E0%A4%A.png', 'a broken %-escape'],
    ['https://[::1', 'not an address a browser can read'],
  ])('%s is broken: %s', (address, reason) => {
    expect(targetOf(address, page, site)).toEqual({ kind: 'invalid', reason });
  });
});

describe('candidateFiles', () => {
  it.each([
    ['', ['index.html']],
    ['en/', ['en/index.html']],
    ['retningslinjer', ['retningslinjer', 'retningslinjer.html', 'retningslinjer/index.html']],
    ['verktoy.json', ['verktoy.json', 'verktoy.json.html', 'verktoy.json/index.html']],
    // trailingSlash false: /retningslinjer/ is not the page /retningslinjer.
    ['retningslinjer/', ['retningslinjer/index.html']],
  ])('%j is answered by the first of %j', (path, files) => {
    expect(candidateFiles(path)).toEqual(files);
  });
});
