import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import { useHistory } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { searchPageSearch } from '../../domain/search/searchPageAddress';
import { loadSiteSearch, useSearchGlobalData, useSiteSearch } from '../../hooks/useSiteSearch';
import { ResultExcerpt, ResultFacts, resultTitle } from './ResultSummary';
import styles from './styles.module.css';

/** How many results the box shows; the results page shows the rest. */
const suggestionCount = 6;

function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The navbar's search box. Without JavaScript it is a plain form that opens the
 * results page. With it, it is a combobox (ARIA 1.2): results appear under the
 * box as the reader types, arrow keys move through them, Enter opens one, and
 * Enter with none chosen opens the results page. "/" or Ctrl+K jumps to the
 * box from anywhere on the page.
 */
export default function SearchBar(): ReactNode {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const history = useHistory();
  const searchPage = useBaseUrl(`/${useSearchGlobalData().searchPagePath}`);
  const listId = useId();
  const hintId = useId();
  const search = useSiteSearch(query, { limit: suggestionCount });
  const options = [...search.results.map((result) => result.url), 'all'];
  const showList = open && query.trim() !== '' && search.status !== 'idle';

  const close = useCallback(() => {
    setOpen(false);
    setActive(-1);
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut =
        (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey) ||
        (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
      if (!shortcut || (event.key === '/' && isTypingTarget(event.target))) return;
      event.preventDefault();
      inputRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const openResultsPage = () => {
    close();
    history.push(`${searchPage}${searchPageSearch({ query, allEditions: false, kind: null })}`);
  };

  const choose = (index: number) => {
    const target = options[index];
    if (target === undefined || target === 'all') openResultsPage();
    else {
      // The box empties, so it does not offer the last page's results on the next one.
      setQuery('');
      close();
      history.push(target);
    }
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => {
        const next = current + step;
        if (next >= options.length) return -1;
        return next < -1 ? options.length - 1 : next;
      });
    } else if (event.key === 'Escape') {
      if (showList) close();
      else setQuery('');
    }
  };

  // -1 means "the box itself"; the arrow keys cycle through the options and back to it.
  const activeIndex = active >= options.length ? -1 : active;
  const optionId = (index: number) => `${listId}-option-${index}`;

  return (
    <form
      role="search"
      action={searchPage}
      method="get"
      className={styles.searchBar}
      onSubmit={(event) => {
        event.preventDefault();
        choose(activeIndex);
      }}
    >
      <label htmlFor={`${listId}-input`} className={styles.visuallyHidden}>
        <Translate id="search.bar.label">Søk i Verktøykassa</Translate>
      </label>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        className={styles.searchInput}
        // type="text": the HTML standard allows role="combobox" on a text box, not on type="search".
        type="text"
        inputMode="search"
        name="q"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder={translate({ id: 'search.bar.placeholder', message: 'Søk' })}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-describedby={hintId}
        aria-activedescendant={showList && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => {
          setOpen(true);
          // The search's code starts loading as the reader comes to the box, not at the first key.
          void loadSiteSearch();
        }}
        onBlur={(event) => {
          if (!event.currentTarget.form?.contains(event.relatedTarget as Node | null)) close();
        }}
        onKeyDown={onKeyDown}
      />
      <svg className={styles.searchIcon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
        <path d="m15.5 15.5 5 5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
      </svg>
      <kbd className={styles.shortcut} aria-hidden="true">
        /
      </kbd>
      <span id={hintId} className={styles.visuallyHidden}>
        <Translate id="search.bar.shortcut">Hurtigtast: skråstrek eller Ctrl+K.</Translate>
      </span>
      <ul
        id={listId}
        role="listbox"
        aria-label={translate({ id: 'search.bar.results', message: 'Søkeresultater' })}
        className={clsx(styles.suggestions, !showList && styles.hidden)}
      >
        {showList &&
          search.results.map((result, index) => (
            <li
              key={result.key}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className={styles.suggestion}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(index)}
            >
              <span className={styles.suggestionTitle}>{resultTitle(result)}</span>
              <ResultFacts result={result} />
              <ResultExcerpt result={result} />
            </li>
          ))}
        {showList && (
          <li
            id={optionId(options.length - 1)}
            role="option"
            aria-selected={activeIndex === options.length - 1}
            className={clsx(styles.suggestion, styles.seeAll)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(options.length - 1)}
          >
            {search.status === 'loading' && search.results.length === 0 ? (
              <Translate id="search.bar.loading">Søker …</Translate>
            ) : search.status === 'error' ? (
              <Translate id="search.bar.error">
                Søket virker ikke akkurat nå. Åpne søkesiden
              </Translate>
            ) : search.total === 0 ? (
              <Translate id="search.bar.none" values={{ query: query.trim() }}>
                {'Ingen treff for «{query}». Åpne søkesiden for tips'}
              </Translate>
            ) : (
              <Translate id="search.bar.all" values={{ count: search.total, query: query.trim() }}>
                {'Se alle {count} treff for «{query}»'}
              </Translate>
            )}
          </li>
        )}
      </ul>
      <div className={styles.visuallyHidden} role="status">
        {showList && search.status === 'done'
          ? translate({ id: 'search.bar.count', message: '{count} treff' }, { count: search.total })
          : ''}
      </div>
    </form>
  );
}
