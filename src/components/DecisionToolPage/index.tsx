import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';

export type DecisionToolPageProps = {
  title: string;
  description: string;
  /** The unit that answers for the tree or checklist. */
  owner: string;
  children: ReactNode;
  /** For reviewers, after the owner, out of the reading flow (a tree's Mermaid diagram). */
  reviewers?: ReactNode;
};

/**
 * The page of its own every tree (/beslutningstre/<id>) and checklist
 * (/sjekkliste/<id>) gets, for links from outcomes and the overview.
 *
 * @example <DecisionToolPage title={tree.title} description={tree.description} owner={tree.owner}>…</DecisionToolPage>
 */
export default function DecisionToolPage({
  title,
  description,
  owner,
  children,
  reviewers,
}: DecisionToolPageProps) {
  return (
    <Layout title={title} description={description}>
      <main className="container margin-vert--lg">
        <p>
          <Link to="/verktoy-for-a-bestemme">
            {translate({ id: 'vk.tools.backToOverview', message: 'Alle verktøy for å bestemme' })}
          </Link>
        </p>
        {children}
        <p>{translate({ id: 'vk.tools.owner', message: 'Ansvarlig: {owner}' }, { owner })}</p>
        {reviewers}
      </main>
    </Layout>
  );
}
