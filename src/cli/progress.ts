/** A one-line progress bar on a terminal stream; silent when the stream is not a TTY. */
export class ProgressBar {
  private last = 0;
  private shown = false;
  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled = true,
  ) {}

  update(done: number, total: number, label: string): void {
    if (!this.enabled || !this.stream.isTTY || total < 2) return;
    const now = Date.now();
    if (done < total && now - this.last < 80) return;
    this.last = now;
    const width = 30;
    const filled = Math.round((done / total) * width);
    const name = label.length > 40 ? '…' + label.slice(-39) : label;
    this.stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${name}`.padEnd(this.stream.columns ?? 100) + '');
    this.shown = true;
  }

  done(): void {
    if (this.shown) this.stream.write('\n');
    this.shown = false;
  }
}
