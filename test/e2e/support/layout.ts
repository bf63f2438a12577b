import type { Page } from 'playwright-core';

/**
 * Everything on the page that is wider than its place, one line each, empty when none:
 * - the page scrolls sideways (the document is wider than the window);
 * - a table is wider than its parent or reaches past the window, and is not inside a
 *   container that scrolls sideways and is marked as such (role="region", tabindex="0" and an
 *   accessible label, as DataTable's and the kommune page's .table-scroll are);
 * - a column is cut off: a cell's content is wider than the cell (it spills over or is
 *   clipped), or a cell outside such a scroll container reaches past the window.
 * Hidden tables (closed <details>, display: none) are not looked at.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  // A transpiler that keeps function names wraps the helpers below in __name(); give the page one.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const slack = 1;
    if (document.documentElement.scrollWidth > width + slack)
      problems.push(`the page is ${document.documentElement.scrollWidth} px wide in ${width} px`);

    const describe = (t: HTMLTableElement): string => {
      const caption = t.caption?.textContent?.trim().slice(0, 60);
      const cls = t.className || t.parentElement?.className || '';
      return caption ? `table "${caption}"` : `table.${String(cls).replace(/\s+/g, '.')}`;
    };
    /** The nearest ancestor that scrolls sideways, or null. */
    const scroller = (e: Element): HTMLElement | null => {
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
        const o = getComputedStyle(a).overflowX;
        if (o === 'auto' || o === 'scroll') return a;
        if (o === 'hidden' || o === 'clip') return a;
      }
      return null;
    };
    const marked = (s: HTMLElement): boolean => {
      const o = getComputedStyle(s).overflowX;
      const label = s.getAttribute('aria-label') ?? s.getAttribute('aria-labelledby') ?? '';
      return (
        (o === 'auto' || o === 'scroll') &&
        s.getAttribute('role') === 'region' &&
        s.tabIndex === 0 &&
        label.trim() !== ''
      );
    };
    /** Shown to the eye: not display: none, not invisible, not clipped away (visually-hidden). */
    const visible = (e: Element): boolean => {
      const r = e.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1 || getComputedStyle(e).visibility === 'hidden')
        return false;
      for (let a: Element | null = e; a && a !== document.body; a = a.parentElement) {
        const st = getComputedStyle(a);
        if (st.clip !== 'auto' || st.clipPath !== 'none') return false;
        const ar = a.getBoundingClientRect();
        if ((ar.width <= 1 || ar.height <= 1) && st.overflow !== 'visible') return false;
      }
      return true;
    };

    for (const table of Array.from(document.querySelectorAll('table'))) {
      if (!visible(table)) continue;
      const name = describe(table);
      const rect = table.getBoundingClientRect();
      const parent = table.parentElement;
      if (!parent) continue;
      const s = scroller(table);
      const inMarked = s !== null && marked(s);
      const parentRect = parent.getBoundingClientRect();
      const tooWide = rect.width > parentRect.width + slack || rect.right > width + slack;
      if (tooWide && !inMarked)
        problems.push(
          `${name} is ${Math.round(rect.width)} px wide in ${Math.round(parentRect.width)} px` +
            (s ? ` inside an unmarked ${getComputedStyle(s).overflowX} container` : ''),
        );
      for (const cell of Array.from(table.querySelectorAll<HTMLElement>('th, td'))) {
        if (!visible(cell)) continue;
        const header = cell.closest('table')?.querySelector('thead tr');
        const col = Array.from(cell.parentElement?.children ?? []).indexOf(cell);
        const colName = header?.children[col]?.textContent?.trim().slice(0, 30) ?? String(col);
        if (cell.scrollWidth > cell.clientWidth + slack)
          problems.push(
            `${name}: column "${colName}" is cut off (${cell.scrollWidth} px of content in ` +
              `${cell.clientWidth} px: "${(cell.textContent ?? '').trim().slice(0, 40)}")`,
          );
        else if (!inMarked && cell.getBoundingClientRect().right > width + slack)
          problems.push(`${name}: column "${colName}" reaches past the window`);
      }
    }
    return [...new Set(problems)];
  });
}
