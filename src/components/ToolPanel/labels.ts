import type { AssessmentCriterion } from '../../domain/tools/vocabulary';
import { translate } from '@docusaurus/Translate';
import type { RequiredRole } from '../../domain/tools/tool';
import type {
  DataLocation,
  DpiaStatus,
  HostingKind,
  PersonalDataRule,
  ToolCategory,
  ToolStatus,
  TwoFactorRule,
} from '../../domain/tools/vocabulary';

/* Readers' words for the catalogue's named ids, in both languages. */

export function toolStatusLabel(status: ToolStatus): string {
  switch (status) {
    case 'anbefalt':
      return translate({ id: 'vk.tool.status.anbefalt', message: 'Anbefalt' });
    case 'tillatt':
      return translate({ id: 'vk.tool.status.tillatt', message: 'Tillatt' });
    case 'prøves':
      return translate({ id: 'vk.tool.status.proves', message: 'Prøves' });
    case 'frarådet':
      return translate({ id: 'vk.tool.status.fraradet', message: 'Frarådet' });
  }
}

export function toolCategoryLabel(category: ToolCategory): string {
  switch (category) {
    case 'publisering':
      return translate({ id: 'vk.tool.category.publisering', message: 'Publisering' });
    case 'samhandling':
      return translate({ id: 'vk.tool.category.samhandling', message: 'Samhandling' });
    case 'fildeling':
      return translate({ id: 'vk.tool.category.fildeling', message: 'Fildeling' });
    case 'presentasjon':
      return translate({ id: 'vk.tool.category.presentasjon', message: 'Presentasjon' });
    case 'video':
      return translate({ id: 'vk.tool.category.video', message: 'Video og direktesending' });
    case 'notater':
      return translate({ id: 'vk.tool.category.notater', message: 'Notater' });
  }
}

export function hostingLabel(hosting: HostingKind): string {
  switch (hosting) {
    case 'skytjeneste':
      return translate({ id: 'vk.tool.hosting.skytjeneste', message: 'Skytjeneste' });
    case 'egen-drift':
      return translate({ id: 'vk.tool.hosting.egenDrift', message: 'Driftes av kommunen' });
    case 'installert':
      return translate({ id: 'vk.tool.hosting.installert', message: 'Installeres på maskinen' });
  }
}

export function dataLocationLabel(location: DataLocation): string {
  switch (location) {
    case 'norge':
      return translate({ id: 'vk.tool.location.norge', message: 'Norge' });
    case 'eu-eøs':
      return translate({ id: 'vk.tool.location.euEos', message: 'EU/EØS' });
    case 'utenfor-eøs':
      return translate({ id: 'vk.tool.location.utenforEos', message: 'Utenfor EØS' });
  }
}

/** The answer to "may personal data be processed in the tool?" (see the label `vk.tool.personalData`). */
export function personalDataLabel(rule: PersonalDataRule): string {
  switch (rule) {
    case 'ja':
      return translate({ id: 'vk.tool.personalData.ja', message: 'Ja' });
    case 'begrenset':
      return translate({ id: 'vk.tool.personalData.begrenset', message: 'Med begrensninger' });
    case 'nei':
      return translate({ id: 'vk.tool.personalData.nei', message: 'Nei' });
  }
}

export function dpiaLabel(status: DpiaStatus): string {
  switch (status) {
    case 'ikke-vurdert':
      return translate({ id: 'vk.tool.dpia.ikkeVurdert', message: 'Ikke vurdert' });
    case 'påbegynt':
      return translate({ id: 'vk.tool.dpia.pabegynt', message: 'Påbegynt' });
    case 'gjennomført':
      return translate({ id: 'vk.tool.dpia.gjennomfort', message: 'Gjennomført' });
    case 'ikke-nødvendig':
      return translate({ id: 'vk.tool.dpia.ikkeNodvendig', message: 'Ikke nødvendig' });
  }
}

export function twoFactorLabel(rule: TwoFactorRule): string {
  switch (rule) {
    case 'påkrevd':
      return translate({ id: 'vk.tool.twoFactor.pakrevd', message: 'Påkrevd' });
    case 'tilgjengelig':
      return translate({
        id: 'vk.tool.twoFactor.tilgjengelig',
        message: 'Tilgjengelig, men ikke påkrevd',
      });
    case 'mangler':
      return translate({ id: 'vk.tool.twoFactor.mangler', message: 'Mangler' });
  }
}

export function roleLabel(role: RequiredRole): string {
  switch (role) {
    case 'system_owner':
      return translate({ id: 'vk.tool.role.systemOwner', message: 'Systemeier' });
    case 'administrator':
      return translate({ id: 'vk.tool.role.administrator', message: 'Administrator' });
    case 'support':
      return translate({ id: 'vk.tool.role.support', message: 'Brukerstøtte' });
  }
}

export function criterionLabel(criterion: AssessmentCriterion): string {
  switch (criterion) {
    case 'organisational_consequences':
      return translate({
        id: 'vk.tool.criterion.organisation',
        message: 'Organisatoriske konsekvenser',
      });
    case 'security':
      return translate({ id: 'vk.tool.criterion.security', message: 'Sikkerhet' });
    case 'cost_benefit':
      return translate({ id: 'vk.tool.criterion.costBenefit', message: 'Kostnad og nytte' });
    case 'management_plan':
      return translate({ id: 'vk.tool.criterion.managementPlan', message: 'Forvaltningsplan' });
    case 'archiving_and_integration':
      return translate({
        id: 'vk.tool.criterion.archiving',
        message: 'Arkivering og andre systemer',
      });
    case 'architecture':
      return translate({ id: 'vk.tool.criterion.architecture', message: 'Arkitektur' });
    case 'requirements':
      return translate({ id: 'vk.tool.criterion.requirements', message: 'Krav' });
    case 'governance_model':
      return translate({ id: 'vk.tool.criterion.governance', message: 'Styringsmodell' });
    case 'system_ownership':
      return translate({ id: 'vk.tool.criterion.ownership', message: 'Systemeierskap' });
    case 'training_needs':
      return translate({ id: 'vk.tool.criterion.training', message: 'Opplæringsbehov' });
  }
}
