/**
 * Numbers as people read them, without `Intl`: `toLocaleString` loads ICU's locale data on its
 * first call (~60 ms of a CLI run on this machine), and every figure we print is a whole number.
 */

/** A whole number with thousands separators, as `toLocaleString('en-US')` writes it ("12,000"; "-1,234"); rounds a fraction. */
export function grouped(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const r = Math.round(n);
  const digits = String(Math.abs(r));
  const body = digits.length > 21 || digits.includes('e') ? digits : digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return r < 0 ? `-${body}` : body;
}
