import path from 'node:path';
import { loadSynonyms } from '../../plugins/search';
import type { Environment } from '../../src/domain/search/algolia';
import {
  algoliaRecordsOf,
  algoliaSynonymsOf,
  maxRecordBytes,
  recordBytes,
  type DocSearchRecord,
} from '../../src/domain/search/algoliaRecords';
import { editionSegmentsOf, readSiteDocuments, type SiteFacts } from './builtSite';
import { IndexerError } from './errors';
import { algoliaTargetFrom, pushToAlgolia } from './push';

export type IndexerOptions = {
  siteDir: string;
  /** The build to index, with the default locale at its root and the others in folders (`build`). */
  buildDir: string;
  site: SiteFacts;
  env: Environment;
  batchSize: number;
  log: (line: string) => void;
};

/** Every record of the built site, every locale, in page order. */
export async function buildRecords(
  options: Pick<IndexerOptions, 'siteDir' | 'buildDir' | 'site' | 'env'>,
): Promise<DocSearchRecord[]> {
  const editionSegments = editionSegmentsOf(
    options.siteDir,
    options.env.EDITIONS?.split(',').filter(Boolean),
  );
  const locales = await readSiteDocuments(options.buildDir, options.site, editionSegments);
  const records = locales.flatMap(({ locale, documents }) =>
    documents.flatMap((document) =>
      algoliaRecordsOf(document, { siteUrl: options.site.siteUrl, locale }),
    ),
  );
  const tooLarge = records.find((record) => recordBytes(record) > maxRecordBytes);
  if (tooLarge) {
    throw new IndexerError(
      `the record ${tooLarge.objectID} is ${recordBytes(tooLarge)} bytes, over Algolia's ${maxRecordBytes}; shorten its headings`,
    );
  }
  return records;
}

/**
 * npm run search:algolia: reads the built site, makes DocSearch records of it
 * and the synonyms of data/synonymer.yml, and writes them to Algolia. The
 * settings are checked before the build is read, so a missing variable fails at once.
 */
export async function indexSiteInAlgolia(options: IndexerOptions): Promise<void> {
  const target = algoliaTargetFrom(options.env);
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1) {
    throw new IndexerError(`--batch-size must be a whole number above 0, not ${options.batchSize}`);
  }
  const synonyms = loadSynonyms(options.siteDir, options.site.locales);
  if (synonyms.problems.length > 0) {
    throw new IndexerError(
      synonyms.problems
        .map((problem) => `${problem.file}: ${problem.field}: ${problem.message}`)
        .join('\n'),
    );
  }
  const records = await buildRecords(options);
  const pages = new Set(records.map((record) => record.url_without_anchor)).size;
  options.log(
    `${records.length} records from ${pages} pages in ${path.relative(options.siteDir, options.buildDir) || '.'}`,
  );
  await pushToAlgolia(
    target,
    { records, synonyms: algoliaSynonymsOf(synonyms.synonyms), batchSize: options.batchSize },
    options.log,
  );
}
