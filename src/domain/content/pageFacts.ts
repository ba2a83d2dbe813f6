import { isoDateOf, type IsoDate } from '../dates';
import type { ChangeNote } from './governance';
import { reviewState, type ReviewState } from './review';
import type { Adoption, DocFrontMatter, LegalReference } from './schemas';
import type { ContentKind, DocumentStatus } from './vocabulary';

/**
 * What a docs page tells its readers about itself: who answers for it, where it
 * stands, and when it is looked at again. Every view of these facts (the notice
 * at the top, the facts at the foot) reads them from here, whatever the kind.
 */
export type PageFacts = {
  kind: ContentKind;
  owner: string;
  status: DocumentStatus;
  lastReviewed: IsoDate;
  /** Where the page's review stands on the day the facts were made for. */
  review: ReviewState;
  /** Guidelines only: the laws and decisions the guideline rests on; empty for other kinds. */
  legalBasis: readonly LegalReference[];
  /** Guidelines only: who adopted it, when, and under which case reference. */
  adoption: Adoption | undefined;
  /**
   * Where the page lists its review dates, so it lists them once: in the facts
   * at its foot, or, on a tool evaluation, in the tool panel at its top.
   */
  reviewDatesShownIn: 'page-facts' | 'tool-panel';
  /** Major changes, newest first. */
  changeNotes: readonly ChangeNote[];
};

/** A page's facts on `today`; the date is passed in so the answer can be tested. */
export function pageFacts(page: DocFrontMatter, today: IsoDate): PageFacts {
  const common = {
    kind: page.kind,
    owner: page.owner,
    status: page.status,
    lastReviewed: page.last_reviewed,
    review: reviewState(page, today),
    legalBasis: [],
    adoption: undefined,
    reviewDatesShownIn: 'page-facts',
    changeNotes: [...(page.change_notes ?? [])].sort((a, b) => b.date.localeCompare(a.date)),
  } as const satisfies PageFacts;
  switch (page.kind) {
    case 'retningslinje':
      return { ...common, legalBasis: page.legal_basis, adoption: page.adoption };
    case 'verktoy':
      return { ...common, reviewDatesShownIn: 'tool-panel' };
    case 'postulater':
    case 'veiledning':
    case 'side':
      return common;
  }
}

/**
 * A page's two dates told as one: when its owner last judged the content
 * (`last_reviewed`), and when its text last changed (from Git), which is left
 * out when it is the same day. Readers otherwise meet two dates and cannot
 * tell which one says the page is still right.
 */
export type DateLine = { reviewed: IsoDate; changed: IsoDate | undefined };

/** `lastChangedAt` is the instant of the last change, in milliseconds, as Docusaurus gives it. */
export function dateLine(
  lastReviewed: IsoDate,
  lastChangedAt: number | null | undefined,
): DateLine {
  const changed = lastChangedAt == null ? undefined : isoDateOf(new Date(lastChangedAt));
  return { reviewed: lastReviewed, changed: changed === lastReviewed ? undefined : changed };
}

/** Guidelines and postulates are adopted rules: readers see their status before their text. */
export function showsStatusFirst(kind: ContentKind): boolean {
  return kind === 'retningslinje' || kind === 'postulater';
}
