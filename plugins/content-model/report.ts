import { formatProblem, type ContentProblem } from '../../src/domain/content/problems';

const guide = 'What each message means and how to fix it: README.md, "When you make a mistake".';

/**
 * Every problem of a load, once each, one line per problem, sorted by file so
 * a contributor can work down the list. The stack trace is left out: it points
 * into our plugin, not at the contributor's file, and would bury the list.
 */
export class ContentProblemsError extends Error {
  declare readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    const lines = [...new Set(problems.map(formatProblem))].sort((a, b) => a.localeCompare(b));
    super(
      `${lines.length === 1 ? 'The content has 1 problem' : `The content has ${lines.length} problems`}:\n` +
        lines.map((line) => `  - ${line}`).join('\n') +
        `\n${guide}`,
    );
    this.name = 'ContentProblemsError';
    // Not enumerable, so Node does not print the list a second time as an object.
    Object.defineProperty(this, 'problems', { value: problems, enumerable: false });
    this.stack = `${this.name}: ${this.message}`;
  }
}

/**
 * How the problems reach the contributor. In `docusaurus build` the list is
 * printed once and the build stops: thrown, Docusaurus would wrap it in its
 * own error with two stack traces around it. In `npm start` it is thrown, so
 * the dev server shows it and keeps serving the last good content.
 */
export function failWithProblems(error: ContentProblemsError): never {
  if (process.env.NODE_ENV === 'production') {
    process.stderr.write(`\n[ERROR] ${error.message}\n\n`);
    process.exit(1);
  }
  throw error;
}
