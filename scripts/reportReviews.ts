import path from 'node:path';
import { isRealIsoDate, isoDateOf } from '../src/domain/dates';
import { reviewReportText } from './reviews/reviewReportText';
import { contentModelContextOf } from './reviews/siteContext';

/**
 * npm run report:reviews [-- --today YYYY-MM-DD]
 *
 * Prints the pages that are overdue for review or due within 30 days, by
 * owner, for CI logs. Overdue pages are warnings; a page without a known
 * owner fails the command.
 */
const siteDir = path.resolve(__dirname, '..');
const todayArgument = process.argv.indexOf('--today');
const today = todayArgument === -1 ? isoDateOf(new Date()) : process.argv[todayArgument + 1];
if (!today || !isRealIsoDate(today)) {
  console.error('--today must be a date written YYYY-MM-DD');
  process.exit(1);
}
const { context, knownOwners } = contentModelContextOf(siteDir);
const { text, fails } = reviewReportText(siteDir, context, today, knownOwners);
console.log(text);
if (fails) process.exitCode = 1;
