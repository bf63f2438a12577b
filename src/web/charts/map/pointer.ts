import { useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { useLatest } from './hooks.ts';

/** A municipality under the pointer or focus; `capital`: its shape in the capital's box. */
export interface MapTarget {
  readonly code: string;
  readonly capital: boolean;
}

/** The municipality a DOM element draws (a path with `data-code`), or null. */
function targetOf(el: EventTarget | null): MapTarget | null {
  const code = el instanceof Element ? el.getAttribute('data-code') : null;
  return code && el instanceof Element ? { code, capital: el.hasAttribute('data-capital') } : null;
}

/**
 * The municipality under the pointer or keyboard focus, and the handlers that follow it, for
 * the group holding the shapes: Enter, Space or a click calls `onSelect`, Escape lets go.
 */
export function useMapPointer(onSelect: ((code: string) => void) | undefined) {
  const [active, setActive] = useState<MapTarget | null>(null);
  // The handler may be a new function each render; the memoised paths read it from here.
  const onSelectRef = useLatest(onSelect);
  const codeOf = (e: { target: EventTarget }): string | null => targetOf(e.target)?.code ?? null;
  const handlers = {
    onMouseOver: (e: MouseEvent) => setActive(targetOf(e.target)),
    onMouseLeave: () => setActive(targetOf(document.activeElement)),
    onFocus: (e: FocusEvent) => setActive(targetOf(e.target)),
    onBlur: () => setActive(null),
    onClick: (e: MouseEvent) => {
      const code = codeOf(e);
      if (code) onSelectRef.current?.(code);
    },
    onKeyDown: (e: KeyboardEvent) => {
      const code = codeOf(e);
      if (!code) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onSelectRef.current?.(code);
      } else if (e.key === 'Escape') setActive(null);
    },
  };
  return { active, handlers };
}

/** The event handlers of the shapes' group (from useMapPointer). */
export type MapHandlers = ReturnType<typeof useMapPointer>['handlers'];
