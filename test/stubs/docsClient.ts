/** Stand-in for @docusaurus/plugin-content-docs/client: a doc's title is its id, readable. */
export function useDocById(id: string) {
  const name = id.split('/').pop() ?? id;
  return { id, title: name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ') };
}
