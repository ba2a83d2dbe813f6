import { translate } from '@docusaurus/Translate';
import { useSiteSettings } from '../../hooks/useSiteSettings';
import styles from './styles.module.css';

/**
 * Marks a fact only the adopting municipality can supply (a decision, a case
 * number, a DPIA date) as an example while the site shows demonstration
 * content. Renders nothing once organisation.ts says the facts are real.
 *
 * @example <>2026/2187 <ExampleMark /></>
 */
export default function ExampleMark() {
  const { exampleFacts } = useSiteSettings();
  if (!exampleFacts) return null;
  return (
    <span
      className={styles.mark}
      title={translate({
        id: 'vk.example.title',
        message: 'Eksempel: kommunen som tar i bruk Verktøykassa, fyller inn sitt eget',
      })}
      data-example-fact
    >
      {translate({ id: 'vk.example.label', message: 'eksempel' })}
    </span>
  );
}
