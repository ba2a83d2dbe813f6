import { stringify } from 'yaml';
import type { IsoDate } from '../dates';
import {
  dataLocations,
  hostingKinds,
  personalDataRules,
  toolCategories,
  assessmentCriteria,
  type AssessmentCriterion,
  twoFactorRules,
} from '../tools/vocabulary';
import { outcomeKinds } from '../decisionTree/schema';
import type { ScaffoldKind } from './kinds';
import { placeholderMarker } from './placeholders';

/** What each assessment criterion asks, for the writer of a new evaluation. */
const assessmentQuestions: Record<AssessmentCriterion, string> = {
  organisational_consequences: 'Hva endres for dem som skal bruke verktøyet, og for enheten?',
  security: 'Hvordan er innlogging, tilganger og lagring sikret?',
  cost_benefit: 'Hva koster det i penger og tid, og hva får kommunen igjen?',
  management_plan: 'Hvem forvalter verktøyet, og når vurderes det på nytt?',
  archiving_and_integration: 'Hva må arkiveres, og henger verktøyet sammen med andre systemer?',
  architecture: 'Skytjeneste eller egen drift, og passer det med kommunens løsninger?',
  requirements: 'Hvilke krav gjelder: universell utforming, personvern, avtaler?',
  governance_model: 'Hvem bestemmer over bruken, og hvordan meldes endringer?',
  system_ownership: 'Hvem er systemeier, administrator og brukerstøtte (roller, ikke enheter)?',
  training_needs: 'Hvilken opplæring trenger brukerne?',
};

/** What a new page is made from; everything else in it is a placeholder. */
export type ScaffoldFields = {
  kind: ScaffoldKind;
  title: string;
  slug: string;
  /** The owning unit; unused for news posts. */
  owner: string;
  today: IsoDate;
  /** News posts only: keys of blog/authors.yml and blog/tags.yml. */
  authors: readonly string[];
  tags: readonly string[];
  /** News posts only: true when no tag was asked for, so the writer is told to choose. */
  tagsChosenForWriter: boolean;
  /** Every tag blog/tags.yml has, to name them beside a tag chosen for the writer. */
  allTags: readonly string[];
};

/**
 * Pages the scaffold links to until the writer picks better ones. They must
 * exist in the site, or the new file would fail the build; the scaffold's
 * tests check that they do.
 */
export const placeholderLinks = {
  /** A tree outcome's link: the list of guidelines, where the writer finds the right one. */
  treeOutcome: '/retningslinjer',
  /** A tool's guideline: the one every employee's use of every tool falls under. */
  toolGuideline: '/retningslinjer/ansattes-bruk',
} as const;

/** The interval a new page is reviewed on, in months. */
export const newPageReviewIntervalMonths = 12;

const todo = (text: string) => `${placeholderMarker}: ${text}`;

/** A YAML value on one line, quoted only where YAML needs it. */
function yaml(value: string | boolean | number): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** Text for the Markdown body: MDX would read braces and angle brackets as code. */
function mdxText(text: string): string {
  return text.replace(/[{}<>]/g, (character) => `\\${character}`);
}

const choices = (values: readonly string[]) => values.join(', ');

function governanceFrontMatter(fields: ScaffoldFields, kind: string, description: string): string {
  return [
    `kind: ${kind}`,
    `title: ${yaml(fields.title)}`,
    `description: ${yaml(todo(description))} # én setning, 20–200 tegn; vises i søkeresultater`,
    `owner: ${yaml(fields.owner)}`,
    `last_reviewed: ${fields.today}`,
    `review_interval_months: ${newPageReviewIntervalMonths}`,
    'status: utkast # til siden er godkjent; da vedtatt',
  ].join('\n');
}

function markdownFile(frontMatter: string, body: string): string {
  return `---\n${frontMatter}\n---\n\n${body.trim()}\n`;
}

function whoToAsk(fields: ScaffoldFields): string {
  return `## Hvem kan du spørre?\n\nEr du usikker, spør ${mdxText(fields.owner)}.`;
}

function guideline(fields: ScaffoldFields): string {
  const frontMatter = [
    governanceFrontMatter(
      fields,
      'retningslinje',
      'Én setning om hva retningslinjen bestemmer, og for hvem.',
    ),
    'legal_basis: # lovene, forskriftene eller vedtakene retningslinjen bygger på',
    `  - title: ${yaml(todo('navnet på loven, for eksempel Offentleglova'))}`,
    `    # url: https://lovdata.no/… (valgfritt)`,
  ].join('\n');
  const body = `
${todo('Begynn med to–tre setninger om hva retningslinjen handler om, og hvorfor den finnes.')}

## Hvem gjelder retningslinjen for?

${todo('Hvilke ansatte, enheter eller kontoer retningslinjen gjelder for.')}

## ${todo('Overskrift for den første regelen')}

${todo('Skriv hva leseren skal gjøre og ikke gjøre, med korte avsnitt og punktlister. Lag en overskrift for hver regel eller hvert tema. Vis til loven når en regel bygger på den.')}

## Eksempler

${todo('To–tre hverdagslige situasjoner, og hva som er riktig å gjøre i hver av dem.')}

${whoToAsk(fields)}
`;
  return markdownFile(frontMatter, body);
}

function howTo(fields: ScaffoldFields): string {
  const frontMatter = governanceFrontMatter(
    fields,
    'veiledning',
    'Én setning om hva veiledningen hjelper leseren å gjøre.',
  );
  const body = `
${todo('Begynn med to–tre setninger om situasjonen leseren står i, og hva veiledningen hjelper med.')}

## Før du begynner

- **Dette trenger du:** ${todo('tilganger, utstyr eller opplysninger leseren må ha klart.')}
- **Dette må godkjennes:** ${todo('hvem som må si ja før leseren begynner, eller at ingenting må godkjennes.')}
- **Så lang tid tar det:** ${todo('omtrent hvor lang tid det tar.')}

## 1. ${todo('Det første steget')}

${todo('Ett steg under hver overskrift, i den rekkefølgen leseren gjør dem. Begynn overskriften med et verb, for eksempel «Velg riktig konto».')}

## 2. ${todo('Det neste steget')}

${todo('Legg til så mange steg som trengs.')}

## Når du er ferdig

${todo('Hva leseren skal sjekke til slutt, og hva som skjer videre.')}
`;
  return markdownFile(frontMatter, body);
}

function page(fields: ScaffoldFields): string {
  const frontMatter = governanceFrontMatter(fields, 'side', 'Én setning om hva siden er til for.');
  const body = `
${todo('Begynn med to–tre setninger om hva siden handler om, og hvem den er for.')}

## ${todo('Den første overskriften')}

${todo('Del teksten i korte avsnitt under overskrifter som sier hva avsnittet handler om.')}

${whoToAsk(fields)}
`;
  return markdownFile(frontMatter, body);
}

function tool(fields: ScaffoldFields): string {
  const frontMatter = [
    governanceFrontMatter(
      fields,
      'verktoy',
      'Én setning om verktøyet og hva kommunen kan bruke det til.',
    ),
    'tool_status: prøves # til vurderingen er ferdig; så anbefalt, tillatt eller frarådet',
    `category: samhandling # ${todo(`velg en av ${choices(toolCategories)}`)}`,
    `verdict: ${yaml(todo('Én eller to setninger: kan verktøyet brukes, og til hva?'))}`,
    `verdict_en: ${yaml(todo('The verdict in English, one or two sentences.'))}`,
    `roles: {} # ${todo('system_owner, administrator og support når de er avklart; til da varsler siden')}`,
    `hosting: skytjeneste # ${todo(`velg en av ${choices(hostingKinds)}`)}`,
    `data_location: utenfor-eøs # ${todo(`velg en av ${choices(dataLocations)}; det strengeste til det er sjekket`)}`,
    `personal_data: nei # ${todo(`velg en av ${choices(personalDataRules)}; nei til personvernet er vurdert`)}`,
    'dpia:',
    '  status: ikke-vurdert',
    `archiving: ${yaml(todo('Hva som må arkiveres fra verktøyet, og hvordan.'))}`,
    `accessibility: ${yaml(todo('Hvor godt verktøyet fungerer for alle, også med skjermleser og uten mus.'))}`,
    'security:',
    `  two_factor: mangler # ${todo(`velg en av ${choices(twoFactorRules)}`)}`,
    `  single_sign_on: false # ${todo('true hvis du logger inn med jobbkontoen')}`,
    `cost: ${yaml(todo('Hva verktøyet koster, og hvem som betaler.'))}`,
    '# Vurderingen etter kriteriene fra grunntekstene: ett kort svar på hvert.',
    'assessment:',
    ...assessmentCriteria.map(
      (criterion) => `  ${criterion}: ${yaml(todo(assessmentQuestions[criterion]))}`,
    ),
    'alternatives: [] # filnavnene til andre verktøy i docs/verktoy/, for eksempel microsoft-teams',
    'guidelines:',
    `  - ${placeholderLinks.toolGuideline} # ${todo('retningslinjene som gjelder for verktøyet')}`,
    'history: # eldste først; den siste er verktøyets status nå',
    `  - date: ${fields.today}`,
    '    tool_status: prøves',
    `    reason: ${yaml(todo('Hvorfor verktøyet vurderes, og hvem som har bedt om det.'))}`,
  ].join('\n');
  const body = `
## Vurdering

${todo('Hva verktøyet er, hva kommunen har prøvd det til, og hvorfor det har statusen det har.')}

## Slik kan dere bruke det

${todo('Hva verktøyet kan brukes til, og hva som ikke er tillatt.')}

## Personvern, sikkerhet og arkiv

${todo('Hvilke opplysninger verktøyet lagrer og hvor, om det trengs en DPIA, hvordan du logger inn trygt, og hva som må arkiveres.')}

## Alternativer

${todo('Hvilke andre verktøy leseren kan bruke i stedet, med lenker til vurderingene deres.')}
`;
  return markdownFile(frontMatter, body);
}

function tree(fields: ScaffoldFields): string {
  const outcome = (id: string, kind: string) =>
    [
      `  ${id}:`,
      `    kind: ${kind} # ${choices(outcomeKinds)}`,
      `    title: ${yaml(todo('Svaret i én kort setning'))}`,
      `    text: ${yaml(todo('Hva leseren skal gjøre nå, og hvorfor.'))}`,
      '    links:',
      `      - label: ${yaml(todo('navnet på retningslinjen eller veiledningen som gjelder'))}`,
      `        to: ${placeholderLinks.treeOutcome}`,
    ].join('\n');
  return [
    `id: ${fields.slug}`,
    `title: ${yaml(fields.title)}`,
    `description: ${yaml(todo('Én setning om hva treet hjelper leseren å avgjøre.'))} # 20–200 tegn`,
    `owner: ${yaml(fields.owner)}`,
    'start: forste-sporsmal # spørsmålet treet begynner med',
    'questions:',
    '  forste-sporsmal:',
    `    question: ${yaml(todo('Det første spørsmålet leseren skal svare på?'))}`,
    `    help: ${yaml(todo('Forklar ord leseren kan lure på, eller slett linjen.'))}`,
    '    answers: # minst to; next er et nytt spørsmål under questions eller et svar under outcomes',
    '      - id: ja',
    '        label: Ja',
    '        next: svar-ja',
    '      - id: nei',
    '        label: Nei',
    '        next: svar-nei',
    'outcomes:',
    outcome('svar-ja', 'ja'),
    outcome('svar-nei', 'nei'),
    '',
  ].join('\n');
}

function checklist(fields: ScaffoldFields): string {
  return [
    `id: ${fields.slug}`,
    `title: ${yaml(fields.title)}`,
    `description: ${yaml(todo('Én setning om når leseren skal bruke sjekklisten.'))} # 20–200 tegn`,
    `owner: ${yaml(fields.owner)}`,
    'items: # eller groups: med overskrifter, se README',
    '  - id: forste-punkt # fast id: lagret fremdrift og delte lenker bruker den',
    `    text: ${yaml(todo('Det første som må være på plass, skrevet som noe leseren kan krysse av for.'))}`,
    `    help: ${yaml(todo('Hvorfor punktet er viktig, eller slett linjen.'))}`,
    '',
  ].join('\n');
}

function newsPost(fields: ScaffoldFields): string {
  const tagComment = fields.tagsChosenForWriter
    ? ` # ${todo(`velg fra blog/tags.yml: ${choices(fields.allTags)}`)}`
    : '';
  const frontMatter = [
    `title: ${yaml(fields.title)}`,
    `description: ${yaml(todo('Én setning om hva nyheten handler om.'))} # 20–200 tegn; vises i oversikten og i nyhetsstrømmen`,
    'authors:',
    ...fields.authors.map((author) => `  - ${yaml(author)}`),
    `tags:${tagComment}`,
    ...fields.tags.map((tag) => `  - ${yaml(tag)}`),
  ].join('\n');
  const body = `
${todo('Ingressen: to–tre setninger med det viktigste. Den vises i oversikten over nyheter.')}

{/* truncate */}

## ${todo('Mellomtittel')}

${todo('Resten av saken, i korte avsnitt. Lenk til sidene saken handler om.')}
`;
  return markdownFile(frontMatter, body);
}

const templates: Record<ScaffoldKind, (fields: ScaffoldFields) => string> = {
  retningslinje: guideline,
  veiledning: howTo,
  verktoy: tool,
  side: page,
  tre: tree,
  sjekkliste: checklist,
  nyhet: newsPost,
};

/** The text of a new file of a kind: valid content with placeholders for what only the writer knows. */
export function scaffoldText(fields: ScaffoldFields): string {
  return templates[fields.kind](fields);
}
