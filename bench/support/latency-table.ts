/** Nearest-rank percentile of ascending samples. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface LatencyRow {
  label: string;
  millis: number[];
  /** Mean number of matches (the `total` of each search), when it means something. */
  meanHits?: number;
}

const fixed = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : '-');

/** A plain-text table: label, count, p50, p95, p99, max (ms) and mean hits. */
export function latencyTable(rows: LatencyRow[]): string {
  const header = ['', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'mean hits'];
  const body = rows.map(({ label, millis, meanHits }) => {
    const sorted = [...millis].sort((a, b) => a - b);
    const cells = [50, 95, 99, 100].map((p) => fixed(percentile(sorted, p)));
    return [label, String(millis.length), ...cells, meanHits === undefined ? '' : Math.round(meanHits).toLocaleString('en-US')];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

export function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
