// Seeded random draws for the bootstrap intervals (validity-stats.ts). Resampling N units with
// replacement is a multinomial draw of how many times each distinct unit pattern comes back;
// drawing those counts directly costs a few steps per pattern instead of one per unit (an
// interviewer with 14,000 co-rated units: 14 million draws per interval, seconds, became a
// few hundred).

/** A standard normal draw (Box-Muller). */
function gaussian(rand: () => number): number {
  const u = 1 - rand(); // (0, 1]: log(0) would be -Infinity
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/**
 * Successes in n trials of probability p. Exact while the variance is small: one trial at a
 * time for small n, else geometric jumps between successes (steps ~ the mean, under 25 here);
 * above a variance of 25 the normal approximation with continuity correction, whose error is
 * far below what a 95% percentile interval over 1,000 resamples can show.
 */
export function binomial(n: number, p: number, rand: () => number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(n, 1 - p, rand);
  const variance = n * p * (1 - p);
  if (variance >= 25) return Math.min(n, Math.max(0, Math.round(n * p + gaussian(rand) * Math.sqrt(variance))));
  if (n <= 64) {
    let k = 0;
    for (let i = 0; i < n; i++) if (rand() < p) k++;
    return k;
  }
  const logQ = Math.log1p(-p);
  let k = 0;
  let position = 0;
  for (;;) {
    position += Math.floor(Math.log(1 - rand()) / logQ) + 1;
    if (position > n) return k;
    k++;
  }
}

/** How many of n draws land on each outcome, outcome i having weight weights[i] (sequential binomials). */
export function multinomial(n: number, weights: readonly number[], rand: () => number): number[] {
  let left = n;
  let mass = weights.reduce((s, w) => s + w, 0);
  return weights.map((w, i) => {
    if (i === weights.length - 1) return left;
    const k = mass > 0 ? binomial(left, w / mass, rand) : 0;
    left -= k;
    mass -= w;
    return k;
  });
}
