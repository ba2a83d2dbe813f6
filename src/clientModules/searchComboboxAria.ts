/**
 * Repairs the ARIA of the local search's suggestion box (autocomplete.js, inside
 * @easyops-cn/docusaurus-search-local), which axe reports against WCAG 2.1:
 *  - the combobox names its listbox with the ARIA 1.0 `aria-owns`; ARIA 1.2 asks for `aria-controls`;
 *  - its accessible name is the English "Search" whatever the locale; we use the visible placeholder;
 *  - the "see all results" link sits in the listbox without a role a listbox may contain.
 * The plugin offers no option for these, so we mend its DOM as it appears. Remove this
 * module when the plugin fixes its markup (the accessibility e2e test will tell).
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

function repair(root: ParentNode): void {
  root.querySelectorAll<HTMLInputElement>('input.navbar__search-input').forEach((input) => {
    const listboxId = input.getAttribute('aria-owns');
    if (listboxId && input.getAttribute('aria-controls') !== listboxId) {
      input.setAttribute('aria-controls', listboxId);
    }
    if (input.placeholder && input.getAttribute('aria-label') !== input.placeholder) {
      input.setAttribute('aria-label', input.placeholder);
    }
  });
  root.querySelectorAll('[role="listbox"] a:not([role])').forEach((link) => {
    link.setAttribute('role', 'option');
  });
}

if (ExecutionEnvironment.canUseDOM) {
  new MutationObserver(() => repair(document)).observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributeFilter: ['aria-owns', 'aria-label'],
  });
}
