import { useSyncExternalStore } from 'react';

/**
 * Stand-ins for the parts of @docusaurus/theme-common and @docusaurus/router
 * our hooks use: an in-memory history (query string only) and storage slots.
 * Tests drive and inspect them through `fakeHistory` and `fakeStorage`.
 */
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const emit = () => listeners.forEach((listener) => listener());

/** One history entry: the query string (without `?`), and what react-router's history keeps beside it. */
type Entry = { search: string; key: string | undefined; state: unknown };
let keyCount = 0;
const entry = (search: string, state?: unknown): Entry => ({
  search,
  key: `k${(keyCount += 1)}`,
  state,
});

// A page opened from the address bar has no key, as in the browser.
const entries: Entry[] = [{ search: '', key: undefined, state: undefined }];
const current = () => entries[entries.length - 1]!;

export const fakeHistory = {
  get search() {
    return current().search;
  },
  /** A navigation the reader makes (a link to the same page with another query). */
  push(next: string, state?: unknown) {
    entries.push(entry(next, state));
    emit();
  },
  replace(next: string, state?: unknown) {
    entries[entries.length - 1] = entry(next, state);
    emit();
  },
  back() {
    if (entries.length > 1) entries.pop();
    emit();
  },
  reset(initial = '') {
    entries.splice(0, entries.length, { search: initial, key: undefined, state: undefined });
    emit();
  },
};

const store = new Map<string, string>();

/**
 * How the browser's storage behaves: 'ok'; 'full' (setItem throws
 * QuotaExceededError); 'blocked' (touching localStorage throws SecurityError,
 * and Docusaurus hands out a slot that keeps nothing).
 */
type StorageMode = 'ok' | 'full' | 'blocked';
let storageMode: StorageMode = 'ok';

/** What Docusaurus's storage slot does around localStorage: it catches what the browser throws. */
function setItem(key: string, value: string) {
  try {
    if (storageMode === 'full') throw new DOMException('Quota exceeded', 'QuotaExceededError');
    store.set(key, value);
    emit();
  } catch {
    // Docusaurus logs the error and carries on.
  }
}
const getItem = (key: string) => (storageMode === 'blocked' ? null : (store.get(key) ?? null));

export const fakeStorage = {
  mode(next: StorageMode) {
    storageMode = next;
    emit();
  },
  get: (key: string) => store.get(key) ?? null,
  set: (key: string, value: string) => {
    store.set(key, value);
    emit();
  },
  clear: () => {
    store.clear();
    storageMode = 'ok';
    emit();
  },
};

export function useStorageSlot(key: string) {
  const value = useSyncExternalStore(subscribe, () => getItem(key));
  const slot = {
    get: () => getItem(key),
    set: (next: string) => {
      if (storageMode !== 'blocked') setItem(key, next);
    },
    del: () => {
      if (storageMode === 'blocked') return;
      store.delete(key);
      emit();
    },
    listen: () => () => undefined,
  };
  return [value, slot] as const;
}

type Target = { pathname: string; search: string; hash: string };
const pathname = '/sjekkliste/test';
const withoutQuestionMark = (value: string) => value.replace(/^\?/, '');

function locationOf(at: Entry) {
  return {
    pathname,
    search: at.search ? `?${at.search}` : '',
    hash: '',
    key: at.key,
    state: at.state,
  };
}

export function useLocation() {
  return locationOf(useSyncExternalStore(subscribe, current));
}

export function useHistory() {
  return {
    get location() {
      return locationOf(current());
    },
    push: (target: Target, state?: unknown) =>
      fakeHistory.push(withoutQuestionMark(target.search), state),
    replace: (target: Target, state?: unknown) =>
      fakeHistory.replace(withoutQuestionMark(target.search), state),
  };
}

/** The theme's class names, as far as our swizzles use them. */
export const ThemeClassNames = { docs: { docVersionBanner: 'theme-doc-version-banner' } };
