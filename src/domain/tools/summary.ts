import { nextReviewDate } from '../content/review';
import { missingRoles, type RequiredRole, type Tool } from './tool';
import type { DataLocation, PersonalDataRule, ToolCategory, ToolStatus } from './vocabulary';

/** What the catalogue table and the radar need of each tool; kept small, since every tool is in the page. */
export type ToolSummary = {
  id: string;
  title: string;
  status: ToolStatus;
  category: ToolCategory;
  verdict: string;
  verdictEn: string;
  personalData: PersonalDataRule;
  dataLocation: DataLocation;
  nextReview: string;
  missingRoles: RequiredRole[];
};

export function toolSummaries(tools: readonly Tool[]): ToolSummary[] {
  return tools.map((tool) => ({
    id: tool.id,
    title: tool.title,
    status: tool.tool_status,
    category: tool.category,
    verdict: tool.verdict,
    verdictEn: tool.verdict_en,
    personalData: tool.personal_data,
    dataLocation: tool.data_location,
    nextReview: nextReviewDate(tool),
    missingRoles: missingRoles(tool),
  }));
}
