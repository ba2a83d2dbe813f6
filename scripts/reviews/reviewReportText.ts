import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readContentFile, type ContentModelContext } from '../../src/domain/content/frontMatter';
import { reviewReport, type ReviewedPage } from '../../src/domain/content/reviewReport';
import type { IsoDate } from '../../src/domain/dates';

function markdownFiles(siteDir: string, folder: string): string[] {
  const directory = path.join(siteDir, folder);
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => `${folder}/${name.split(path.sep).join('/')}`)
    .filter((file) => !file.split('/').some((segment) => segment.startsWith('_')))
    .sort();
}

/** The source files of the pages in force: the living docs, and the edition of the guidelines in force. */
export function filesInForce(siteDir: string): string[] {
  const versionsFile = path.join(siteDir, 'retningslinjer_versions.json');
  const latest = existsSync(versionsFile)
    ? (JSON.parse(readFileSync(versionsFile, 'utf8')) as string[])[0]
    : undefined;
  return [
    ...markdownFiles(siteDir, 'docs'),
    ...markdownFiles(
      siteDir,
      latest ? `retningslinjer_versioned_docs/version-${latest}` : 'retningslinjer',
    ),
  ];
}

/**
 * The review report as text for a CI log, and whether it fails: overdue and
 * due pages are warnings; a page whose owner is not a known unit fails.
 */
export function reviewReportText(
  siteDir: string,
  context: ContentModelContext,
  today: IsoDate,
  knownOwners: readonly string[] | null,
): { text: string; fails: boolean } {
  const pages: ReviewedPage[] = filesInForce(siteDir).flatMap((file) => {
    const reading = readContentFile(file, readFileSync(path.join(siteDir, file), 'utf8'), context);
    if (reading.role !== 'doc') return [];
    const page = reading.frontMatter;
    return [
      {
        title: page.title,
        path: file,
        owner: page.owner,
        last_reviewed: page.last_reviewed,
        review_interval_months: page.review_interval_months,
        next_review: page.next_review,
      },
    ];
  });
  const report = reviewReport(pages, today, knownOwners);
  const lines = [`Innholdsstatus ${today}: ${report.total} sider som gjelder nå.`];
  for (const { owner, pages: entries } of report.byOwner) {
    lines.push('', `${owner}:`);
    for (const entry of entries) {
      lines.push(
        entry.review.state === 'overdue'
          ? `  advarsel: ${entry.path}: forsinket, skulle vært gjennomgått ${entry.review.nextReview} (${entry.review.daysOverdue} dager siden)`
          : `  advarsel: ${entry.path}: skal gjennomgås innen ${entry.review.nextReview} (om ${entry.review.daysLeft} dager)`,
      );
    }
  }
  if (report.byOwner.length === 0)
    lines.push('Ingen sider er forsinket eller skal gjennomgås de neste 30 dagene.');
  for (const page of report.withoutKnownOwner) {
    lines.push(
      `feil: ${page.path}: eieren «${page.owner}» er ikke en enhet i organisation.ts; skriv en kjent enhet i owner`,
    );
  }
  return { text: lines.join('\n'), fails: report.withoutKnownOwner.length > 0 };
}
