/**
 * Links into the repository the content is kept in: a page's history, and a
 * new issue to report a problem. Written for GitHub's URLs, which GitLab and
 * Gitea also accept for these two.
 */

export type Repository = { url: string; branch: string };

/** The history of one source file, e.g. `retningslinjer/arkivering.mdx`. */
export function historyUrl(repository: Repository, sourceFile: string): string {
  return `${repository.url}/commits/${repository.branch}/${sourceFile.split('/').map(encodeURIComponent).join('/')}`;
}

/** `@site/retningslinjer/arkivering.mdx` (Docusaurus's source field) → `retningslinjer/arkivering.mdx`. */
export function sourceFileOf(source: string): string {
  return source.replace(/^@site\//, '');
}

export type ProblemReport = {
  pageTitle: string | undefined;
  pageUrl: string;
  /** The edition of the guidelines the page belongs to, if any, e.g. "Utgave 2026". */
  edition: string | undefined;
};

/**
 * A new issue in the repository, filled in with the page, its address and its
 * edition, so the reader only has to say what is wrong.
 */
export function problemReportUrl(repository: Repository, report: ProblemReport): string {
  const title = `Feil på siden: ${report.pageTitle ?? report.pageUrl}`;
  const body = [
    `Side: ${report.pageTitle ?? '(se adressen)'}`,
    `Adresse: ${report.pageUrl}`,
    ...(report.edition ? [`Utgave: ${report.edition}`] : []),
    '',
    'Hva er feil eller uklart?',
    '',
    'Hva burde det stå? (Har du en kilde, lim inn lenken.)',
    '',
  ].join('\n');
  const query = new URLSearchParams({ title, body, labels: 'innholdsfeil' });
  return `${repository.url}/issues/new?${query.toString()}`;
}
