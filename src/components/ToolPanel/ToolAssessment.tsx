import { translate } from '@docusaurus/Translate';
import type { ToolFrontMatter } from '../../domain/tools/schema';
import { assessmentCriteria } from '../../domain/tools/vocabulary';
import FactList, { Fact } from '../FactList';
import { criterionLabel } from './labels';
import styles from './styles.module.css';

export type ToolAssessmentProps = {
  /** The evaluation against each criterion, as validated by the build. */
  assessment: NonNullable<ToolFrontMatter['assessment']>;
};

/**
 * The evaluation against the founding texts' criteria, one short answer per
 * criterion, in a fixed order so tools can be compared. The build adds it to
 * every tool evaluation that has one.
 *
 * @example <ToolAssessment assessment={tool.assessment} />
 */
export default function ToolAssessment({ assessment }: ToolAssessmentProps) {
  return (
    <section
      className={styles.assessment}
      aria-labelledby="vurdering-etter-kriteriene"
      data-tool-assessment
    >
      <h2 id="vurdering-etter-kriteriene">
        {translate({ id: 'vk.tool.assessment', message: 'Vurdering etter kriteriene' })}
      </h2>
      <FactList>
        {assessmentCriteria.map((criterion) => (
          <Fact key={criterion} term={criterionLabel(criterion)}>
            {assessment[criterion]}
          </Fact>
        ))}
      </FactList>
    </section>
  );
}
