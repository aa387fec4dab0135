import type { DialogCode } from './renderer';

/**
 * A {@link DialogCode} a test steers: `hold()` keeps every load waiting until `release()` (the
 * code is "still on its way", for as long as the test needs, whatever the machine's speed), and
 * `fail = true` makes loads fail like a chunk removed by a deploy.
 */
export class ControlledDialogCode implements DialogCode {
  loads = 0;
  /** Loads that were asked for (whether they completed, failed or are still held). */
  requests = 0;
  fail = false;
  private gate: Promise<void> | null = null;
  private open: () => void = () => {};

  /** From now on, loads wait until {@link release}. */
  hold(): void {
    this.gate ??= new Promise<void>((resolve) => {
      this.open = resolve;
    });
  }

  /** Lets held loads (and later ones) through. */
  release(): void {
    this.open();
    this.gate = null;
  }

  async load<T>(original: () => Promise<T>): Promise<T> {
    this.requests++;
    if (this.gate) await this.gate;
    if (this.fail) throw new Error('Failed to fetch dynamically imported module');
    const module = await original();
    this.loads++;
    return module;
  }
}
