import { translate } from '@docusaurus/Translate';

/**
 * Tells a reader of a translated site that this page exists only in Norwegian,
 * so a page in another language does not come as a surprise.
 *
 * @example {isUntranslated && <UntranslatedNotice />}
 */
export default function UntranslatedNotice() {
  return (
    <p className="alert alert--secondary margin-bottom--md" data-untranslated-notice>
      {translate({
        id: 'vk.untranslated',
        message: 'Denne siden er ikke oversatt ennå, og vises på norsk.',
      })}
    </p>
  );
}
