import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useSiteSettings } from '../../hooks/useSiteSettings';
import ExampleMark from '../ExampleMark';

export type ContactLinkProps = {
  /**
   * The words that become the link, e.g. the centre's name in a sentence.
   * @default the address itself, marked as an example while the site shows demonstration content
   */
  children?: ReactNode;
};

/**
 * A link to the competence centre's address from organisation.ts, so a page
 * that says "ask us" gives the reader someone to ask, and the address is
 * written in one place. In MDX it is `<Kontakt />`.
 *
 * @example Ta kontakt med <Kontakt>Kompetansesenter for sosiale medier</Kontakt>.
 * @example Skriv til oss på <Kontakt />.
 */
export default function ContactLink({ children }: ContactLinkProps) {
  const { contact } = useSiteSettings();
  const href = `mailto:${contact.email}`;
  if (children !== undefined) {
    return (
      <Link href={href} data-contact>
        {children}
      </Link>
    );
  }
  return (
    <>
      <Link href={href} data-contact>
        {contact.email}
      </Link>
      <ExampleMark />
    </>
  );
}
