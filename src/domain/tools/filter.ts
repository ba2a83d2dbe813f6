import type { ToolSummary } from './summary';
import {
  personalDataRules,
  toolCategories,
  toolStatuses,
  type PersonalDataRule,
  type ToolCategory,
  type ToolStatus,
} from './vocabulary';

/** What the reader has chosen to see. Empty lists mean "all". */
export type ToolFilter = {
  statuses: ToolStatus[];
  categories: ToolCategory[];
  personalData: PersonalDataRule[];
  text: string;
};

export const noFilter: ToolFilter = { statuses: [], categories: [], personalData: [], text: '' };

export const sortKeys = [
  'navn',
  'status',
  'kategori',
  'personopplysninger',
  'lagring',
  'neste-vurdering',
] as const;
export type SortKey = (typeof sortKeys)[number];
export type ToolSort = { key: SortKey; descending: boolean };
export const defaultSort: ToolSort = { key: 'status', descending: false };

/** Lower-cased and without accents' differences that readers do not type (é → e). */
function normalise(text: string): string {
  return text
    .toLocaleLowerCase('nb')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** The text a free-text search looks in. */
function searchableText(tool: ToolSummary): string {
  return normalise([tool.title, tool.verdict, tool.verdictEn, tool.category].join(' '));
}

export function filterTools(tools: readonly ToolSummary[], filter: ToolFilter): ToolSummary[] {
  const words = normalise(filter.text).split(/\s+/).filter(Boolean);
  return tools.filter(
    (tool) =>
      (filter.statuses.length === 0 || filter.statuses.includes(tool.status)) &&
      (filter.categories.length === 0 || filter.categories.includes(tool.category)) &&
      (filter.personalData.length === 0 || filter.personalData.includes(tool.personalData)) &&
      words.every((word) => searchableText(tool).includes(word)),
  );
}

function sortValue(tool: ToolSummary, key: SortKey): string | number {
  switch (key) {
    case 'navn':
      return tool.title;
    case 'status':
      return toolStatuses.indexOf(tool.status);
    case 'kategori':
      return toolCategories.indexOf(tool.category);
    case 'personopplysninger':
      return personalDataRules.indexOf(tool.personalData);
    case 'lagring':
      return tool.dataLocation;
    case 'neste-vurdering':
      return tool.nextReview;
  }
}

/** Sorts by the chosen column, then by name, so equal rows keep a stable order. */
export function sortTools(tools: readonly ToolSummary[], sort: ToolSort): ToolSummary[] {
  const direction = sort.descending ? -1 : 1;
  return [...tools].sort((a, b) => {
    const left = sortValue(a, sort.key);
    const right = sortValue(b, sort.key);
    const order =
      typeof left === 'number' && typeof right === 'number'
        ? left - right
        : String(left).localeCompare(String(right), 'nb');
    return order * direction || a.title.localeCompare(b.title, 'nb');
  });
}

/* The filter in the URL: ?status=anbefalt,tillatt&kategori=video&personopplysninger=nei&sok=film&sorter=navn */

function listFrom<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  return (value ?? '')
    .split(',')
    .filter((item): item is T => (allowed as readonly string[]).includes(item));
}

export function filterFromSearch(search: string): { filter: ToolFilter; sort: ToolSort } {
  const params = new URLSearchParams(search);
  const sortParam = params.get('sorter') ?? '';
  const descending = sortParam.startsWith('-');
  const key = (sortKeys as readonly string[]).includes(sortParam.replace(/^-/, ''))
    ? (sortParam.replace(/^-/, '') as SortKey)
    : defaultSort.key;
  return {
    filter: {
      statuses: listFrom(params.get('status'), toolStatuses),
      categories: listFrom(params.get('kategori'), toolCategories),
      personalData: listFrom(params.get('personopplysninger'), personalDataRules),
      text: params.get('sok') ?? '',
    },
    sort: { key, descending },
  };
}

/** The query string for a filter and sort, leaving out what is at its default. */
export function searchFromFilter(filter: ToolFilter, sort: ToolSort): string {
  const params = new URLSearchParams();
  if (filter.statuses.length) params.set('status', filter.statuses.join(','));
  if (filter.categories.length) params.set('kategori', filter.categories.join(','));
  if (filter.personalData.length) params.set('personopplysninger', filter.personalData.join(','));
  if (filter.text.trim()) params.set('sok', filter.text);
  if (sort.key !== defaultSort.key || sort.descending)
    params.set('sorter', `${sort.descending ? '-' : ''}${sort.key}`);
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
