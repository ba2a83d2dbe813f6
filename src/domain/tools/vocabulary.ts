/**
 * Named ids for tool evaluations. Values are Norwegian because contributors
 * write them; the UI shows translated labels. The order of each list is the
 * order readers see (and, for statuses, the radar's rings from the centre).
 */

/** What the competence centre says about using the tool for work. */
export const toolStatuses = ['anbefalt', 'tillatt', 'prøves', 'frarådet'] as const;
export type ToolStatus = (typeof toolStatuses)[number];

/** What the tool is for; the radar's sectors. */
export const toolCategories = [
  'publisering',
  'samhandling',
  'fildeling',
  'presentasjon',
  'video',
  'notater',
] as const;
export type ToolCategory = (typeof toolCategories)[number];

/** How the tool is run. */
export const hostingKinds = ['skytjeneste', 'egen-drift', 'installert'] as const;
export type HostingKind = (typeof hostingKinds)[number];

/** Where the tool stores its data. */
export const dataLocations = ['norge', 'eu-eøs', 'utenfor-eøs'] as const;
export type DataLocation = (typeof dataLocations)[number];

/** Whether personal data may be processed in the tool. */
export const personalDataRules = ['ja', 'begrenset', 'nei'] as const;
export type PersonalDataRule = (typeof personalDataRules)[number];

/** Where the privacy assessment (DPIA) stands. */
export const dpiaStatuses = ['ikke-vurdert', 'påbegynt', 'gjennomført', 'ikke-nødvendig'] as const;
export type DpiaStatus = (typeof dpiaStatuses)[number];

/** Two-factor authentication: required by us, available but optional, or missing in the tool. */
export const twoFactorRules = ['påkrevd', 'tilgjengelig', 'mangler'] as const;
export type TwoFactorRule = (typeof twoFactorRules)[number];

/**
 * The founding texts' criteria for evaluating a tool, in the order an
 * evaluation answers them. Every tool page has a short answer to each.
 */
export const assessmentCriteria = [
  'organisational_consequences',
  'security',
  'cost_benefit',
  'management_plan',
  'archiving_and_integration',
  'architecture',
  'requirements',
  'governance_model',
  'system_ownership',
  'training_needs',
] as const;
export type AssessmentCriterion = (typeof assessmentCriteria)[number];
