const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number as Danish text for explanations: "." between thousands, "," before decimals,
 * at most `decimals` decimals; with `sign`, a "+" before positive numbers. "–" for a
 * missing number. Formatters are cached because explanations are built in loops.
 * @example formatNumberDa(-1234567.891, 2) // '-1.234.567,89'
 */
export function formatNumberDa(value: number | null, decimals = 0, sign = false): string {
  if (value === null || !Number.isFinite(value)) return '–';
  const key = `${decimals}:${sign}`;
  let f = formats.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat('da-DK', {
      maximumFractionDigits: decimals,
      minimumFractionDigits: decimals,
      signDisplay: sign ? 'exceptZero' : 'auto',
    });
    formats.set(key, f);
  }
  return f.format(value);
}
