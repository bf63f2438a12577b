import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useMunicipalities } from '../api/index.ts';
import { useI18n } from '../i18n/index.ts';
import type { matchMunicipalities } from './municipality-match.ts';
import './municipality-search.css';

type Matcher = typeof matchMunicipalities;

// The matcher uses the core's nameKey; importing the core pulls in more of it than the search
// needs, so it is loaded as its own chunk when a search box first appears, not with the app.
let matcher: Promise<Matcher> | undefined;
function loadMatcher(): Promise<Matcher> {
  matcher ??= import('./municipality-match.ts').then((m) => m.matchMunicipalities);
  return matcher;
}

/**
 * A search box for municipality names: the WAI-ARIA combobox pattern (list autocomplete with
 * the first match active). Arrow keys move through the matches, Enter chooses, Escape closes
 * (and clears when already closed); the number of matches is announced politely. Tolerant of
 * spellings (Aarhus/Århus, Høje-Taastrup/Høje Taastrup), abbreviations (Kbh., Frb) and typos
 * (Hedenstedt), names that start with the text first (matchMunicipalities).
 */
export function MunicipalitySearch({
  onSelect,
  label,
}: {
  readonly onSelect: (code: string) => void;
  readonly label?: string;
}) {
  const { t } = useI18n();
  const municipalities = useMunicipalities();
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (code: string) => `${id}-option-${code}`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);

  const [match, setMatch] = useState<{ fn: Matcher } | null>(null);
  useEffect(() => {
    let live = true;
    void loadMatcher().then((fn) => {
      if (live) setMatch({ fn });
    });
    return () => {
      live = false;
    };
  }, []);

  const matches = useMemo(
    () => match?.fn(query, municipalities.data ?? []) ?? [],
    [match, query, municipalities.data],
  );
  const ready = match !== null && !municipalities.isPending;
  const expanded = open && query.trim() !== '';
  const active = expanded ? matches[activeIndex] : undefined;

  useEffect(() => {
    if (!active) return;
    const el = document.getElementById(optionId(active.code));
    el?.scrollIntoView({ block: 'nearest' });
    // optionId is derived from the stable useId.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  const choose = (code: string, name: string) => {
    setQuery(name);
    setOpen(false);
    setActiveIndex(-1);
    onSelect(code);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = matches.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) setOpen(true);
        if (n > 0) setActiveIndex((i) => (e.altKey ? Math.max(i, 0) : (i + 1) % n));
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!open) setOpen(true);
        if (n > 0) setActiveIndex((i) => (i <= 0 ? n - 1 : i - 1));
        break;
      case 'Enter':
        if (active) {
          e.preventDefault();
          choose(active.code, active.name);
        }
        break;
      case 'Escape':
        if (expanded) {
          e.preventDefault();
          setOpen(false);
          setActiveIndex(-1);
        } else if (query !== '') {
          e.preventDefault();
          setQuery('');
        }
        break;
      default:
        break;
    }
  };

  const status =
    query.trim() === '' || !ready
      ? ''
      : matches.length === 0
        ? t.common.search.noMatch
        : t.common.search.results(matches.length);

  return (
    <div className="municipality-search">
      <label htmlFor={`${id}-input`}>{label ?? t.common.search.label}</label>
      <div className="municipality-search-box">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={active ? optionId(active.code) : undefined}
          placeholder={t.common.search.placeholder}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            // The first match is active, so Enter chooses it.
            setActiveIndex(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => {
            if (query.trim() !== '') setOpen(true);
          }}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={label ?? t.common.search.label}
          className="municipality-search-list"
          hidden={!expanded || matches.length === 0}
        >
          {expanded
            ? matches.map((m, i) => (
                <li
                  key={m.code}
                  id={optionId(m.code)}
                  role="option"
                  aria-selected={i === activeIndex}
                  className={i === activeIndex ? 'active' : undefined}
                  // mousedown, not click: the input keeps focus, so blur does not close first.
                  onMouseDown={(e) => {
                    e.preventDefault();
                    choose(m.code, m.name);
                  }}
                  onMouseMove={() => setActiveIndex(i)}
                >
                  {m.name}
                </li>
              ))
            : null}
        </ul>
        {expanded && matches.length === 0 && ready ? (
          <p className="municipality-search-empty" aria-hidden="true">
            {t.common.search.noMatch}
          </p>
        ) : null}
      </div>
      <div className="visually-hidden" role="status" aria-live="polite">
        {status}
      </div>
    </div>
  );
}
