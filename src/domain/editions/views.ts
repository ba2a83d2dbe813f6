import type { EditionChanges } from './changes';
import type { Edition } from './schema';

/**
 * What the edition pages show, as the build hands it to them. Types only, so
 * the views can share them without loading any of the build's code.
 */

export type EditionSummary = {
  /** The name in URLs: the edition's year, or `utkast` for the working draft. */
  name: string;
  label: string;
  /** Where the edition starts, e.g. /retningslinjer or /retningslinjer/2025. */
  path: string;
  /** Who adopted it, when, under which case; null for the draft. */
  record: Edition | null;
  isDraft: boolean;
  /** The edition in force: the latest adopted. */
  isLatest: boolean;
  /** The what-changed page, if there is an edition before this one to compare with. */
  changesPath: string | null;
  previousLabel: string | null;
};

export type EditionOverviewData = {
  edition: EditionSummary;
  pages: { title: string; permalink: string; description: string }[];
};

export type WhatChangedData = {
  edition: EditionSummary;
  changes: EditionChanges;
  /** Where each page of this edition and of the one before lives, by page id. */
  links: Record<string, string>;
  previousLinks: Record<string, string>;
};
