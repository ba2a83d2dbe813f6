import { describe, expect, it } from 'vitest';
import { keepWithin } from './index.js';

/**
 * A cache as the Cache API keeps one: entries in the order they were put, a put
 * of a key it holds replacing the old entry at the end.
 */
function fakeCache() {
  const entries = new Map<string, Response>();
  const cache = {
    put: async (key: string, response: Response) => {
      entries.delete(key);
      entries.set(key, response);
    },
    keys: async () => [...entries.keys()].map((key) => new Request(key)),
    delete: async (request: Request) => entries.delete(request.url),
  };
  return { cache: cache as unknown as Cache, keys: () => [...entries.keys()] };
}

const page = (name: string) => `https://verktoykassa.example.no/veiledninger/${name}.html`;

describe('pages and code kept as read', () => {
  it('keep the newest up to the limit, dropping the oldest first', async () => {
    const { cache, keys } = fakeCache();
    for (const name of ['a', 'b', 'c', 'd'])
      await keepWithin(cache, page(name), new Response(name), 3);
    expect(keys()).toEqual([page('b'), page('c'), page('d')]);
  });

  it('count a page read again as read last', async () => {
    const { cache, keys } = fakeCache();
    for (const name of ['a', 'b', 'c', 'a', 'd']) {
      await keepWithin(cache, page(name), new Response(name), 3);
    }
    expect(keys()).toEqual([page('c'), page('a'), page('d')]);
  });
});
