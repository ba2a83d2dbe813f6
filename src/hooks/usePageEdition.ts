import { usePluginData } from '@docusaurus/useGlobalData';
import { useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import type { EditionSummary } from '../domain/editions/views';
import type { EditionsGlobalData } from './useEditionBanner';

/**
 * The edition the current docs page belongs to (who adopted it, when), or
 * undefined for pages of a docs instance without editions.
 */
export function usePageEdition(): EditionSummary | undefined {
  const version = useDocsVersion();
  const data = usePluginData('verktoykassa-editions') as EditionsGlobalData | undefined;
  if (!data || data.docsPluginId !== version.pluginId) return undefined;
  const name = version.version === 'current' ? 'utkast' : version.version;
  return data.editions.find((edition) => edition.name === name);
}
