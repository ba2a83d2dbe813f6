import type { ReactNode } from 'react';
import styles from './styles.module.css';

/**
 * Facts as term–value pairs in two columns (one on phones): the page facts
 * under every doc and the status panel of every tool use it.
 *
 * @example <FactList><Fact term="Ansvarlig">Kommunikasjonsenheten</Fact></FactList>
 */
export default function FactList({ children }: { children: ReactNode }) {
  return <dl className={styles.list}>{children}</dl>;
}

/** One term and its value; lists inside the value are kept compact. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
