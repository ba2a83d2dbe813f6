/**
 * Printing, as progressive enhancement over the print stylesheet (src/css/custom.css);
 * without JavaScript the page still prints, with these parts as they are on screen.
 *  - Collapsed parts reach paper: every closed `<details>` is opened before printing
 *    and closed again after. CSS cannot open a `<details>` in every browser.
 *  - Paper is white: a reader who chose the dark colour scheme prints in the light one.
 *  - Internal links print with the site's public address: the stylesheet reads it
 *    from `--vk-site-origin`, set here from the page's canonical link (which the
 *    build writes from the site's configured URL, so a copy served from elsewhere,
 *    such as the PDF script's local server, still prints the public address).
 */

/** Opens every closed `<details>` under `root`; the returned function closes them again. */
export function openDetailsForPrint(root: ParentNode): () => void {
  const closed = Array.from(root.querySelectorAll<HTMLDetailsElement>('details:not([open])'));
  for (const details of closed) details.open = true;
  return () => {
    for (const details of closed) details.open = false;
  };
}

/** Switches the page to the light colour scheme; the returned function switches it back. */
export function lightSchemeForPrint(html: HTMLElement): () => void {
  const theme = html.getAttribute('data-theme');
  if (theme !== 'dark') return () => undefined;
  html.setAttribute('data-theme', 'light');
  return () => html.setAttribute('data-theme', theme);
}

/** The origin the site is published at, as the page's canonical link names it; null without one. */
export function publishedOrigin(document: Document): string | null {
  const href = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!href) return null;
  try {
    return new URL(href).origin;
  } catch {
    return null;
  }
}

/** Hands the site's public address to the print stylesheet, as a CSS string. */
export function setSiteOrigin(document: Document): void {
  const origin = publishedOrigin(document);
  if (origin) {
    document.documentElement.style.setProperty('--vk-site-origin', JSON.stringify(origin));
  }
}

if (typeof window !== 'undefined') {
  let restore: (() => void)[] = [];
  const afterPrint = () => {
    for (const undo of restore) undo();
    restore = [];
  };
  setSiteOrigin(document);
  window.addEventListener('beforeprint', () => {
    afterPrint();
    setSiteOrigin(document);
    restore = [openDetailsForPrint(document), lightSchemeForPrint(document.documentElement)];
  });
  window.addEventListener('afterprint', afterPrint);
}
