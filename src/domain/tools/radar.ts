import type { ToolSummary } from './summary';
import { toolCategories, toolStatuses, type ToolCategory, type ToolStatus } from './vocabulary';

/** A tool's place on the radar, in a square of side 2 × `radius` centred on 0,0. */
export type Blip = {
  id: string;
  /** The blip's label, 1 upwards in the order blips are placed; the table beside the picture lists them by it. */
  number: number;
  title: string;
  status: ToolStatus;
  category: ToolCategory;
  x: number;
  y: number;
};

export type RadarLayout = {
  radius: number;
  rings: { status: ToolStatus; inner: number; outer: number }[];
  sectors: { category: ToolCategory; startAngle: number; endAngle: number }[];
  blips: Blip[];
};

/**
 * Places every tool: ring by status (anbefalt in the centre, frarådet outside),
 * sector by category. Tools sharing a cell are spread evenly over its angle and
 * depth, in name order, so the same data always gives the same picture and
 * blips never sit on each other.
 */
export function radarLayout(tools: readonly ToolSummary[], radius = 200): RadarLayout {
  const ringWidth = radius / toolStatuses.length;
  const rings = toolStatuses.map((status, index) => ({
    status,
    inner: index * ringWidth,
    outer: (index + 1) * ringWidth,
  }));
  const sectorAngle = (2 * Math.PI) / toolCategories.length;
  const sectors = toolCategories.map((category, index) => ({
    category,
    startAngle: index * sectorAngle - Math.PI / 2,
    endAngle: (index + 1) * sectorAngle - Math.PI / 2,
  }));

  const blips: Blip[] = [];
  for (const ring of rings) {
    for (const sector of sectors) {
      const cell = tools
        .filter((tool) => tool.status === ring.status && tool.category === sector.category)
        .sort((a, b) => a.title.localeCompare(b.title, 'nb'));
      // Keep blips off the cell's edges so they are never read as belonging to the next cell.
      const padding = 0.12;
      cell.forEach((tool, index) => {
        const angleShare = (index + 1) / (cell.length + 1);
        const angle = sector.startAngle + (sector.endAngle - sector.startAngle) * angleShare;
        const depthShare =
          cell.length === 1 ? 0.5 : padding + (1 - 2 * padding) * ((index % 3) / 2);
        const distance =
          ring.inner +
          (ring.outer - ring.inner) * (ring.inner === 0 ? 0.35 + 0.5 * depthShare : depthShare);
        blips.push({
          id: tool.id,
          number: blips.length + 1,
          title: tool.title,
          status: tool.status,
          category: tool.category,
          x: Math.round(Math.cos(angle) * distance * 10) / 10,
          y: Math.round(Math.sin(angle) * distance * 10) / 10,
        });
      });
    }
  }
  return { radius, rings, sectors, blips };
}

/** Where a blip lies, in polar terms, for tests and for checking the picture. */
export function polarOf(blip: Pick<Blip, 'x' | 'y'>): { distance: number; angle: number } {
  return { distance: Math.hypot(blip.x, blip.y), angle: Math.atan2(blip.y, blip.x) };
}
