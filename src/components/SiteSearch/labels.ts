import { translate } from '@docusaurus/Translate';
import type { SearchKind } from '../../domain/search/pages';

/** The name of each kind of content, as a result shows it and the kind filter lists it. */
export function kindLabel(kind: SearchKind): string {
  switch (kind) {
    case 'retningslinje':
      return translate({ id: 'search.kind.guideline', message: 'Retningslinje' });
    case 'postulat':
      return translate({ id: 'search.kind.postulate', message: 'Postulater' });
    case 'verktoy':
      return translate({ id: 'search.kind.tool', message: 'Verktøy' });
    case 'veiledning':
      return translate({ id: 'search.kind.howTo', message: 'Veiledning' });
    case 'beslutningstre':
      return translate({ id: 'search.kind.tree', message: 'Beslutningstre' });
    case 'sjekkliste':
      return translate({ id: 'search.kind.checklist', message: 'Sjekkliste' });
    case 'ordliste':
      return translate({ id: 'search.kind.glossary', message: 'Ordliste' });
    case 'nyhet':
      return translate({ id: 'search.kind.news', message: 'Nyhet' });
    case 'side':
      return translate({ id: 'search.kind.page', message: 'Side' });
  }
}
