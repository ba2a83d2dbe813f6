import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import type { DecisionTree as DecisionTreeData } from '../../domain/decisionTree/schema';
import DecisionTree from '.';

/** The page of its own every tree gets at /beslutningstre/<id>, for links from outcomes and overviews. */
export default function DecisionTreePage({ data: tree }: { data: DecisionTreeData }) {
  return (
    <Layout title={tree.title} description={tree.description}>
      <main className="container margin-vert--lg">
        <p>
          <Link to="/verktoy-for-a-bestemme">
            {translate({ id: 'vk.tools.backToOverview', message: 'Alle verktøy for å bestemme' })}
          </Link>
        </p>
        <DecisionTree tree={tree} headingLevel={1} />
        <p>
          {translate(
            { id: 'vk.tools.owner', message: 'Ansvarlig: {owner}' },
            { owner: tree.owner },
          )}
        </p>
      </main>
    </Layout>
  );
}
