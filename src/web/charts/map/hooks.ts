import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { topologyQuery } from '../../api/index.ts';

/** The municipal boundaries, fetched once per visit (they change only with an import). */
export function useMunicipalityTopology() {
  return useQuery(topologyQuery);
}

/** The map box's size, measured (its height follows from CSS: aspect ratio, at most `height`). */
export function useBoxSize() {
  // A callback ref: the box leaves the page while the table is shown and comes back after.
  const [el, setEl] = useState<HTMLDivElement | null>(null);
  const [size, setSize] = useState({ w: 0, h: 0 });
  useEffect(() => {
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const w = Math.floor(entry.contentRect.width);
      const h = Math.floor(entry.contentRect.height);
      setSize((s) => (s.w === w && s.h === h ? s : { w, h }));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return [setEl, size] as const;
}

/** Ids usable in url(#…): React's useId may contain colons. */
export function useSvgId(): string {
  return `dm${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/**
 * The latest value of a prop, read from a ref: a handler may be a new function each render,
 * and memoised markup reads it from here instead of being rebuilt.
 */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
