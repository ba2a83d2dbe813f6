import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/**
 * A small stand-in for the Algolia REST endpoints `npm run search:algolia`
 * uses, on a loopback port, for the real algoliasearch client to talk to over
 * real HTTP. It keeps its indices in memory, so a test can see what a run left
 * behind, and it can be told to fail a chosen request.
 */

export type StandInIndex = {
  settings: Record<string, unknown>;
  synonyms: Map<string, Record<string, unknown>>;
  records: Map<string, Record<string, unknown>>;
};

export type StandInRequest = {
  method: string;
  /** Without the query: `/1/indexes/verktoykassa/batch`. */
  path: string;
  query: URLSearchParams;
  body: unknown;
};

/** What the stand-in answers instead of doing the request, e.g. `{ status: 400, message: '…' }`. */
export type StandInFailure = { status: number; message: string };

export type StandInOptions = {
  appId: string;
  apiKey: string;
  /** Called for each request before it is done; return a failure to answer with it instead. */
  fail?: (
    request: StandInRequest,
    earlier: readonly StandInRequest[],
  ) => StandInFailure | undefined;
};

export type AlgoliaStandIn = {
  /** `http://127.0.0.1:<port>`, for ALGOLIA_HOST. */
  url: string;
  requests: StandInRequest[];
  indices: Map<string, StandInIndex>;
  close: () => Promise<void>;
};

function emptyIndex(): StandInIndex {
  return { settings: {}, synonyms: new Map(), records: new Map() };
}

/** Algolia's copy: with a scope, only those parts, and the destination keeps its records; without, everything. */
function copied(
  source: StandInIndex,
  destination: StandInIndex | undefined,
  scope: readonly string[] | undefined,
): StandInIndex {
  if (scope === undefined) return structuredClone(source);
  const base = destination ?? emptyIndex();
  return {
    settings: scope.includes('settings') ? structuredClone(source.settings) : base.settings,
    synonyms: scope.includes('synonyms') ? structuredClone(source.synonyms) : base.synonyms,
    records: base.records,
  };
}

async function bodyOf(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  let data = Buffer.concat(chunks);
  if (data.length === 0) return undefined;
  if (request.headers['content-encoding'] === 'gzip') data = gunzipSync(data);
  return JSON.parse(data.toString('utf8'));
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

export async function startAlgoliaStandIn(options: StandInOptions): Promise<AlgoliaStandIn> {
  const indices = new Map<string, StandInIndex>();
  const requests: StandInRequest[] = [];
  const tasks = new Set<number>();
  let nextTaskID = 1;
  const task = () => {
    const taskID = nextTaskID++;
    tasks.add(taskID);
    return taskID;
  };
  const now = () => new Date().toISOString();
  const indexNamed = (name: string) => {
    let index = indices.get(name);
    if (index === undefined) {
      index = emptyIndex();
      indices.set(name, index);
    }
    return index;
  };

  async function handle(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(incoming.url ?? '/', 'http://stand-in');
    const request: StandInRequest = {
      method: incoming.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body: await bodyOf(incoming),
    };
    const earlier = [...requests];
    requests.push(request);
    if (
      incoming.headers['x-algolia-application-id'] !== options.appId ||
      incoming.headers['x-algolia-api-key'] !== options.apiKey
    ) {
      send(response, 403, { message: 'Invalid Application-ID or API key', status: 403 });
      return;
    }
    const failure = options.fail?.(request, earlier);
    if (failure) {
      send(response, failure.status, { message: failure.message, status: failure.status });
      return;
    }
    const match = /^\/1\/indexes\/([^/]+)(?:\/(.*))?$/.exec(url.pathname);
    if (match === null) {
      send(response, 404, { message: `${url.pathname} is not in the stand-in`, status: 404 });
      return;
    }
    const name = decodeURIComponent(match[1]!);
    const rest = match[2] ?? '';
    const body = (request.body ?? {}) as Record<string, unknown>;
    const route = `${request.method} ${rest.replace(/^task\/\d+$/, 'task/:id')}`;
    switch (route) {
      case 'PUT settings': {
        const index = indexNamed(name);
        index.settings = { ...index.settings, ...body };
        send(response, 200, { taskID: task(), updatedAt: now() });
        return;
      }
      case 'GET settings': {
        const index = indices.get(name);
        if (index === undefined)
          send(response, 404, { message: 'Index does not exist', status: 404 });
        else send(response, 200, index.settings);
        return;
      }
      case 'POST synonyms/batch': {
        const index = indexNamed(name);
        if (url.searchParams.get('replaceExistingSynonyms') === 'true') index.synonyms.clear();
        for (const synonym of request.body as Record<string, unknown>[]) {
          index.synonyms.set(String(synonym.objectID), synonym);
        }
        send(response, 200, { taskID: task(), updatedAt: now() });
        return;
      }
      case 'POST operation': {
        const source = indices.get(name) ?? emptyIndex();
        const destination = String(body.destination);
        if (body.operation === 'copy') {
          indices.set(
            destination,
            copied(source, indices.get(destination), body.scope as string[] | undefined),
          );
        } else if (body.operation === 'move') {
          indices.set(destination, source);
          indices.delete(name);
        } else {
          send(response, 400, {
            message: `unknown operation ${String(body.operation)}`,
            status: 400,
          });
          return;
        }
        send(response, 200, { taskID: task(), updatedAt: now() });
        return;
      }
      case 'POST batch': {
        const index = indexNamed(name);
        const objectIDs: string[] = [];
        for (const { action, body: record } of body.requests as {
          action: string;
          body: Record<string, unknown>;
        }[]) {
          const objectID = String(record.objectID);
          if (action === 'addObject' || action === 'updateObject')
            index.records.set(objectID, record);
          else if (action === 'deleteObject') index.records.delete(objectID);
          else {
            send(response, 400, {
              message: `action ${action} is not in the stand-in`,
              status: 400,
            });
            return;
          }
          objectIDs.push(objectID);
        }
        send(response, 200, { taskID: task(), objectIDs });
        return;
      }
      case 'GET task/:id': {
        const taskID = Number(rest.split('/')[1]);
        if (tasks.has(taskID)) send(response, 200, { status: 'published' });
        else send(response, 404, { message: `Task ${taskID} does not exist`, status: 404 });
        return;
      }
      case 'DELETE ': {
        indices.delete(name);
        send(response, 200, { taskID: task(), deletedAt: now() });
        return;
      }
      default:
        send(response, 404, { message: `${route} is not in the stand-in`, status: 404 });
    }
  }

  const server = createServer((incoming, response) => {
    handle(incoming, response).catch((error: unknown) => {
      send(response, 500, { message: String(error), status: 500 });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    indices,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
