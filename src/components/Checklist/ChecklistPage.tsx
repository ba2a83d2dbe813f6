import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import type { Checklist as ChecklistData } from '../../domain/checklist/schema';
import Checklist from '.';

/** The page of its own every checklist gets at /sjekkliste/<id>, for links from outcomes and overviews. */
export default function ChecklistPage({ data: checklist }: { data: ChecklistData }) {
  return (
    <Layout title={checklist.title} description={checklist.description}>
      <main className="container margin-vert--lg">
        <p>
          <Link to="/verktoy-for-a-bestemme">
            {translate({ id: 'vk.tools.backToOverview', message: 'Alle verktøy for å bestemme' })}
          </Link>
        </p>
        <Checklist checklist={checklist} headingLevel={1} />
        <p>
          {translate(
            { id: 'vk.tools.owner', message: 'Ansvarlig: {owner}' },
            { owner: checklist.owner },
          )}
        </p>
      </main>
    </Layout>
  );
}
