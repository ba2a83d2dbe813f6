import { algoliasearch, type SynonymHit } from 'algoliasearch';
import { missingVariables, type Environment } from '../../src/domain/search/algolia';
import type { DocSearchRecord } from '../../src/domain/search/algoliaRecords';
import { IndexerError } from './errors';
import { algoliaIndexSettings } from './indexSettings';

/** Where the indexer writes and with which key. */
export type AlgoliaTarget = {
  appId: string;
  adminApiKey: string;
  indexName: string;
  /** Another host than Algolia's own (a proxy, a test's stand-in); Algolia's hosts when undefined. */
  host?: { url: string; port?: number; protocol: 'http' | 'https' };
};

/**
 * What the indexer needs. The admin key can write to and delete the index, so
 * only this command reads it: never the site's config, whose values end up in
 * the built pages.
 */
const indexerVariables = ['ALGOLIA_APP_ID', 'ALGOLIA_ADMIN_API_KEY', 'ALGOLIA_INDEX_NAME'];

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** `ALGOLIA_HOST=https://algolia-proxy.example.no` or, for a stand-in on this machine, `http://127.0.0.1:8080`. */
function hostOf(value: string): AlgoliaTarget['host'] {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new IndexerError(
      `ALGOLIA_HOST "${value}" is not an address; write it like https://algolia-proxy.example.no`,
    );
  }
  const protocol = url.protocol.replace(/:$/, '');
  if (protocol !== 'https' && !(protocol === 'http' && loopbackHosts.has(url.hostname))) {
    throw new IndexerError(
      `ALGOLIA_HOST "${value}" must use https (http only to this machine, for tests), so the admin key is never sent in clear`,
    );
  }
  if (url.pathname !== '/' || url.search !== '' || url.username !== '') {
    throw new IndexerError(
      `ALGOLIA_HOST "${value}" must be a host alone, without path, query or user`,
    );
  }
  return {
    url: url.hostname,
    protocol,
    ...(url.port === '' ? {} : { port: Number(url.port) }),
  };
}

/** The indexer's settings from the environment; each missing variable is named, in one line. */
export function algoliaTargetFrom(env: Environment): AlgoliaTarget {
  const missing = missingVariables(env, indexerVariables);
  if (missing.length > 0) {
    throw new IndexerError(
      `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set; npm run search:algolia needs ALGOLIA_APP_ID, ALGOLIA_ADMIN_API_KEY and ALGOLIA_INDEX_NAME`,
    );
  }
  const host = env.ALGOLIA_HOST?.trim();
  return {
    appId: env.ALGOLIA_APP_ID!.trim(),
    adminApiKey: env.ALGOLIA_ADMIN_API_KEY!.trim(),
    indexName: env.ALGOLIA_INDEX_NAME!.trim(),
    ...(host ? { host: hostOf(host) } : {}),
  };
}

export type IndexContent = {
  records: readonly DocSearchRecord[];
  synonyms: readonly SynonymHit[];
  /** Records per batch request; Algolia advises about 1,000, or fewer for large records. */
  batchSize: number;
};

type Step = 'settings' | 'synonyms' | 'records';

const stepDescriptions: Record<Step, string> = {
  settings: 'saving the index settings',
  synonyms: 'saving the synonyms',
  records: 'replacing the records',
};

/** Algolia's answer as one line: the HTTP status and its message, or that the host could not be reached. */
function reasonOf(error: unknown, target: AlgoliaTarget): string {
  if (!(error instanceof Error)) return String(error);
  const status = (error as { status?: unknown }).status;
  if (error.name === 'RetryError') {
    const host = target.host
      ? `${target.host.protocol}://${target.host.url}${target.host.port ? `:${target.host.port}` : ''}`
      : `Algolia (application ${target.appId})`;
    return `could not reach ${host}; check the network, ALGOLIA_APP_ID and ALGOLIA_HOST`;
  }
  const message = error.message.replace(/\s+/g, ' ').trim();
  return typeof status === 'number' ? `Algolia answered ${status}: ${message}` : message;
}

/**
 * Writes the index: first its settings, then its synonyms (replacing those it
 * had), then every record in an atomic full replace: the records go in batches
 * into a temporary copy of the index, which then takes the index's place. If a
 * step fails, the index keeps its records (the temporary copy is deleted) and
 * the error names the step and Algolia's answer.
 */
export async function pushToAlgolia(
  target: AlgoliaTarget,
  content: IndexContent,
  log: (line: string) => void,
): Promise<void> {
  const client = algoliasearch(
    target.appId,
    target.adminApiKey,
    target.host ? { hosts: [{ ...target.host, accept: 'readWrite' }] } : {},
  );
  const { indexName } = target;
  let step: Step = 'settings';
  try {
    const settingsTask = await client.setSettings({
      indexName,
      indexSettings: algoliaIndexSettings,
    });
    await client.waitForTask({ indexName, taskID: settingsTask.taskID });
    log(`settings of "${indexName}" saved`);

    step = 'synonyms';
    const synonymsTask = await client.saveSynonyms({
      indexName,
      synonymHit: [...content.synonyms],
      replaceExistingSynonyms: true,
    });
    await client.waitForTask({ indexName, taskID: synonymsTask.taskID });
    log(`${content.synonyms.length} synonym groups saved`);

    step = 'records';
    const replaced = await client.replaceAllObjects({
      indexName,
      objects: content.records as unknown as Record<string, unknown>[],
      batchSize: content.batchSize,
    });
    log(
      `${content.records.length} records saved in ${replaced.batchResponses.length} batches, and "${indexName}" replaced`,
    );
  } catch (error) {
    // Algolia's messages can quote the request; the admin key must not reach a CI log through them.
    const reason = reasonOf(error, target).replaceAll(
      target.adminApiKey,
      '[ALGOLIA_ADMIN_API_KEY]',
    );
    throw new IndexerError(
      `${stepDescriptions[step]} of "${indexName}" failed: ${reason}; ${
        step === 'records' ? 'the index keeps the records it had' : 'no records were changed'
      }`,
    );
  }
}
