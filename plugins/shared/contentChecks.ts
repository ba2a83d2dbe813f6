import type { ContentProblem } from '../../src/domain/content/problems';

/**
 * Where the plugins hand in the problems they find, so that one report lists
 * every problem of every file in one run: a broken tree never hides a broken
 * tool. Each plugin that checks content registers as a source when it is
 * created and submits once per load (in allContentLoaded, which Docusaurus
 * runs on every load and reload); the content-model plugin waits for every
 * source, then reports.
 */
export type ContentChecks = {
  /** Registers a source; its problems are awaited in every round from now on. */
  source: (name: string) => { submit: (problems: readonly ContentProblem[]) => void };
  /** Waits until every source has submitted for this round, then starts the next round. */
  collect: () => Promise<ContentProblem[]>;
};

type Deferred = {
  promise: Promise<readonly ContentProblem[]>;
  resolve: (problems: readonly ContentProblem[]) => void;
};

function deferred(): Deferred {
  let resolve: Deferred['resolve'] = () => undefined;
  const promise = new Promise<readonly ContentProblem[]>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

export function createContentChecks(): ContentChecks {
  const rounds = new Map<string, Deferred>();
  return {
    source(name) {
      if (!rounds.has(name)) rounds.set(name, deferred());
      return {
        submit(problems) {
          const round = rounds.get(name) ?? deferred();
          round.resolve(problems);
          // A second submission in one round (a reload before the report) replaces the first.
          rounds.set(name, { promise: Promise.resolve(problems), resolve: round.resolve });
        },
      };
    },
    async collect() {
      const names = [...rounds.keys()];
      const submitted = await Promise.all(names.map((name) => rounds.get(name)!.promise));
      for (const name of names) rounds.set(name, deferred());
      return submitted.flat();
    },
  };
}

/** The site's one set of checks, shared by the plugins the site config creates. */
export const siteContentChecks = createContentChecks();
