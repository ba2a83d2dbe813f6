import { describe, expect, it } from 'vitest';
import { algoliaThemeConfigFrom, missingVariables } from './algolia';

const options = { searchPagePath: 'sok' };
const complete = {
  ALGOLIA_APP_ID: 'APP123',
  ALGOLIA_SEARCH_API_KEY: 'search-only-key',
  ALGOLIA_INDEX_NAME: 'verktoykassa',
};

describe('algoliaThemeConfigFrom', () => {
  it('gives the DocSearch settings, contextual by language and version, when all three are set', () => {
    expect(algoliaThemeConfigFrom(complete, options)).toEqual({
      appId: 'APP123',
      apiKey: 'search-only-key',
      indexName: 'verktoykassa',
      contextualSearch: true,
      searchPagePath: 'sok',
    });
  });

  it('chooses the embedded search when none is set', () => {
    expect(algoliaThemeConfigFrom({}, options)).toBeNull();
    expect(algoliaThemeConfigFrom({ PATH: '/usr/bin' }, options)).toBeNull();
  });

  it('treats a variable that is empty or only blanks as unset', () => {
    expect(
      algoliaThemeConfigFrom(
        { ALGOLIA_APP_ID: '', ALGOLIA_SEARCH_API_KEY: ' ', ALGOLIA_INDEX_NAME: '' },
        options,
      ),
    ).toBeNull();
    expect(
      algoliaThemeConfigFrom({ ...complete, ALGOLIA_APP_ID: ' APP123\n' }, options)?.appId,
    ).toBe('APP123');
  });

  it('fails in one line naming the missing variables when only some are set', () => {
    const attempt = () =>
      algoliaThemeConfigFrom({ ALGOLIA_APP_ID: 'APP123', ALGOLIA_INDEX_NAME: '' }, options);
    expect(attempt).toThrow(
      'Algolia search is half configured: ALGOLIA_APP_ID is set but ALGOLIA_SEARCH_API_KEY and ALGOLIA_INDEX_NAME are not; set all three for Algolia, or none for the embedded search',
    );
    expect(() => attempt()).not.toThrow(/\n/);
    expect(() =>
      algoliaThemeConfigFrom({ ...complete, ALGOLIA_SEARCH_API_KEY: undefined }, options),
    ).toThrow(/ALGOLIA_APP_ID and ALGOLIA_INDEX_NAME are set but ALGOLIA_SEARCH_API_KEY is not/);
  });

  it('never takes the admin key, even when it is the only key set', () => {
    const config = algoliaThemeConfigFrom(
      { ...complete, ALGOLIA_ADMIN_API_KEY: 'admin-secret' },
      options,
    );
    expect(JSON.stringify(config)).not.toContain('admin-secret');
    expect(() =>
      algoliaThemeConfigFrom(
        { ...complete, ALGOLIA_SEARCH_API_KEY: undefined, ALGOLIA_ADMIN_API_KEY: 'admin-secret' },
        options,
      ),
    ).toThrow(/ALGOLIA_SEARCH_API_KEY is not/);
  });
});

describe('missingVariables', () => {
  it('lists the unset and empty variables in the order asked', () => {
    expect(missingVariables({ B: 'x', C: ' ' }, ['A', 'B', 'C'])).toEqual(['A', 'C']);
  });
});
