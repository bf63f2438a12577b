import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useSearch } from 'wouter';
import { formatOpenThemes, OPEN_PARAM, parseOpenThemes } from './open-themes.ts';

/** The open themes and the ways to change them; each change is a history entry. */
export interface OpenThemes {
  readonly open: ReadonlySet<string>;
  /** Opens or closes one theme. */
  readonly toggle: (theme: string) => void;
  /** Opens every theme, or closes every theme. */
  readonly setAll: (open: boolean) => void;
  /** The address with a theme open (others as they are) and the page at `hash`. */
  readonly hrefWith: (theme: string | null, hash: string) => string;
  /** Goes to `hrefWith(theme, hash)` and brings the element with id `hash` into view. */
  readonly goTo: (theme: string | null, hash: string) => void;
}

/**
 * Which themes of the package are shown in full, kept in the URL (`?open=…`): shareable, kept
 * through a reload, and each change pushed to the history, so the back button closes again.
 * The rest of the query is left as it is.
 */
export function useOpenThemes(themes: readonly string[]): OpenThemes {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const params = new URLSearchParams(search);
  const open = parseOpenThemes(params.get(OPEN_PARAM), themes);
  const key = themes.join(',');

  const address = useCallback(
    (next: ReadonlySet<string>, hash = '') => {
      const query = new URLSearchParams(search);
      const value = formatOpenThemes(next, themes);
      if (value) query.set(OPEN_PARAM, value);
      else query.delete(OPEN_PARAM);
      const q = query.toString();
      return `${location}${q ? `?${q}` : ''}${hash ? `#${hash}` : ''}`;
    },
    // themes is read through its key: a new array with the same themes is the same choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [search, location, key],
  );
  const toggle = useCallback(
    (theme: string) => {
      const next = new Set(open);
      if (!next.delete(theme)) next.add(theme);
      navigate(address(next));
    },
    [open, address, navigate],
  );
  const setAll = useCallback(
    (all: boolean) => navigate(address(all ? new Set(themes) : new Set())),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [address, navigate, key],
  );
  const hrefWith = (theme: string | null, hash: string) => {
    const next = new Set(open);
    if (theme !== null) next.add(theme);
    return address(next, hash);
  };
  // A link's target (or the hash of a shared or reloaded address) is brought into view once
  // it is on the page: the package arrives after the browser's own jump to the hash.
  const pending = useRef<string | null>(
    typeof window === 'undefined' ? null : window.location.hash.slice(1) || null,
  );
  const reveal = useCallback(() => {
    const id = pending.current;
    if (!id) return;
    const el = document.getElementById(decodeURIComponent(id));
    // Not yet there, or still in a closed theme's hidden rows: tried again after the next render.
    if (!el || el.getClientRects().length === 0) return;
    pending.current = null;
    el.scrollIntoView({ block: 'center' });
    if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
  }, []);
  const goTo = (theme: string | null, hash: string) => {
    pending.current = hash;
    navigate(hrefWith(theme, hash));
    // Already on the page (a theme that was open): no render follows a change of hash alone.
    reveal();
  };

  useEffect(() => {
    reveal();
  });

  return { open, toggle, setAll, hrefWith, goTo };
}
