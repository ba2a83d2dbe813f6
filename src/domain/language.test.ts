import { describe, expect, it } from 'vitest';
import { sourceLocale } from './language';

describe('sourceLocale', () => {
  it('is the default locale for files in docs/ and blog/', () => {
    expect(sourceLocale('@site/docs/veiledninger/samskriving.mdx', 'nb')).toBe('nb');
    expect(sourceLocale('@site/blog/2026-08-18-hostens-kurs.mdx', 'nb')).toBe('nb');
  });
  it('is the translation’s locale for files under i18n/', () => {
    expect(
      sourceLocale('@site/i18n/en/docusaurus-plugin-content-docs/current/postulater.mdx', 'nb'),
    ).toBe('en');
  });
});
