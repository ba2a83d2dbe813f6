import { useState } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { translate } from '@docusaurus/Translate';
import { checklistToMarkdown } from '../../domain/checklist/markdown';
import { checklistGroups } from '../../domain/checklist/items';
import type { Checklist as ChecklistData } from '../../domain/checklist/schema';
import type { SourceLanguageMark } from '../../domain/decisionTools/overview';
import { useSourceLanguage } from '../../hooks/useContentLanguage';
import UntranslatedNotice from '../UntranslatedNotice';
import { formatIsoDate } from '../../domain/dates';
import {
  useChecklistProgress,
  type ChecklistNotice,
  type ChecklistProgressState,
} from '../../hooks/useChecklistProgress';
import { useLocaleTag } from '../../hooks/useLocaleTag';
import { useToday } from '../../hooks/useToday';
import { headingTags, type TitleLevel } from '../headingLevels';
import styles from './styles.module.css';

export type ChecklistProps = {
  /** The checked checklist; in MDX, `<Checklist id="…" />` is enough, the build passes the data in. */
  checklist: ChecklistData & SourceLanguageMark;
  /**
   * The level of the checklist's title; group titles sit one level below.
   * @default 3
   */
  headingLevel?: TitleLevel;
};

const warningNotices = new Set<ChecklistNotice['kind']>([
  'unreadable',
  'link-unreadable',
  'ask-from-answers',
]);

function NoticeText({ notice }: { notice: ChecklistNotice }) {
  switch (notice.kind) {
    case 'unreadable':
      return (
        <>
          {translate({
            id: 'vk.checklist.notice.unreadable',
            message:
              'Den lagrede framdriften for denne sjekklisten kunne ikke leses, så listen er nullstilt.',
          })}
        </>
      );
    case 'changed':
      return (
        <>
          {translate(
            {
              id: 'vk.checklist.notice.changed',
              message:
                'Sjekklisten er endret siden du sist brukte den. {count} avkrysninger gjaldt punkter som er fjernet; resten er beholdt.',
            },
            { count: notice.droppedItems },
          )}
        </>
      );
    case 'shared':
      return (
        <>
          {translate({
            id: 'vk.checklist.notice.shared',
            message:
              'Du ser avkrysningene fra en delt lenke. Det du har lagret på denne enheten, er ikke endret.',
          })}
        </>
      );
    case 'link-unreadable':
      return (
        <>
          {translate({
            id: 'vk.checklist.notice.linkUnreadable',
            message:
              'Lenken du åpnet, kunne ikke leses. Du ser listen slik du har lagret den på denne enheten.',
          })}
        </>
      );
    case 'saved-from-answers':
      return (
        <>
          {notice.replacedUnreadable
            ? translate({
                id: 'vk.checklist.notice.savedFromAnswersReplacedUnreadable',
                message:
                  'Punktene svarene dine avgjorde, er krysset av og lagret på denne enheten. Den tidligere lagrede framdriften kunne ikke leses.',
              })
            : translate({
                id: 'vk.checklist.notice.savedFromAnswers',
                message:
                  'Punktene svarene dine avgjorde, er krysset av og lagret på denne enheten.',
              })}
        </>
      );
    case 'ask-from-answers':
      return (
        <>
          {translate(
            {
              id: 'vk.checklist.notice.askFromAnswers',
              message:
                'Du har allerede {saved} avkrysninger lagret på denne enheten. Svarene dine krysser av {count} punkter til. Listen under viser svarene dine; det du har lagret, er ikke endret ennå.',
            },
            { saved: notice.savedCount, count: notice.newCount },
          )}
        </>
      );
  }
}

/** The buttons a notice offers, if any. */
function NoticeActions({ state }: { state: ChecklistProgressState }) {
  switch (state.notice?.kind) {
    case 'shared':
      return (
        <span className={styles.noticeActions}>
          <button
            type="button"
            className="button button--sm button--primary"
            onClick={state.keepShared}
          >
            {translate({ id: 'vk.checklist.keepShared', message: 'Lagre på denne enheten' })}
          </button>
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={state.leaveShared}
          >
            {translate({ id: 'vk.checklist.leaveShared', message: 'Vis min egen liste' })}
          </button>
        </span>
      );
    case 'ask-from-answers':
      return (
        <span className={styles.noticeActions}>
          <button
            type="button"
            className="button button--sm button--primary"
            onClick={state.addFromAnswers}
          >
            {translate({
              id: 'vk.checklist.addFromAnswers',
              message: 'Legg svarene til i min lagrede liste',
            })}
          </button>
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={state.keepShared}
          >
            {translate({
              id: 'vk.checklist.replaceWithAnswers',
              message: 'Erstatt min lagrede liste med svarene',
            })}
          </button>
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={state.leaveShared}
          >
            {translate({
              id: 'vk.checklist.keepOwn',
              message: 'Behold min lagrede liste uendret',
            })}
          </button>
        </span>
      );
    default:
      return null;
  }
}

function downloadMarkdown(fileName: string, markdown: string) {
  const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * A checklist. Ticks are saved on this device, can be shared as a link,
 * printed or downloaded as Markdown. Without JavaScript it is a readable list.
 * What belongs to this reader (progress, the date printed) is marked
 * `data-reader-state`: an edition's print copy leaves it out.
 *
 * @example <Checklist id="ny-konto" />
 */
export default function Checklist({ checklist, headingLevel = 3 }: ChecklistProps) {
  const isBrowser = useIsBrowser();
  const localeTag = useLocaleTag();
  const state = useChecklistProgress(checklist);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [copied, setCopied] = useState(false);
  const { title: Title, below: GroupTitle } = headingTags(headingLevel);
  const titleId = `sjekkliste-${checklist.id}`;
  const { summary } = state;
  // The printed date: the reader's clock once hydrated (the line is shown only then).
  const printedOn = formatIsoDate(useToday(), localeTag);
  const summaryText = translate(
    { id: 'vk.checklist.summary', message: '{done} av {total} punkter er krysset av.' },
    { done: summary.done, total: summary.total },
  );

  const sourceLang = useSourceLanguage();
  return (
    <>
      {checklist.untranslated && <UntranslatedNotice subject="checklist" />}
      <section
        className={styles.checklist}
        data-checklist={checklist.id}
        aria-labelledby={titleId}
        lang={checklist.untranslated ? sourceLang : undefined}
      >
        <Title id={titleId} className={styles.title}>
          {checklist.title}
        </Title>
        <p>{checklist.description}</p>
        {isBrowser && (
          <p className={styles.printOnly} data-reader-state>
            {translate(
              { id: 'vk.checklist.printedOn', message: 'Skrevet ut {date}' },
              { date: printedOn },
            )}
          </p>
        )}

        {isBrowser && state.notice && (
          <div
            className={`alert alert--${warningNotices.has(state.notice.kind) ? 'warning' : 'info'} ${styles.notice}`}
            role="status"
            data-checklist-notice={state.notice.kind}
          >
            <NoticeText notice={state.notice} />
            <NoticeActions state={state} />
          </div>
        )}

        {isBrowser && state.storageUnavailable && (
          <div
            className={`alert alert--warning ${styles.notice}`}
            role="status"
            data-checklist-notice="storage-unavailable"
          >
            {translate({
              id: 'vk.checklist.notice.storageUnavailable',
              message:
                'Nettleseren lar ikke siden lagre noe på denne enheten (lagringen er blokkert eller full). Avkrysningene virker mens siden er åpen, men blir ikke tatt vare på. Kopier lenken eller skriv ut listen for å beholde dem.',
            })}
          </div>
        )}

        {isBrowser && (
          <div className={styles.progress} data-reader-state>
            <label htmlFor={`${titleId}-framdrift`}>{summaryText}</label>
            <progress id={`${titleId}-framdrift`} max={summary.total} value={summary.done}>
              {summaryText}
            </progress>
            {summary.requiredTotal < summary.total && (
              <p className={styles.requiredNote}>
                {summary.complete
                  ? translate({
                      id: 'vk.checklist.requiredDone',
                      message: 'Alle obligatoriske punkter er krysset av.',
                    })
                  : translate(
                      {
                        id: 'vk.checklist.requiredLeft',
                        message: '{done} av {total} obligatoriske punkter er krysset av.',
                      },
                      { done: summary.requiredDone, total: summary.requiredTotal },
                    )}
              </p>
            )}
          </div>
        )}

        {checklistGroups(checklist).map((group) => (
          <div key={group.id} className={styles.group}>
            {group.title && <GroupTitle className={styles.groupTitle}>{group.title}</GroupTitle>}
            <ul className={styles.items}>
              {group.items.map((item) => {
                const inputId = `${checklist.id}-${item.id}`;
                const ticked = state.progress.ticked.has(item.id);
                return (
                  <li key={item.id} className={styles.item} data-item={item.id}>
                    <input
                      id={inputId}
                      type="checkbox"
                      checked={ticked}
                      disabled={!isBrowser}
                      aria-describedby={item.help ? `${inputId}-hjelp` : undefined}
                      onChange={(event) => state.toggle(item.id, event.target.checked)}
                    />
                    <label htmlFor={inputId}>
                      {item.text}
                      {!item.required && (
                        <>
                          {' '}
                          <span className={styles.optional}>
                            {translate({ id: 'vk.checklist.optional', message: '(valgfritt)' })}
                          </span>
                        </>
                      )}
                    </label>
                    {item.help && (
                      <p id={`${inputId}-hjelp`} className={styles.help}>
                        {item.help}
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}

        {isBrowser && (
          <div className={styles.toolbar}>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                void navigator.clipboard?.writeText(state.shareUrl).then(
                  () => setCopied(true),
                  () => setCopied(false),
                );
              }}
            >
              {translate({ id: 'vk.checklist.copyLink', message: 'Kopier lenke til denne listen' })}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => window.print()}
            >
              {translate({ id: 'vk.checklist.print', message: 'Skriv ut' })}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                downloadMarkdown(
                  `${checklist.id}.md`,
                  checklistToMarkdown(checklist, state.progress, {
                    dateLine: translate(
                      { id: 'vk.checklist.printedOn', message: 'Skrevet ut {date}' },
                      { date: printedOn },
                    ),
                    optional: translate({ id: 'vk.checklist.optional', message: '(valgfritt)' }),
                    summary: summaryText,
                  }),
                )
              }
            >
              {translate({
                id: 'vk.checklist.download',
                message: 'Last ned listen med avkrysningene (tekstfil, Markdown)',
              })}
            </button>
            {confirmingReset ? (
              <span
                role="group"
                aria-label={translate({
                  id: 'vk.checklist.confirmReset',
                  message: 'Vil du fjerne alle avkrysningene?',
                })}
                className={styles.confirm}
              >
                <span>
                  {translate({
                    id: 'vk.checklist.confirmReset',
                    message: 'Vil du fjerne alle avkrysningene?',
                  })}
                </span>
                <button
                  type="button"
                  className="button button--danger"
                  onClick={() => {
                    state.reset();
                    setConfirmingReset(false);
                  }}
                >
                  {translate({ id: 'vk.checklist.confirmResetYes', message: 'Ja, nullstill' })}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setConfirmingReset(false)}
                >
                  {translate({ id: 'vk.checklist.confirmResetNo', message: 'Avbryt' })}
                </button>
              </span>
            ) : (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setConfirmingReset(true)}
              >
                {translate({ id: 'vk.checklist.reset', message: 'Nullstill' })}
              </button>
            )}
            <p className={styles.shareLink}>
              <label htmlFor={`${titleId}-lenke`}>
                {copied
                  ? translate({ id: 'vk.checklist.copied', message: 'Lenken er kopiert:' })
                  : translate({
                      id: 'vk.checklist.shareLabel',
                      message: 'Lenke til listen slik den er nå:',
                    })}
              </label>{' '}
              <input
                id={`${titleId}-lenke`}
                type="text"
                readOnly
                value={state.shareUrl}
                onFocus={(event) => event.target.select()}
              />
            </p>
          </div>
        )}
      </section>
    </>
  );
}
