import type { IndexSettings } from 'algoliasearch';
import { hierarchyLevels } from '../../src/domain/search/algoliaRecords';

const searchableHierarchy = hierarchyLevels.map((level) => `hierarchy.${level}`);

/**
 * The index settings: DocSearch's own (its searchable attributes in its order,
 * its ranking by weight, one result per address), the facets contextual search
 * and the kind and status filters need, and Norwegian and English language
 * handling: plurals, stop words left in (a query of "ikke" must still match),
 * and Norwegian compounds split, so "facebookside" finds "Facebook-side".
 */
export const algoliaIndexSettings = {
  searchableAttributes: [...searchableHierarchy.map((name) => `unordered(${name})`), 'content'],
  attributesForFaceting: ['language', 'docusaurus_tag', 'version', 'type', 'kind', 'tool_status'],
  attributesToRetrieve: [
    'hierarchy',
    'content',
    'anchor',
    'url',
    'url_without_anchor',
    'type',
    'kind',
    'tool_status',
  ],
  attributesToHighlight: ['hierarchy', 'content'],
  attributesToSnippet: ['content:10'],
  camelCaseAttributes: ['hierarchy', 'content'],
  customRanking: ['desc(weight.pageRank)', 'desc(weight.level)', 'asc(weight.position)'],
  ranking: ['words', 'filters', 'typo', 'attribute', 'proximity', 'exact', 'custom'],
  distinct: true,
  attributeForDistinct: 'url',
  queryLanguages: ['no', 'en'],
  indexLanguages: ['no', 'en'],
  ignorePlurals: true,
  decompoundQuery: true,
  decompoundedAttributes: { no: [...searchableHierarchy, 'content'] },
  minWordSizefor1Typo: 3,
  minWordSizefor2Typos: 7,
  allowTyposOnNumericTokens: false,
  minProximity: 1,
  advancedSyntax: true,
  attributeCriteriaComputedByMinProximity: true,
  removeWordsIfNoResults: 'allOptional',
  separatorsToIndex: '_',
} satisfies IndexSettings;
