import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import { toolPath } from '../../domain/tools/tool';
import { radarLayout } from '../../domain/tools/radar';
import type { ToolSummary } from '../../domain/tools/summary';
import { toolCategoryLabel, toolStatusLabel } from '../ToolPanel/labels';
import styles from './styles.module.css';

export type ToolRadarProps = {
  /** Every tool's summary; in MDX, `<ToolRadar />` is enough, the build passes the data in. */
  tools: readonly ToolSummary[];
};

const size = 560;
const radius = 200;
const centre = size / 2;
/** Room beside the circle for the longest sector names. */
const sidePadding = 125;

function arcPath(innerRadius: number, outerRadius: number, start: number, end: number): string {
  const point = (r: number, angle: number) =>
    `${(centre + Math.cos(angle) * r).toFixed(1)} ${(centre + Math.sin(angle) * r).toFixed(1)}`;
  const large = end - start > Math.PI ? 1 : 0;
  return [
    `M ${point(outerRadius, start)}`,
    `A ${outerRadius} ${outerRadius} 0 ${large} 1 ${point(outerRadius, end)}`,
    `L ${point(innerRadius, end)}`,
    innerRadius > 0
      ? `A ${innerRadius} ${innerRadius} 0 ${large} 0 ${point(innerRadius, start)}`
      : '',
    'Z',
  ].join(' ');
}

/**
 * The catalogue as a radar: rings are statuses (anbefalt in the middle),
 * sectors are categories. Every blip is a link, reachable with Tab; the table
 * under the picture says the same in words.
 *
 * @example <ToolRadar />
 */
export default function ToolRadar({ tools }: ToolRadarProps) {
  const layout = radarLayout(tools, radius);
  const titleId = 'verktoyradar-tittel';
  return (
    <figure className={styles.radar} data-tool-radar>
      <svg
        viewBox={`${-sidePadding} 60 ${size + 2 * sidePadding} ${size - 120}`}
        className={styles.svg}
        role="group"
        aria-labelledby={titleId}
      >
        <title id={titleId}>
          {translate({
            id: 'vk.radar.title',
            message: 'Verktøyradar: ringene er status, sektorene er kategorier',
          })}
        </title>
        {layout.sectors.map((sector, sectorIndex) =>
          layout.rings.map((ring, ringIndex) => (
            <path
              key={`${sector.category}-${ring.status}`}
              d={arcPath(ring.inner, ring.outer, sector.startAngle, sector.endAngle)}
              className={styles.cell}
              data-ring={ringIndex}
              data-sector={sectorIndex % 2}
            />
          )),
        )}
        {layout.rings.map((ring) => (
          // Ring names sit on the line straight down, a sector boundary, where no blip is placed.
          <text
            key={ring.status}
            x={centre}
            y={centre + (ring.inner + ring.outer) / 2 + 4}
            textAnchor="middle"
            className={styles.ringLabel}
            aria-hidden="true"
          >
            {toolStatusLabel(ring.status)}
          </text>
        ))}
        {layout.sectors.map((sector) => {
          const middle = (sector.startAngle + sector.endAngle) / 2;
          const x = centre + Math.cos(middle) * (radius + 14);
          const y = centre + Math.sin(middle) * (radius + 14);
          return (
            <text
              key={sector.category}
              x={x.toFixed(1)}
              y={(y + 4).toFixed(1)}
              textAnchor={Math.abs(x - centre) < 1 ? 'middle' : x > centre ? 'start' : 'end'}
              className={styles.sectorLabel}
              aria-hidden="true"
            >
              {toolCategoryLabel(sector.category)}
            </text>
          );
        })}
        {layout.blips.map((blip) => (
          <Link
            key={blip.id}
            to={toolPath(blip.id)}
            className={styles.blip}
            aria-label={translate(
              { id: 'vk.radar.blip', message: '{tool}: {status}, {category}' },
              {
                tool: blip.title,
                status: toolStatusLabel(blip.status),
                category: toolCategoryLabel(blip.category),
              },
            )}
            data-blip={blip.id}
          >
            <circle cx={centre + blip.x} cy={centre + blip.y} r={11} data-status={blip.status} />
            <text
              x={centre + blip.x}
              y={centre + blip.y + 4}
              textAnchor="middle"
              aria-hidden="true"
            >
              {blip.number}
            </text>
          </Link>
        ))}
      </svg>
      <figcaption>
        <p className={styles.legendTitle}>
          {translate({ id: 'vk.radar.sectors', message: 'Sektorer, med klokka fra toppen:' })}
        </p>
        <ol className={styles.sectorList}>
          {layout.sectors.map((sector) => (
            <li key={sector.category}>{toolCategoryLabel(sector.category)}</li>
          ))}
        </ol>
        <p className={styles.legendTitle}>
          {translate({ id: 'vk.radar.numbers', message: 'Tallene på radaren:' })}
        </p>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{translate({ id: 'vk.radar.number', message: 'Nr.' })}</th>
              <th scope="col">
                {translate({ id: 'vk.catalogue.column.name', message: 'Verktøy' })}
              </th>
              <th scope="col">
                {translate({ id: 'vk.catalogue.column.status', message: 'Status' })}
              </th>
              <th scope="col">
                {translate({ id: 'vk.catalogue.column.category', message: 'Kategori' })}
              </th>
            </tr>
          </thead>
          <tbody>
            {layout.blips.map((blip) => (
              <tr key={blip.id}>
                <td>{blip.number}</td>
                <th scope="row">
                  <Link to={toolPath(blip.id)} tabIndex={-1}>
                    {blip.title}
                  </Link>
                </th>
                <td>{toolStatusLabel(blip.status)}</td>
                <td>{toolCategoryLabel(blip.category)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
