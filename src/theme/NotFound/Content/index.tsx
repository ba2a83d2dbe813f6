import type { ReactNode } from 'react';
import NotFoundPage from '@site/src/components/NotFoundPage';

/**
 * Replaces Docusaurus's stock "Page Not Found", which tells the reader to
 * write to whoever linked here, with a way on: search, the main paths and
 * someone to ask. Only the content slot is replaced; the theme's NotFound page
 * still sets the title and the layout.
 */
export default function NotFoundContent(): ReactNode {
  return <NotFoundPage />;
}
