import type { DecisionTree as DecisionTreeData } from '../../domain/decisionTree/schema';
import DecisionToolPage from '../DecisionToolPage';
import DecisionTree from '.';

/** A tree's own page, at /beslutningstre/<id>. */
export default function DecisionTreePage({ data: tree }: { data: DecisionTreeData }) {
  return (
    <DecisionToolPage title={tree.title} description={tree.description} owner={tree.owner}>
      <DecisionTree tree={tree} headingLevel={1} printOutline="full" />
    </DecisionToolPage>
  );
}
