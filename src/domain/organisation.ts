import * as z from 'zod';
import { evenWhenFieldsFail, fieldOf, textFieldOf } from './content/fields';

/**
 * A GitHub user or team as CODEOWNERS names them: `@user` or `@organisation/team`.
 * (GitHub also accepts an e-mail address; we keep to handles, which GitHub can check.)
 */
const gitHandle = z
  .string()
  .regex(/^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9._-]+)?$/, {
    message: 'must be a GitHub handle: @user or @organisation/team',
  });

/**
 * Everything another municipality changes to adopt the toolbox. Validated when
 * the site configuration loads, so a typo fails `npm start` with a clear message.
 */
export const organisationSchema = z
  .strictObject({
    /** Shown in the navbar, page titles and feeds, e.g. "Verktøykassa". */
    siteTitle: z.string().min(1),
    /** The municipality, e.g. "Eksempel kommune". */
    municipality: z.string().min(1),
    /** The unit that runs the toolbox and answers questions about it. */
    competenceCentre: z.string().min(1),
    /** Where the site is published, without trailing slash, e.g. https://verktoykassa.example.no */
    siteUrl: z.url({ protocol: /^https?$/ }).refine((url) => !url.endsWith('/'), {
      message: 'must not end with /',
    }),
    /** The path the site is served under, starting and ending with /. */
    baseUrl: z.string().regex(/^\/(?:.+\/)?$/, { message: 'must start and end with /' }),
    /** The Git repository, used for "Rediger denne siden" links. */
    repository: z.strictObject({
      url: z.url({ protocol: /^https$/ }),
      branch: z.string().min(1),
    }),
    /** Locales: the first is the default and is served at the root. */
    locales: z
      .array(
        z.strictObject({
          code: z.string().min(2),
          label: z.string().min(1),
          htmlLang: z.string().min(2),
        }),
      )
      .nonempty({ message: 'must list at least the default locale' }),
    /**
     * The units that own content, as contributors write them in `owner`, each with
     * the Git team that reviews changes to that unit's pages. `.github/CODEOWNERS`
     * is generated from the content and this list (`npm run codeowners`).
     */
    units: z.record(z.string().trim().min(1, { message: 'a unit needs a name' }), gitHandle),
    /**
     * True while the site shows the demonstration content: adoption decisions,
     * case numbers and DPIA dates are then marked as examples. A municipality
     * that adopts the toolbox enters its own facts and sets this to false.
     */
    exampleFacts: z.boolean(),
    /** How a reader reaches the competence centre; every "contact us" links here. */
    contact: z.strictObject({
      email: z.email({ message: 'must be an e-mail address' }),
      /** A page with more ways to get in touch (phone, opening hours), if there is one. */
      url: z.url({ protocol: /^https$/ }).optional(),
    }),
  })
  .superRefine(
    (settings: object, context) => {
      // The competence centre owns new pages by default, the news, and everything that is not content.
      const centre = textFieldOf(settings, 'competenceCentre');
      const units = fieldOf(settings, 'units');
      if (centre === undefined || typeof units !== 'object' || units === null) return;
      if (!Object.hasOwn(units, centre)) {
        context.addIssue({
          code: 'custom',
          path: ['units'],
          message: `must give the Git team of the competence centre, "${centre}": it owns new pages, the news and the code`,
        });
      }
    },
    // Checked even when another setting is wrong, so one run lists every mistake.
    evenWhenFieldsFail,
  );

export type Organisation = z.infer<typeof organisationSchema>;

export function parseOrganisation(input: unknown): Organisation {
  const result = organisationSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `  - organisation.ts: ${issue.path.join('.')}: ${issue.message}`,
  );
  throw new Error(`The organisation settings are not valid:\n${lines.join('\n')}`);
}

/** The first locale is the default: served at the root, and the source language of content. */
export function defaultLocaleOf(organisation: Organisation): Organisation['locales'][number] {
  const [defaultLocale] = organisation.locales;
  if (!defaultLocale)
    throw new Error('organisation.ts: locales: must list at least the default locale');
  return defaultLocale;
}

/** The units that may own content: the keys of `units`, in the order organisation.ts lists them. */
export function owningUnits(organisation: Organisation): string[] {
  return Object.keys(organisation.units);
}

/** The link to edit a source file in the repository's web interface. */
export function editUrlBase(organisation: Organisation): string {
  return `${organisation.repository.url}/edit/${organisation.repository.branch}/`;
}
