import MDXComponents from '@theme-original/MDXComponents';
import ContactLink from '@site/src/components/ContactLink';

/**
 * Components available in every MDX file without an import: `<Kontakt />` (the
 * competence centre's address from organisation.ts), which pages of every kind
 * use. Whatever is here is in every docs page's code, so a component only some
 * pages use is imported into those pages by a remark plugin instead
 * (`<PostulateList />`: plugins/editions; trees, checklists, the catalogue: their plugins).
 */
export default {
  ...MDXComponents,
  Kontakt: ContactLink,
};
