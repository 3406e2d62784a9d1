/** A one-line progress counter on stderr, drawn only when stderr is a terminal. */
export class Progress {
  private readonly enabled: boolean;
  private last = 0;

  constructor(private readonly label: string) {
    this.enabled = Boolean(process.stderr.isTTY);
  }

  tick(done: number, total?: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    const of = total ? `/${total}` : '';
    process.stderr.write(`\r${this.label} ${done}${of}`);
  }

  done(): void {
    if (this.enabled) process.stderr.write('\r\x1b[K');
  }
}
