/**
 * The navbar's search box (the `SearchBar` slot every Docusaurus theme fills).
 * The view lives with the other components; this file only puts it in the slot,
 * so that with Algolia configured the DocSearch theme fills it instead.
 */
export { default } from '@site/src/components/SiteSearch/SearchBar';
