import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import {
  missingRoles,
  missingRolesAdvice,
  toolPath,
  type MissingRolesAdvice,
  type Tool,
} from '../../domain/tools/tool';
import { useLocaleTag } from '../../hooks/useLocaleTag';
import { roleLabel, toolCategoryLabel } from './labels';
import ToolStatusBadge from './ToolStatusBadge';
import { toolFacts } from './facts';
import FactList, { Fact } from '../FactList';
import styles from './styles.module.css';

export type ToolPanelProps = {
  /** The tool's checked frontmatter; the build puts the panel on every tool page. */
  tool: Tool;
  /** Names of the tools listed as alternatives. */
  alternatives: readonly { id: string; title: string }[];
  /**
   * The guidelines that apply, with their titles in the reader's language; the
   * build looks them up, since they live in another part of the site.
   * @default []
   */
  guidelines?: readonly { path: string; title: string }[];
};

/** The warning's last sentence: what to do, which depends on whether the tool may be used at all. */
function adviceText(advice: MissingRolesAdvice): string {
  switch (advice) {
    case 'wait-before-use':
      return translate({
        id: 'vk.tool.missingRoles.waitBeforeUse',
        message: 'Bruk verktøyet først når dette er på plass.',
      });
    case 'keep-trial-small':
      return translate({
        id: 'vk.tool.missingRoles.keepTrialSmall',
        message: 'Prøven skal ikke utvides før dette er på plass.',
      });
    case 'wind-down':
      return translate({
        id: 'vk.tool.missingRoles.windDown',
        message:
          'Verktøyet er frarådet og skal ikke tas i bruk. Noen må likevel ha ansvaret for å avslutte bruken som finnes.',
      });
  }
}

/**
 * The status and compliance panel at the top of a tool evaluation: may it be
 * used, who answers for it, where data goes, and when it is looked at again.
 * Missing roles are shown as a warning, not hidden, with advice that fits
 * the status (a tool advised against is not "used once the roles are named").
 *
 * @example <ToolPanel tool={tool} alternatives={[{ id: 'instagram', title: 'Instagram' }]} guidelines={[{ path: '/retningslinjer/arkivering', title: 'Arkivering' }]} />
 */
export default function ToolPanel({ tool, alternatives, guidelines = [] }: ToolPanelProps) {
  const localeTag = useLocaleTag();
  const missing = missingRoles(tool);
  const isEnglish = localeTag.startsWith('en');
  return (
    <section
      className={styles.panel}
      data-tool-panel={tool.id}
      data-tool-status={tool.tool_status}
      aria-label={translate(
        { id: 'vk.tool.panel', message: 'Status for {tool}' },
        { tool: tool.title },
      )}
    >
      <p className={styles.status}>
        <ToolStatusBadge status={tool.tool_status} />{' '}
        <span className={styles.category} data-tool-category={tool.category}>
          {toolCategoryLabel(tool.category)}
        </span>
      </p>
      <p className={styles.verdict} lang={isEnglish ? 'en' : undefined}>
        {isEnglish ? tool.verdict_en : tool.verdict}
      </p>
      {missing.length > 0 && (
        <div
          className={`alert alert--warning ${styles.warning}`}
          data-missing-roles={missing.join(' ')}
        >
          <strong>
            {translate({ id: 'vk.tool.missingRoles.title', message: 'Mangler ansvar.' })}
          </strong>{' '}
          {translate(
            {
              id: 'vk.tool.missingRoles.body',
              message:
                'Alle systemer skal ha systemeier, administrator og brukerstøtte. Her mangler: {roles}.',
            },
            { roles: missing.map(roleLabel).join(', ') },
          )}{' '}
          {adviceText(missingRolesAdvice(tool.tool_status))}
        </div>
      )}
      <FactList>
        {toolFacts(tool, localeTag).map((fact) => (
          <Fact key={fact.key} term={fact.term}>
            {fact.value}
          </Fact>
        ))}
        {alternatives.length > 0 && (
          <Fact term={translate({ id: 'vk.tool.alternatives', message: 'Alternativer' })}>
            <ul>
              {alternatives.map((alternative) => (
                <li key={alternative.id}>
                  <Link to={toolPath(alternative.id)}>{alternative.title}</Link>
                </li>
              ))}
            </ul>
          </Fact>
        )}
        <Fact term={translate({ id: 'vk.tool.guidelines', message: 'Retningslinjer som gjelder' })}>
          <ul>
            {guidelines.map((guideline) => (
              <li key={guideline.path}>
                <Link to={guideline.path}>{guideline.title}</Link>
              </li>
            ))}
          </ul>
        </Fact>
      </FactList>
    </section>
  );
}
