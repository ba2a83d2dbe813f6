import { afterEach, describe, expect, it } from 'vitest';
import { lightSchemeForPrint, openDetailsForPrint, publishedOrigin } from './print';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.style.removeProperty('--vk-site-origin');
});

const page = () => {
  document.body.innerHTML = `
    <details id="closed"><summary>Mer</summary><p>Skjult tekst</p></details>
    <details id="open" open><summary>Åpen</summary><p>Synlig tekst</p></details>`;
  return {
    closed: document.getElementById('closed') as HTMLDetailsElement,
    open: document.getElementById('open') as HTMLDetailsElement,
  };
};

describe('printing, as progressive enhancement', () => {
  it('opens every closed <details> for print, and closes only those again after', () => {
    const { closed, open } = page();
    const restore = openDetailsForPrint(document);
    expect([closed.open, open.open]).toEqual([true, true]);
    restore();
    expect([closed.open, open.open]).toEqual([false, true]);
  });

  it('does so on the browser’s own beforeprint and afterprint', () => {
    const { closed } = page();
    window.dispatchEvent(new Event('beforeprint'));
    expect(closed.open).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(closed.open).toBe(false);
  });

  it('prints a dark page in the light scheme, and puts the reader’s scheme back', () => {
    const html = document.documentElement;
    html.setAttribute('data-theme', 'dark');
    const restore = lightSchemeForPrint(html);
    expect(html.getAttribute('data-theme')).toBe('light');
    restore();
    expect(html.getAttribute('data-theme')).toBe('dark');
  });

  it('hands the site’s public address to the stylesheet, from the canonical link', () => {
    document.head.innerHTML =
      '<link rel="canonical" href="https://verktoykassa.example.no/retningslinjer/arkivering">';
    expect(publishedOrigin(document)).toBe('https://verktoykassa.example.no');
    window.dispatchEvent(new Event('beforeprint'));
    expect(document.documentElement.style.getPropertyValue('--vk-site-origin')).toBe(
      '"https://verktoykassa.example.no"',
    );
    window.dispatchEvent(new Event('afterprint'));
    document.head.innerHTML = '<link rel="canonical" href="not a url">';
    expect(publishedOrigin(document)).toBeNull();
  });
});
