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
  get length() {
    return entries.length;
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

export function useHistorySelector<Value>(
  selector: (history: { location: { search: string } }) => Value,
): Value {
  const current = useSyncExternalStore(subscribe, () => search);
  return selector({ location: { search: current ? `?${current}` : '' } });
}

export function useQueryString(
  key: string,
): [string, (value: string | null, options?: { push: boolean }) => void] {
  const current = useSyncExternalStore(subscribe, () => search);
  const update = (value: string | null, options?: { push: boolean }) => {
    const params = new URLSearchParams(search);
    if (value) params.set(key, value);
    else params.delete(key);
    if (options?.push) fakeHistory.push(params.toString());
    else fakeHistory.replace(params.toString());
  };
  return [new URLSearchParams(current).get(key) ?? '', update];
}

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

export function useLocation() {
  const current = useSyncExternalStore(subscribe, () => search);
  return { pathname: '/sjekkliste/test', search: current ? `?${current}` : '', hash: '' };
}
