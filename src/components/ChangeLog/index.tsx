import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import type { ChangeNote } from '../../domain/content/governance';
import { formatIsoDate } from '../../domain/dates';
import styles from './styles.module.css';

export type ChangeLogProps = {
  /** Major changes, newest first. */
  notes: readonly ChangeNote[];
  /** Where every change to the page, minor ones included, can be read. */
  historyUrl: string;
  /** BCP 47 tag for date formatting, e.g. `nb-NO`. */
  localeTag: string;
};

/**
 * "Endringslogg" at the foot of a page: its major changes, dated, and a link
 * to the full history in the repository, where minor edits live.
 *
 * @example <ChangeLog notes={[{ date: '2026-09-15', note: 'Ny regel om direktemeldinger.' }]} historyUrl="https://…" localeTag="nb-NO" />
 */
export default function ChangeLog({ notes, historyUrl, localeTag }: ChangeLogProps) {
  const headingId = 'endringslogg';
  return (
    <section className={styles.changeLog} aria-labelledby={headingId} data-change-log>
      <h2 id={headingId} className={styles.heading}>
        {translate({ id: 'vk.changeLog.heading', message: 'Endringslogg' })}
      </h2>
      {notes.length > 0 ? (
        <ol className={styles.notes}>
          {notes.map((note) => (
            <li key={`${note.date}-${note.note}`}>
              <time dateTime={note.date}>{formatIsoDate(note.date, localeTag)}</time>: {note.note}
            </li>
          ))}
        </ol>
      ) : (
        <p>
          {translate({
            id: 'vk.changeLog.none',
            message: 'Ingen større endringer er registrert.',
          })}
        </p>
      )}
      <p className={styles.history}>
        <Link href={historyUrl}>
          {translate({
            id: 'vk.changeLog.history',
            message: 'Alle endringer, også små rettelser, i historikken',
          })}
        </Link>
      </p>
    </section>
  );
}
