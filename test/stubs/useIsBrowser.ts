/** Stand-in for @docusaurus/useIsBrowser: tests run as the hydrated browser. */
export default function useIsBrowser(): boolean {
  return true;
}
