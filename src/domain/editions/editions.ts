import type { ContentProblem } from '../content/problems';
import type { Edition } from './schema';

/**
 * Checks the edition records against the editions Docusaurus has (versions.json,
 * newest first): every edition has exactly one record, and the dates go forward.
 */
export function editionRecordProblems(
  file: string,
  records: readonly Edition[],
  versions: readonly string[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const recorded = new Map<string, number>();
  records.forEach((record, index) => {
    const earlier = recorded.get(record.edition);
    if (earlier !== undefined) {
      problems.push({
        file,
        field: `editions[${index}].edition`,
        message: `"${record.edition}" is recorded twice (also editions[${earlier}]); keep one record per edition`,
      });
    }
    recorded.set(record.edition, index);
    if (!versions.includes(record.edition)) {
      problems.push({
        file,
        field: `editions[${index}].edition`,
        message: `"${record.edition}" is not an edition of the site; editions are ${versions.join(', ') || 'none yet'} (make one with npm run edition)`,
      });
    }
  });
  for (const version of versions) {
    if (!recorded.has(version)) {
      problems.push({
        file,
        field: 'editions',
        message: `edition ${version} has no record; add who adopted it (adopted_by), when (date) and the case reference (case_ref)`,
      });
    }
  }
  const byAge = [...versions].reverse();
  byAge.forEach((version, index) => {
    const previous = byAge[index - 1];
    const date = records.find((record) => record.edition === version)?.date;
    const previousDate = records.find((record) => record.edition === previous)?.date;
    if (date && previousDate && date <= previousDate) {
      problems.push({
        file,
        field: `editions[${recorded.get(version)}].date`,
        message: `${date} must be after the date of edition ${previous} (${previousDate})`,
      });
    }
  });
  return problems;
}

/** The edition before this one (versions.json lists newest first), if any. */
export function previousEdition(versions: readonly string[], edition: string): string | undefined {
  const index = versions.indexOf(edition);
  return index === -1 ? undefined : versions[index + 1];
}
