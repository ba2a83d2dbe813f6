import { memo, type FocusEvent, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { translate } from '@docusaurus/Translate';
import { formatIsoDate } from '../../domain/dates';
import type { SortKey } from '../../domain/tools/filter';
import type { ToolSummary } from '../../domain/tools/summary';
import { toolPath } from '../../domain/tools/tool';
import { personalDataRules, toolCategories, toolStatuses } from '../../domain/tools/vocabulary';
import { useFilteredTools } from '../../hooks/useFilteredTools';
import { useLocaleTag } from '../../hooks/useLocaleTag';
import {
  dataLocationLabel,
  personalDataLabel,
  toolCategoryLabel,
  toolStatusLabel,
} from '../ToolPanel/labels';
import styles from './styles.module.css';

export type ToolCatalogueProps = {
  /** Every tool's summary; in MDX, `<ToolCatalogue />` is enough, the build passes the data in. */
  tools: readonly ToolSummary[];
};

function Choices<T extends string>({
  legend,
  name,
  values,
  chosen,
  label,
  onTick,
}: {
  legend: string;
  name: string;
  values: readonly T[];
  chosen: readonly T[];
  label: (value: T) => string;
  onTick: (value: T, ticked: boolean) => void;
}) {
  return (
    <fieldset className={styles.choices}>
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value} className={styles.choice}>
          <input
            type="checkbox"
            name={name}
            value={value}
            checked={chosen.includes(value)}
            onChange={(event) => onTick(value, event.target.checked)}
          />{' '}
          {label(value)}
        </label>
      ))}
    </fieldset>
  );
}

/** The table's columns, in order: status next to the tool's name, as readers look for it first. */
const columnOrder: readonly SortKey[] = [
  'navn',
  'status',
  'kategori',
  'personopplysninger',
  'lagring',
  'neste-vurdering',
];

function columnLabel(key: SortKey): string {
  switch (key) {
    case 'navn':
      return translate({ id: 'vk.catalogue.column.name', message: 'Verktøy' });
    case 'kategori':
      return translate({ id: 'vk.catalogue.column.category', message: 'Kategori' });
    case 'status':
      return translate({ id: 'vk.catalogue.column.status', message: 'Status' });
    case 'personopplysninger':
      return translate({
        id: 'vk.catalogue.column.personalData',
        message: 'Tillatt med personopplysninger',
      });
    case 'lagring':
      return translate({ id: 'vk.catalogue.column.dataLocation', message: 'Data lagres' });
    case 'neste-vurdering':
      return translate({ id: 'vk.catalogue.column.nextReview', message: 'Neste vurdering' });
  }
}

/** One tool's row; memoised, so filtering re-renders only the table's order, not every cell. */
const CatalogueRow = memo(function CatalogueRow({
  tool,
  isEnglish,
  localeTag,
}: {
  tool: ToolSummary;
  isEnglish: boolean;
  localeTag: string;
}) {
  return (
    <tr data-tool={tool.id}>
      <th scope="row">
        <Link to={toolPath(tool.id)}>{tool.title}</Link>
        <span className={styles.verdict} lang={isEnglish ? 'en' : undefined}>
          {isEnglish ? tool.verdictEn : tool.verdict}
        </span>
        {tool.missingRoles.length > 0 && (
          <span className={styles.warning}>
            {translate({ id: 'vk.catalogue.rowMissingRoles', message: 'Mangler ansvar' })}
          </span>
        )}
      </th>
      <td data-status={tool.status} className={styles.status}>
        {toolStatusLabel(tool.status)}
      </td>
      <td data-label={columnLabel('kategori')}>{toolCategoryLabel(tool.category)}</td>
      <td data-label={columnLabel('personopplysninger')}>{personalDataLabel(tool.personalData)}</td>
      <td data-label={columnLabel('lagring')}>{dataLocationLabel(tool.dataLocation)}</td>
      <td data-label={columnLabel('neste-vurdering')}>
        <time dateTime={tool.nextReview}>{formatIsoDate(tool.nextReview, localeTag)}</time>
      </td>
    </tr>
  );
});

/**
 * Every tool in a table, complete without JavaScript. In the browser the reader
 * can filter (by status, category, personal data and free text) and sort, and
 * the URL keeps the view so it can be shared.
 *
 * @example <ToolCatalogue />
 */
export default function ToolCatalogue({ tools }: ToolCatalogueProps): ReactNode {
  const isBrowser = useIsBrowser();
  const localeTag = useLocaleTag();
  const isEnglish = localeTag.startsWith('en');
  const { view, shown, missingRoleCount, search, tick, sortBy, showAll, saveToUrl } =
    useFilteredTools(tools);
  const { filter, sort } = view;
  // Focus leaving the filters (to a tool's link, say) writes a change the address has not caught up with.
  const saveWhenFocusLeaves = (event: FocusEvent<HTMLFormElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) saveToUrl();
  };
  const jsonUrl = useBaseUrl('/verktoy.json');

  const columns = columnOrder.map((key) => ({ key, label: columnLabel(key) }));

  return (
    <div className={styles.catalogue} data-tool-catalogue>
      <p className={styles.counts}>
        {translate(
          { id: 'vk.catalogue.count', message: 'Katalogen har {count} verktøy.' },
          { count: tools.length },
        )}{' '}
        {missingRoleCount > 0 && (
          <strong data-missing-roles-count={missingRoleCount}>
            {translate(
              {
                id: 'vk.catalogue.missingRoles',
                message: '{count} av dem mangler systemeier, administrator eller brukerstøtte.',
              },
              { count: missingRoleCount },
            )}
          </strong>
        )}{' '}
        <a href={jsonUrl}>
          {translate({
            id: 'vk.catalogue.json',
            message: 'Last ned hele katalogen til bruk i andre systemer (JSON-fil)',
          })}
        </a>
      </p>

      {isBrowser && (
        <form
          className={styles.filters}
          role="search"
          onSubmit={(event) => event.preventDefault()}
          onBlur={saveWhenFocusLeaves}
        >
          <p className={styles.textFilter}>
            <label htmlFor="verktoy-sok">
              {translate({ id: 'vk.catalogue.search', message: 'Søk i katalogen' })}
            </label>
            <input
              id="verktoy-sok"
              type="search"
              value={filter.text}
              onChange={(event) => search(event.target.value)}
            />
          </p>
          <Choices
            legend={translate({ id: 'vk.catalogue.filter.status', message: 'Status' })}
            name="status"
            values={toolStatuses}
            chosen={filter.statuses}
            label={toolStatusLabel}
            onTick={(value, ticked) => tick({ field: 'statuses', value }, ticked)}
          />
          <Choices
            legend={translate({ id: 'vk.catalogue.filter.category', message: 'Kategori' })}
            name="kategori"
            values={toolCategories}
            chosen={filter.categories}
            label={toolCategoryLabel}
            onTick={(value, ticked) => tick({ field: 'categories', value }, ticked)}
          />
          <Choices
            legend={translate({
              id: 'vk.catalogue.filter.personalData',
              message: 'Tillatt med personopplysninger',
            })}
            name="personopplysninger"
            values={personalDataRules}
            chosen={filter.personalData}
            label={personalDataLabel}
            onTick={(value, ticked) => tick({ field: 'personalData', value }, ticked)}
          />
          <p className={styles.filterActions}>
            <button type="button" className="button button--secondary button--sm" onClick={showAll}>
              {translate({ id: 'vk.catalogue.clear', message: 'Vis alle' })}
            </button>
          </p>
        </form>
      )}

      <p className={styles.resultCount} aria-live="polite" data-result-count={shown.length}>
        {translate(
          { id: 'vk.catalogue.showing', message: 'Viser {shown} av {total} verktøy.' },
          { shown: shown.length, total: tools.length },
        )}
      </p>

      <div className={styles.tableContainer}>
        <table className={styles.table}>
          <caption className={styles.caption}>
            {translate({ id: 'vk.catalogue.caption', message: 'Verktøykatalogen' })}
          </caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const sorted = isBrowser && sort.key === column.key;
                return (
                  <th
                    key={column.key}
                    scope="col"
                    aria-sort={sorted ? (sort.descending ? 'descending' : 'ascending') : undefined}
                  >
                    {isBrowser ? (
                      <button
                        type="button"
                        className={styles.sortButton}
                        onClick={() => sortBy(column.key)}
                      >
                        {column.label}
                        <span aria-hidden="true">
                          {sorted ? (sort.descending ? ' ▼' : ' ▲') : ''}
                        </span>
                      </button>
                    ) : (
                      column.label
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((tool) => (
              <CatalogueRow key={tool.id} tool={tool} isEnglish={isEnglish} localeTag={localeTag} />
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && (
        <p>
          {translate({
            id: 'vk.catalogue.none',
            message: 'Ingen verktøy passer med valgene dine.',
          })}
        </p>
      )}
    </div>
  );
}
