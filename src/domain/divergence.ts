/**
 * Leik's ordinal dispersion (R. K. Leik, "A measure of ordinal consensus", Pacific Sociological Review 9(2), 1966):
 * for k ordered categories with proportions p_1..p_k and cumulative proportions F_i = p_1 + ... + p_i,
 *
 *   D = 2 / (k - 1) * sum_{i=1}^{k-1} min(F_i, 1 - F_i)
 *
 * D is 0 when every observation is in one category and 1 when half are in the lowest and half in the highest
 * (maximal polarisation). Unlike entropy it respects the order of the categories: a NONE/HIGH split counts as more
 * disagreement than a NONE/MODERATE split.
 *
 * `counts` are the frequencies in category order (for impacts: NONE, MODERATE, HIGH). Returns null when there are no
 * observations (nothing to compare) and 0 for a single one. Rounded to 4 decimals so that equal distributions compare
 * equal (no floating-point noise in the ranking).
 */
export function leikDispersion(counts: readonly number[]): number | null {
  if (counts.length < 2) throw new RangeError("Leik's D needs at least two ordered categories.");
  if (counts.some((c) => !Number.isInteger(c) || c < 0)) throw new RangeError("Counts must be non-negative integers.");
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  let cumulative = 0;
  let sum = 0;
  for (let i = 0; i < counts.length - 1; i++) {
    cumulative += counts[i];
    const f = cumulative / n;
    sum += Math.min(f, 1 - f);
  }
  return Math.round(((2 * sum) / (counts.length - 1)) * 10_000) / 10_000;
}

/** Orders summary rows most divergent first: divergence descending (null last), then more rated first, then `order`. */
export function compareByDivergence(
  a: { divergence: number | null; ratedCount: number; order: number },
  b: { divergence: number | null; ratedCount: number; order: number },
): number {
  const da = a.divergence ?? -1;
  const db = b.divergence ?? -1;
  if (da !== db) return db - da;
  if (a.ratedCount !== b.ratedCount) return b.ratedCount - a.ratedCount;
  return a.order - b.order;
}
