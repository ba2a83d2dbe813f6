import { translate } from '@docusaurus/Translate';
import type { OutcomeKind } from '../../domain/decisionTree/schema';

/** The verdict in words, so it never rests on colour alone. */
export function verdictLabel(kind: OutcomeKind): string {
  switch (kind) {
    case 'ja':
      return translate({ id: 'vk.tree.verdict.ja', message: 'Ja' });
    case 'nei':
      return translate({ id: 'vk.tree.verdict.nei', message: 'Nei' });
    case 'ja-med-vilkår':
      return translate({ id: 'vk.tree.verdict.jaMedVilkar', message: 'Ja, med vilkår' });
    case 'spør':
      return translate({ id: 'vk.tree.verdict.spor', message: 'Spør før du går videre' });
  }
}
