import type { Checklist as ChecklistData } from '../../domain/checklist/schema';
import DecisionToolPage from '../DecisionToolPage';
import Checklist from '.';

/** A checklist's own page, at /sjekkliste/<id>. */
export default function ChecklistPage({ data: checklist }: { data: ChecklistData }) {
  return (
    <DecisionToolPage
      title={checklist.title}
      description={checklist.description}
      owner={checklist.owner}
    >
      <Checklist checklist={checklist} headingLevel={1} />
    </DecisionToolPage>
  );
}
