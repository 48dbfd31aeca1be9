/** Latency figures (milliseconds) from every response time recorded. */
export function percentile(sorted: Float64Array | number[], p: number): number | null {
  if (!sorted.length) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** A growable list of float latencies without boxing every number. */
export class LatencyRecorder {
  private values = new Float64Array(1 << 14);
  length = 0;

  add(value: number): void {
    if (this.length === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.length++] = value;
  }

  addAll(other: LatencyRecorder): void {
    for (let i = 0; i < other.length; i++) this.add(other.values[i]);
  }

  summary(): { p50: number | null; p95: number | null; p99: number | null; mean: number | null; max: number | null } {
    const sorted = this.values.slice(0, this.length).sort();
    const mean = this.length ? sorted.reduce((a, b) => a + b, 0) / this.length : null;
    return {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      mean,
      max: this.length ? sorted[this.length - 1] : null,
    };
  }
}

export function round(value: number | null, digits = 2): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
