import { usePluginData } from '@docusaurus/useGlobalData';
import {
  useDocsPreferredVersion,
  useDocsVersion,
  useDocVersionSuggestions,
} from '@docusaurus/plugin-content-docs/client';
import type { EditionSummary } from '../domain/editions/views';

export type EditionBanner = {
  kind: 'draft' | 'superseded';
  /** The edition the reader is looking at. */
  edition: EditionSummary | undefined;
  label: string;
  /** The edition in force. */
  latest: { label: string; path: string };
  /** This page in the edition in force, or undefined when that edition does not have it. */
  counterpart: string | undefined;
  /** Remember the edition in force as the reader's choice when they follow a link to it. */
  preferLatest: () => void;
};

/** The editions plugin's global data: the docs instance it gives editions to, and every edition, newest first. */
export type EditionsGlobalData = { docsPluginId: string; editions: EditionSummary[] };

/**
 * What the banner above a page of the draft or an older edition says: which
 * edition this is, and where the same page is in the edition in force.
 * Null on pages of the edition in force, and on docs without editions.
 */
export function useEditionBanner(): EditionBanner | null {
  const version = useDocsVersion();
  const { latestDocSuggestion, latestVersionSuggestion } = useDocVersionSuggestions(
    version.pluginId,
  );
  const { savePreferredVersionName } = useDocsPreferredVersion(version.pluginId);
  const data = usePluginData('verktoykassa-editions') as EditionsGlobalData | undefined;
  if (version.banner !== 'unreleased' && version.banner !== 'unmaintained') return null;
  const name = version.version === 'current' ? 'utkast' : version.version;
  return {
    kind: version.banner === 'unreleased' ? 'draft' : 'superseded',
    edition: data?.editions.find((edition) => edition.name === name),
    label: version.label,
    latest: { label: latestVersionSuggestion.label, path: latestVersionSuggestion.path },
    counterpart: latestDocSuggestion?.path,
    preferLatest: () => savePreferredVersionName(latestVersionSuggestion.name),
  };
}
