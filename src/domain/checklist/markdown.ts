import type { Progress } from './progress';
import { checklistGroups } from './items';
import type { Checklist } from './schema';

export type MarkdownLabels = {
  /** e.g. "Skrevet ut 22. november 2026" */
  dateLine: string;
  /** e.g. "(valgfri)" */
  optional: string;
  /** e.g. "5 av 9 punkter er krysset av." */
  summary: string;
};

/** The checklist and its state as a Markdown task list, for download or pasting into a case. */
export function checklistToMarkdown(
  checklist: Checklist,
  progress: Progress,
  labels: MarkdownLabels,
): string {
  const lines = [`# ${checklist.title}`, '', labels.dateLine, '', labels.summary, ''];
  for (const group of checklistGroups(checklist)) {
    if (group.title) lines.push(`## ${group.title}`, '');
    for (const item of group.items) {
      const box = progress.ticked.has(item.id) ? '[x]' : '[ ]';
      lines.push(`- ${box} ${item.text}${item.required ? '' : ` ${labels.optional}`}`);
      if (item.help) lines.push(`  ${item.help}`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
