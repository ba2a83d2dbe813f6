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

/** Everything that decides which rows the catalogue shows, in which order. */
export type ToolView = { filter: ToolFilter; sort: ToolSort };
export const defaultView: ToolView = { filter: noFilter, sort: defaultSort };

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

/** The rows to show for a view: the tools that pass the filter, in the chosen order. */
export function toolsInView(tools: readonly ToolSummary[], view: ToolView): ToolSummary[] {
  return sortTools(filterTools(tools, view.filter), view.sort);
}

/** The sort after the reader picks a column: that column ascending, or the other way round if it is already sorted by it. */
export function sortByColumn(current: ToolSort, key: SortKey): ToolSort {
  return { key, descending: current.key === key && !current.descending };
}

/** One value the reader can tick in one of the filter's lists. */
export type FilterChoice =
  | { field: 'statuses'; value: ToolStatus }
  | { field: 'categories'; value: ToolCategory }
  | { field: 'personalData'; value: PersonalDataRule };

/** The values chosen after ticking or unticking one, in the vocabulary's order whatever the order of clicks. */
function toggled<T extends string>(
  values: readonly T[],
  chosen: readonly T[],
  value: T,
  ticked: boolean,
): T[] {
  return values.filter((candidate) => (candidate === value ? ticked : chosen.includes(candidate)));
}

/** The filter after the reader ticks or unticks one value; equal choices always give equal links. */
export function tickChoice(filter: ToolFilter, choice: FilterChoice, ticked: boolean): ToolFilter {
  switch (choice.field) {
    case 'statuses':
      return { ...filter, statuses: toggled(toolStatuses, filter.statuses, choice.value, ticked) };
    case 'categories':
      return {
        ...filter,
        categories: toggled(toolCategories, filter.categories, choice.value, ticked),
      };
    case 'personalData':
      return {
        ...filter,
        personalData: toggled(personalDataRules, filter.personalData, choice.value, ticked),
      };
  }
}

/** How many tools lack a system owner, an administrator or support. */
export function countMissingRoles(tools: readonly ToolSummary[]): number {
  return tools.filter((tool) => tool.missingRoles.length > 0).length;
}

/* The filter in the URL: ?status=anbefalt,tillatt&kategori=video&personopplysninger=nei&sok=film&sorter=navn */

function listFrom<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  return (value ?? '')
    .split(',')
    .filter((item): item is T => (allowed as readonly string[]).includes(item));
}

export function filterFromSearch(search: string): ToolView {
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
