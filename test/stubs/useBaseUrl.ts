/** Stand-in for @docusaurus/useBaseUrl: the site is served at /. */
export default function useBaseUrl(url: string): string {
  return url;
}
