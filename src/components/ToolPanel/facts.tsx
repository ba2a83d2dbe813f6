import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { nextReviewDate } from '../../domain/content/review';
import { formatIsoDate } from '../../domain/dates';
import { requiredRoles, type Tool } from '../../domain/tools/tool';
import ExampleMark from '../ExampleMark';
import {
  dataLocationLabel,
  dpiaLabel,
  hostingLabel,
  personalDataLabel,
  roleLabel,
  twoFactorLabel,
} from './labels';
import styles from './styles.module.css';

/** One fact about a tool: its name in the reader's language and its value, ready to render. */
export type ToolFact = { key: string; term: string; value: ReactNode };

/**
 * The facts a tool's status panel lists, in its order, for every view that
 * shows them: the panel on a tool's page and the rows of the compare view.
 */
export function toolFacts(tool: Tool, localeTag: string): ToolFact[] {
  const date = (isoDate: string) => formatIsoDate(isoDate, localeTag);
  const unnamed = translate({ id: 'vk.tool.roleMissing', message: 'Ikke navngitt' });
  return [
    ...requiredRoles.map((role) => ({
      key: role,
      term: roleLabel(role),
      value: tool.roles[role] ?? <span className={styles.missing}>{unnamed}</span>,
    })),
    {
      key: 'hosting',
      term: translate({ id: 'vk.tool.hosting', message: 'Drift' }),
      value: hostingLabel(tool.hosting),
    },
    {
      key: 'data-location',
      term: translate({ id: 'vk.tool.dataLocation', message: 'Data lagres' }),
      value: dataLocationLabel(tool.data_location),
    },
    {
      key: 'personal-data',
      term: translate({
        id: 'vk.tool.personalData',
        message: 'Tillatt med personopplysninger',
      }),
      value: personalDataLabel(tool.personal_data),
    },
    {
      key: 'dpia',
      term: translate({ id: 'vk.tool.dpia', message: 'Personvernkonsekvensvurdering (DPIA)' }),
      value: (
        <>
          {dpiaLabel(tool.dpia.status)}
          {tool.dpia.date && (
            <>
              {` (${date(tool.dpia.date)})`}
              <ExampleMark />
            </>
          )}
        </>
      ),
    },
    {
      key: 'archiving',
      term: translate({ id: 'vk.tool.archiving', message: 'Arkivering' }),
      value: tool.archiving,
    },
    {
      key: 'accessibility',
      term: translate({ id: 'vk.tool.accessibility', message: 'Universell utforming' }),
      value: tool.accessibility,
    },
    {
      key: 'security',
      term: translate({ id: 'vk.tool.security', message: 'Sikkerhet' }),
      value: translate(
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
      ),
    },
    {
      key: 'cost',
      term: translate({ id: 'vk.tool.cost', message: 'Kostnad' }),
      value: tool.cost,
    },
    {
      key: 'evaluated',
      term: translate({ id: 'vk.tool.evaluated', message: 'Vurdert' }),
      value: date(tool.last_reviewed),
    },
    {
      key: 'next-review',
      term: translate({ id: 'vk.tool.nextReview', message: 'Neste vurdering' }),
      value: date(nextReviewDate(tool)),
    },
  ];
}
