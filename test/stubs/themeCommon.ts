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

const entries: string[] = [''];
let search = '';

export const fakeHistory = {
  get search() {
    return search;
  },
  push(next: string) {
    entries.push(next);
    search = next;
    emit();
  },
  replace(next: string) {
    entries[entries.length - 1] = next;
    search = next;
    emit();
  },
  back() {
    if (entries.length > 1) entries.pop();
    search = entries.at(-1) ?? '';
    emit();
  },
  reset(initial = '') {
    entries.splice(0, entries.length, initial);
    search = initial;
    emit();
  },
};

const store = new Map<string, string>();

export const fakeStorage = {
  get: (key: string) => store.get(key) ?? null,
  set: (key: string, value: string) => {
    store.set(key, value);
    emit();
  },
  clear: () => {
    store.clear();
    emit();
  },
};

export function useStorageSlot(key: string) {
  const value = useSyncExternalStore(subscribe, () => store.get(key) ?? null);
  const slot = {
    get: () => store.get(key) ?? null,
    set: (next: string) => fakeStorage.set(key, next),
    del: () => {
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

export function useLocation() {
  const current = useSyncExternalStore(subscribe, () => search);
  return { pathname, search: current ? `?${current}` : '', hash: '' };
}

export function useHistory() {
  return {
    location: { pathname, search: search ? `?${search}` : '', hash: '' },
    push: (target: Target) => fakeHistory.push(withoutQuestionMark(target.search)),
    replace: (target: Target) => fakeHistory.replace(withoutQuestionMark(target.search)),
  };
}
