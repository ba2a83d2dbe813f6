import { runSearch } from '../domain/search/engine';
import { isSearchKind, type SearchKind } from '../domain/search/pages';
import { excerptParts, type ExcerptPart } from '../domain/search/results';
import type { SynonymGroups } from '../domain/search/synonyms';
import { pagefindBackend, type PagefindResultData, type SearchLocation } from './pagefindBackend';

/*
 * What a search needs once the reader types: the engine (synonyms, typos),
 * Pagefind's adapter and the result views. useSiteSearch imports this module
 * on demand, so the navbar's box on every page carries none of it.
 */

/** One result as a view shows it. */
export type SearchResultView = {
  key: string;
  /** The page, or the section of it that matched best. */
  url: string;
  title: string;
  /** The heading of the matched section when the link goes to a section, e.g. a glossary term. */
  heading: string | null;
  /** Where the page sits in the site (`Veiledninger`), when the page's breadcrumb says. */
  section: string | null;
  kind: SearchKind;
  /** The guideline edition's label when the page is not from the edition in force. */
  edition: string | null;
  /** A tool's status, as its page shows it. */
  status: string | null;
  excerpt: ExcerptPart[];
};

function toView(key: string, data: PagefindResultData): SearchResultView {
  const title = data.meta.title ?? data.url;
  // Pagefind lists the sections of a page that matched; a link straight to one helps
  // where the page is long (the glossary, a guideline), unless it is the page's top.
  const section = data.sub_results?.find((sub) => sub.url.includes('#') && sub.title !== title);
  const kind = data.meta.kind ?? 'side';
  return {
    key,
    url: section?.url ?? data.url,
    title,
    heading: section?.title ?? null,
    section: data.meta.section ?? null,
    kind: isSearchKind(kind) ? kind : 'side',
    edition: data.meta.edition ?? null,
    status: data.meta.status ?? null,
    excerpt: excerptParts(section?.excerpt ?? data.excerpt),
  };
}

/** A page the search found; its text and view load only when a result is shown. */
export type SiteSearchHit = { key: string; view: () => Promise<SearchResultView> };

/** Runs one query against this locale's index, with its synonyms and typo correction. */
export async function searchSite(
  query: string,
  synonyms: SynonymGroups,
  location: SearchLocation,
  kind: string | null,
): Promise<{ hits: SiteSearchHit[]; correctedQuery: string | null }> {
  const outcome = await runSearch(query, synonyms, pagefindBackend(location, kind));
  return {
    hits: outcome.hits.map((hit) => ({
      key: hit.key,
      view: async () => toView(hit.key, await hit.data()),
    })),
    correctedQuery: outcome.correctedQuery,
  };
}
