import type { SessionDocument } from '../../api/index.ts';
import { priceLevelText, type PriceLevelLike } from '../../format/index.ts';
import type { I18n } from '../../i18n/index.ts';

/**
 * An amount in kroner with its price level (DESIGN.md §3.4b): millions from one million on,
 * else whole kroner. "2,0 mio. kr., løbende priser" / "DKK 2.0m, 2024 prices".
 * @example amountText(i18n, 2e6, { basis: 'current', year: null }) // "2,0 mio. kr., løbende priser"
 */
export function amountText(
  { f, t, locale }: Pick<I18n, 'f' | 't' | 'locale'>,
  amount: number | null | undefined,
  prices: PriceLevelLike,
): string {
  const text =
    amount !== null && amount !== undefined && Math.abs(amount) >= 1e6
      ? f.mkr(amount)
      : f.kr(amount);
  return t.initiatives.amount(text, priceLevelText(locale, prices));
}

/** Kroner without the price level (in a table whose caption names it). */
export function krText({ f }: Pick<I18n, 'f'>, amount: number | null | undefined): string {
  return amount !== null && amount !== undefined && Math.abs(amount) >= 1e6
    ? f.mkr(amount)
    : f.kr(amount);
}

/** The municipalities a logged-in municipality editor may register initiatives for (none else). */
export function editorMunicipalities(session: SessionDocument | undefined): readonly string[] {
  if (!session?.loggedIn || session.user.role !== 'municipality-editor') return [];
  return session.user.municipalities;
}
