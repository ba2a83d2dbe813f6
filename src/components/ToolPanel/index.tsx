import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import { nextReviewDate } from '../../domain/content/review';
import { formatIsoDate } from '../../domain/dates';
import { missingRoles, requiredRoles, toolPath, type Tool } from '../../domain/tools/tool';
import { useLocaleTag } from '../../hooks/useLocaleTag';
import {
  dataLocationLabel,
  dpiaLabel,
  hostingLabel,
  personalDataLabel,
  roleLabel,
  toolCategoryLabel,
  toolStatusLabel,
  twoFactorLabel,
} from './labels';
import ExampleMark from '../ExampleMark';
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
  /**
   * Leave out the verdict and links, for the compare view's narrower columns.
   * @default false
   */
  compact?: boolean;
};

/**
 * The status and compliance panel at the top of a tool evaluation: may it be
 * used, who answers for it, where data goes, and when it is looked at again.
 * Missing roles are shown as a warning, not hidden.
 *
 * @example <ToolPanel tool={tool} alternatives={[{ id: 'instagram', title: 'Instagram' }]} guidelines={[{ path: '/retningslinjer/arkivering', title: 'Arkivering' }]} />
 */
export default function ToolPanel({
  tool,
  alternatives,
  guidelines = [],
  compact = false,
}: ToolPanelProps) {
  const localeTag = useLocaleTag();
  const date = (isoDate: string) => formatIsoDate(isoDate, localeTag);
  const missing = missingRoles(tool);
  const isEnglish = localeTag.startsWith('en');
  const unnamed = translate({ id: 'vk.tool.roleMissing', message: 'Ikke navngitt' });
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
        <span className={styles.statusBadge} data-status={tool.tool_status}>
          {toolStatusLabel(tool.tool_status)}
        </span>{' '}
        <span className={styles.category}>{toolCategoryLabel(tool.category)}</span>
      </p>
      {!compact && (
        <p className={styles.verdict} lang={isEnglish ? 'en' : undefined}>
          {isEnglish ? tool.verdict_en : tool.verdict}
        </p>
      )}
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
                'Alle systemer skal ha systemeier, administrator og brukerstøtte. Her mangler: {roles}. Bruk verktøyet først når dette er på plass.',
            },
            { roles: missing.map(roleLabel).join(', ') },
          )}
        </div>
      )}
      <FactList>
        {requiredRoles.map((role) => (
          <Fact key={role} term={roleLabel(role)}>
            {tool.roles[role] ?? <span className={styles.missing}>{unnamed}</span>}
          </Fact>
        ))}
        <Fact term={translate({ id: 'vk.tool.hosting', message: 'Drift' })}>
          {hostingLabel(tool.hosting)}
        </Fact>
        <Fact term={translate({ id: 'vk.tool.dataLocation', message: 'Data lagres' })}>
          {dataLocationLabel(tool.data_location)}
        </Fact>
        <Fact term={translate({ id: 'vk.tool.personalData', message: 'Personopplysninger' })}>
          {personalDataLabel(tool.personal_data)}
        </Fact>
        <Fact
          term={translate({ id: 'vk.tool.dpia', message: 'Personvernkonsekvensvurdering (DPIA)' })}
        >
          {dpiaLabel(tool.dpia.status)}
          {tool.dpia.date && (
            <>
              {` (${date(tool.dpia.date)})`}
              <ExampleMark />
            </>
          )}
        </Fact>
        <Fact term={translate({ id: 'vk.tool.archiving', message: 'Arkivering' })}>
          {tool.archiving}
        </Fact>
        <Fact term={translate({ id: 'vk.tool.accessibility', message: 'Universell utforming' })}>
          {tool.accessibility}
        </Fact>
        <Fact term={translate({ id: 'vk.tool.security', message: 'Sikkerhet' })}>
          {translate(
            {
              id: 'vk.tool.securityValue',
              message: 'Tofaktorautentisering: {twoFactor}. Kommunal pålogging (SSO): {sso}.',
            },
            {
              twoFactor: twoFactorLabel(tool.security.two_factor).toLowerCase(),
              sso: tool.security.single_sign_on
                ? translate({ id: 'vk.tool.yes', message: 'ja' })
                : translate({ id: 'vk.tool.no', message: 'nei' }),
            },
          )}
        </Fact>
        <Fact term={translate({ id: 'vk.tool.cost', message: 'Kostnad' })}>{tool.cost}</Fact>
        <Fact term={translate({ id: 'vk.tool.evaluated', message: 'Vurdert' })}>
          {date(tool.last_reviewed)}
        </Fact>
        <Fact term={translate({ id: 'vk.tool.nextReview', message: 'Neste vurdering' })}>
          {date(nextReviewDate(tool))}
        </Fact>
        {!compact && alternatives.length > 0 && (
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
        {!compact && (
          <Fact
            term={translate({ id: 'vk.tool.guidelines', message: 'Retningslinjer som gjelder' })}
          >
            <ul>
              {guidelines.map((guideline) => (
                <li key={guideline.path}>
                  <Link to={guideline.path}>{guideline.title}</Link>
                </li>
              ))}
            </ul>
          </Fact>
        )}
      </FactList>
    </section>
  );
}
