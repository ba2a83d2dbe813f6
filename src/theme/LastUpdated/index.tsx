import type { ReactNode } from 'react';
import LastUpdated from '@theme-original/LastUpdated';
import type LastUpdatedType from '@theme/LastUpdated';
import type { WrapperProps } from '@docusaurus/types';

type Props = WrapperProps<typeof LastUpdatedType>;

/**
 * Docusaurus marks the "last updated" date `itemprop="dateModified"` but, on
 * docs pages, puts it inside no item, which the Nu Html Checker reports as an
 * error. Wrapping it in an item for the page makes the property belong
 * somewhere; a wrapper keeps the theme's own component (an eject would copy
 * it, internal imports included).
 */
export default function LastUpdatedWrapper(props: Props): ReactNode {
  return (
    <span itemScope itemType="https://schema.org/WebPage">
      <LastUpdated {...props} />
    </span>
  );
}
