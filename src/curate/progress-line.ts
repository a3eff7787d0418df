/**
 * A live progress line for long commands on a terminal, on stderr: "412/1,000 documents,
 * 3.1 of 7.5 MB, 2.4 MB/s, about 2 s left", redrawn at most ten times a second. Lines the
 * command prints meanwhile go above it. When stderr is not a terminal it draws nothing, and the
 * command's own lines and summary are the whole output.
 */
export interface Counts {
  done: number;
  total: number;
  bytes: number;
  totalBytes: number;
}

const REDRAW_MS = 100;

export class ProgressLine {
  private readonly started = performance.now();
  private drawn = false;
  private last = 0;
  private counts?: Counts;
  /** When the first document was done: the rate is measured from there, not from the command's start. */
  private first?: { at: number; bytes: number };

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

  /** New counts; redraws the line if it is time. */
  update(counts: Counts): void {
    this.first ??= { at: performance.now(), bytes: counts.bytes };
    this.counts = counts;
    const now = performance.now();
    if (!this.stream.isTTY || (now - this.last < REDRAW_MS && counts.done < counts.total)) return;
    this.last = now;
    this.stream.write(`\r\x1b[K${this.describe()}`);
    this.drawn = true;
  }

  /** Writes a line of output above the progress line. */
  print(line: string): void {
    this.clear();
    this.stream.write(`${line}\n`);
    if (this.counts && this.stream.isTTY) {
      this.stream.write(this.describe());
      this.drawn = true;
    }
  }

  /** Removes the line: the command's summary takes its place. */
  clear(): void {
    if (this.drawn) this.stream.write("\r\x1b[K");
    this.drawn = false;
  }

  /** "1,000 documents (7.5 MB) in 3.1 s, 2.4 MB/s" */
  summary(): string {
    const { done = 0, bytes = 0 } = this.counts ?? {};
    const seconds = this.seconds();
    return `${done.toLocaleString("en")} ${done === 1 ? "document" : "documents"} (${mb(bytes)} MB) in ${seconds.toFixed(1)} s, ${mb(bytes / Math.max(seconds, 1e-3))} MB/s`;
  }

  private seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  /** "412/1,000 documents, 3.1 of 7.5 MB, 2.4 MB/s, about 2 s left" (rate and time left once two documents are done). */
  private describe(): string {
    const { done, total, bytes, totalBytes } = this.counts!;
    const seconds = (performance.now() - this.first!.at) / 1000;
    const rate = done > 1 && seconds > 0 ? (bytes - this.first!.bytes) / seconds : undefined;
    const speed = rate === undefined ? "" : `, ${mb(rate)} MB/s${rate > 0 ? `, about ${Math.ceil((totalBytes - bytes) / rate)} s left` : ""}`;
    return `${done.toLocaleString("en")}/${total.toLocaleString("en")} documents, ${mb(bytes)} of ${mb(totalBytes)} MB${speed}`;
  }
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(bytes < 1e6 ? 2 : 1);
}
