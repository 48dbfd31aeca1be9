/**
 * A progress bar on stderr: rows done / total, rows per second, ETA and the table
 * being written. Redrawn in place at most 4 times a second on a terminal; without
 * a terminal (CI logs) one plain line per 10 %.
 */

export interface ProgressStream {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

export const formatCount = (n: number): string => Math.round(n).toLocaleString('en-US');

export class ProgressBar {
  private lastDraw = 0;
  private lastDecile = -1;
  private drawn = false;
  private readonly startedAt = Date.now();

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly intervalMs = 250,
  ) {}

  update(done: number, label: string, force = false): void {
    const now = Date.now();
    if (this.stream.isTTY) {
      if (!force && now - this.lastDraw < this.intervalMs) return;
      this.lastDraw = now;
      this.stream.write(`\r${this.line(done, label, now)}\x1b[K`);
      this.drawn = true;
      return;
    }
    const decile = Math.floor((done / Math.max(1, this.total)) * 10);
    if (decile > this.lastDecile || force) {
      this.lastDecile = decile;
      this.stream.write(`${this.line(done, label, now)}\n`);
    }
  }

  /** Clears the bar, so the summary that follows starts on a clean line. */
  finish(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  private line(done: number, label: string, now: number): string {
    const fraction = Math.min(1, done / Math.max(1, this.total));
    const seconds = (now - this.startedAt) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 ? (this.total - done) / rate : Infinity;
    const width = 24;
    const filled = Math.round(fraction * width);
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
    return `${bar} ${(fraction * 100).toFixed(1).padStart(5)}%  ${formatCount(done)}/${formatCount(this.total)} rows  ${formatCount(rate)} rows/s  ETA ${formatDuration(eta)}  ${label}`;
  }
}
