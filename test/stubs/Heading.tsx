import type { HTMLAttributes } from 'react';

/** Stand-in for @theme/Heading. */
export default function Heading({
  as: Tag,
  ...rest
}: HTMLAttributes<HTMLHeadingElement> & { as: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' }) {
  return <Tag {...rest} />;
}
