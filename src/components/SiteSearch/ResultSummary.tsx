import type { ReactNode } from 'react';
import type { SearchResultView } from '../../hooks/useSiteSearch';
import { kindLabel } from './labels';
import styles from './styles.module.css';

/** A result's kind, place and edition on one line: "Verktøy · Tillatt", "Retningslinje · Utgave 2025". */
export function ResultFacts({ result }: { result: SearchResultView }): ReactNode {
  const facts = [kindLabel(result.kind), result.section, result.status, result.edition].filter(
    (fact): fact is string => Boolean(fact),
  );
  // A glossary entry's section is the glossary, which its kind already says: "Ordliste", once.
  return <span className={styles.facts}>{[...new Set(facts)].join(' · ')}</span>;
}

/** The excerpt with the reader's words marked. */
export function ResultExcerpt({ result }: { result: SearchResultView }): ReactNode {
  if (result.excerpt.length === 0) return null;
  return (
    <span className={styles.excerpt}>
      {result.excerpt.map((part, index) =>
        part.matched ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </span>
  );
}

/** The title a result shows: the page's, and the matched section's after it where there is one. */
export function resultTitle(result: SearchResultView): string {
  return result.heading ? `${result.title} › ${result.heading}` : result.title;
}
