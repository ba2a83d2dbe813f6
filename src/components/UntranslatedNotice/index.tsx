import { translate } from '@docusaurus/Translate';

export type UntranslatedNoticeProps = {
  /**
   * What is shown in Norwegian: the page, or a decision tree or checklist in it.
   * @default 'page'
   */
  subject?: 'page' | 'tree' | 'checklist';
};

function message(subject: NonNullable<UntranslatedNoticeProps['subject']>): string {
  switch (subject) {
    case 'page':
      return translate({
        id: 'vk.untranslated',
        message: 'Denne siden er ikke oversatt ennå, og vises på norsk.',
      });
    case 'tree':
      return translate({
        id: 'vk.untranslated.tree',
        message: 'Dette beslutningstreet er ikke oversatt ennå, og vises på norsk.',
      });
    case 'checklist':
      return translate({
        id: 'vk.untranslated.checklist',
        message: 'Denne sjekklisten er ikke oversatt ennå, og vises på norsk.',
      });
  }
}

/**
 * Tells a reader of a translated site that this page, or a tree or checklist
 * in it, exists only in Norwegian, so Norwegian does not come as a surprise.
 *
 * @example {isUntranslated && <UntranslatedNotice />}
 */
export default function UntranslatedNotice({ subject = 'page' }: UntranslatedNoticeProps) {
  return (
    <p className="alert alert--secondary margin-bottom--md" data-untranslated-notice>
      {message(subject)}
    </p>
  );
}
