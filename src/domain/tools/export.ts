import { nextReviewDate } from '../content/review';
import { missingRoles, toolPath, type Tool } from './tool';

/** Bump when a field changes meaning or disappears; adding fields keeps the version. */
export const catalogueFormatVersion = 1;

/**
 * The catalogue as JSON for the intranet and other systems: plain field names,
 * absolute URLs, every vocabulary value as its stable id.
 */
export function catalogueExport(tools: readonly Tool[], siteUrl: string, generatedAt: Date) {
  return {
    formatVersion: catalogueFormatVersion,
    generatedAt: generatedAt.toISOString(),
    tools: [...tools]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((tool) => ({
        id: tool.id,
        name: tool.title,
        url: `${siteUrl}${toolPath(tool.id)}`,
        status: tool.tool_status,
        category: tool.category,
        verdict: { nb: tool.verdict, en: tool.verdict_en },
        roles: {
          systemOwner: tool.roles.system_owner ?? null,
          administrator: tool.roles.administrator ?? null,
          support: tool.roles.support ?? null,
        },
        missingRoles: missingRoles(tool),
        hosting: tool.hosting,
        dataLocation: tool.data_location,
        personalData: tool.personal_data,
        dpia: { status: tool.dpia.status, date: tool.dpia.date ?? null },
        archiving: tool.archiving,
        accessibility: tool.accessibility,
        security: {
          twoFactor: tool.security.two_factor,
          singleSignOn: tool.security.single_sign_on,
        },
        cost: tool.cost,
        evaluatedOn: tool.last_reviewed,
        nextReview: nextReviewDate(tool),
        alternatives: tool.alternatives,
        guidelines: tool.guidelines.map((guideline) => `${siteUrl}${guideline}`),
        history: tool.history.map((change) => ({
          date: change.date,
          status: change.tool_status,
          reason: change.reason,
        })),
      })),
  };
}
