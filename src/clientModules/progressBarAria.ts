import nprogress from 'nprogress';

/**
 * Docusaurus shows nprogress's page-loading bar during slow client-side
 * navigation, with nprogress's default template: `role="bar"`, which is not an
 * ARIA role (axe: aria-roles). The bar is decoration, so it is hidden from
 * assistive technology instead. This fixes the bar itself, so a page checked
 * while a navigation is still under way is not judged by it.
 */
nprogress.configure({
  template: '<div class="bar" aria-hidden="true"><div class="peg"></div></div>',
  // nprogress finds the bar by its role unless told otherwise.
  barSelector: '.bar',
});
