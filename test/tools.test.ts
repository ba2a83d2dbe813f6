import { describe, expect, it } from 'vitest';
import { loadTools } from '../plugins/tool-catalogue/load';
import { missingRoles } from '../src/domain/tools/tool';
import { siteDir } from './contentFiles';

/** The real catalogue, checked as a whole the way the build checks it. */
describe('the tool catalogue in docs/verktoy/', () => {
  const tools = loadTools(siteDir);

  it('holds at least twelve evaluations whose alternatives are all in the catalogue', () => {
    expect(tools.length).toBeGreaterThanOrEqual(12);
  });

  it.each(tools.map((tool) => [tool.id, tool] as const))(
    '%s has an English verdict and a dated history',
    (_id, tool) => {
      expect(tool.verdict_en).not.toBe(tool.verdict);
      expect(tool.history.at(-1)?.tool_status).toBe(tool.tool_status);
    },
  );

  it('shows the rule about roles at work: at least one tool lacks a role and is flagged', () => {
    expect(tools.filter((tool) => missingRoles(tool).length > 0).length).toBeGreaterThan(0);
  });
});
