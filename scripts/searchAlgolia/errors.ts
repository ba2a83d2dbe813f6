/** A problem the person running the indexer can fix (a setting, a missing build, Algolia's answer); printed as its message alone. */
export class IndexerError extends Error {
  override name = 'IndexerError';
}
