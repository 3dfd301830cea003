// Periods as the server writes them (2022, 2022-H1, 2018-Q1, 2022-06), as month ranges for sorting and charts.
export function months(period) {
  const m = /^(\d{4})(?:-(H[12]|Q[1-4]|\d{2}))?$/.exec(period);
  if (!m) return [0, 0];
  const base = Number(m[1]) * 12;
  const part = m[2];
  if (!part) return [base, base + 11];
  if (part[0] === 'H') { const h = Number(part[1]) - 1; return [base + h * 6, base + h * 6 + 5]; }
  if (part[0] === 'Q') { const q = Number(part[1]) - 1; return [base + q * 3, base + q * 3 + 2]; }
  return [base + Number(part) - 1, base + Number(part) - 1];
}

export function byPeriod(a, b) {
  const [a0, a1] = months(a), [b0, b1] = months(b);
  return a0 - b0 || a1 - b1;
}

/** True when {@code inner} lies within {@code outer} (a quarter within its year). */
export function within(inner, outer) {
  const [i0, i1] = months(inner), [o0, o1] = months(outer);
  return i0 >= o0 && i1 <= o1;
}
