import type { IsoDate } from '../dates';
import { checkWith } from '../content/validation';
import { formatProblem } from '../content/problems';
import { editionSchema, type Edition } from './schema';

/** What `npm run edition -- 2026 --adopted-by … --date … --case … [--decision-url …]` asks for. */
export type NewEditionRequest = { ok: true; edition: Edition } | { ok: false; problems: string[] };

const flags = {
  '--adopted-by': 'adopted_by',
  '--date': 'date',
  '--case': 'case_ref',
  '--decision-url': 'decision_url',
} as const;

const usage =
  'usage: npm run edition -- <edition> --adopted-by "<who>" --date YYYY-MM-DD --case <case ref> [--decision-url https://…]';

/**
 * Reads and checks the command line of the edition command. Everything is
 * checked before anything is written: the name and metadata against the
 * schema, the name against the editions that exist, and the date against
 * today and the latest edition, so a refused command changes nothing.
 *
 * @param existing the editions there are, newest first, with their adoption dates
 */
export function newEditionRequest(
  args: readonly string[],
  existing: readonly Pick<Edition, 'edition' | 'date'>[],
  today: IsoDate,
): NewEditionRequest {
  const problems: string[] = [];
  const fields: Record<string, string> = {};
  const positional: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg.startsWith('--')) {
      const field = flags[arg as keyof typeof flags];
      const value = args[index + 1];
      if (!field)
        problems.push(`${arg} is not an option; options are ${Object.keys(flags).join(', ')}`);
      else if (value === undefined || value.startsWith('--')) problems.push(`${arg} needs a value`);
      else fields[field] = value;
      index += field && value !== undefined && !value.startsWith('--') ? 1 : 0;
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 1) {
    problems.push(
      positional.length === 0
        ? 'name the edition, for example 2026'
        : `give one edition name, not ${positional.length} (${positional.join(', ')})`,
    );
  }
  const result = checkWith('edition', editionSchema, { edition: positional[0], ...fields });
  if (!result.ok) {
    const optionOf = (field: string) =>
      Object.entries(flags).find(([, name]) => name === field)?.[0] ?? field;
    problems.push(
      ...result.problems
        .filter((problem) => !(problem.field === 'edition' && positional.length !== 1))
        .map((problem) =>
          formatProblem({
            ...problem,
            file: '',
            field: problem.field === 'edition' ? 'edition name' : optionOf(problem.field),
          }).replace(/^: /, ''),
        ),
    );
  }
  if (result.ok) {
    const { edition } = result.value;
    const latest = existing[0];
    if (existing.some((candidate) => candidate.edition === edition)) {
      problems.push(
        `edition ${edition} exists already; editions are ${existing.map((e) => e.edition).join(', ')}`,
      );
    }
    if (result.value.date > today) {
      problems.push(
        `--date: ${result.value.date} is in the future; an edition is made once it has been adopted`,
      );
    }
    if (latest && result.value.date <= latest.date) {
      problems.push(
        `--date: ${result.value.date} must be after the adoption of the latest edition, ${latest.edition} (${latest.date})`,
      );
    }
  }
  if (problems.length > 0) return { ok: false, problems: [...problems, usage] };
  return { ok: true, edition: (result as { ok: true; value: Edition }).value };
}
