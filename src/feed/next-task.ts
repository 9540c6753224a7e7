/** One turn of the event loop, by message: not a timer, so it is neither throttled in a background tab nor faked with timers. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Work written in steps: a generator that pauses (`yield`) where a page may draw and answer input. */
export type Steps<T> = Generator<void, T, void>;

/** The result of work written in steps, all its steps at once. */
export function finishSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Work on the main thread in tasks of about `sliceMs`: `breathe()` waits for `pause()` (a new task)
 * once the work since the last pause took a slice, so the page draws and answers input between.
 * One for all the steps of one piece of work (a schedule's import, then its validation), so a slice
 * is counted across them.
 */
export class Slices {
  private since = performance.now();

  constructor(
    private readonly sliceMs = 40,
    private readonly pause: () => Promise<void> = nextTask,
  ) {}

  async breathe(): Promise<void> {
    if (performance.now() - this.since < this.sliceMs) return;
    await this.pause();
    this.since = performance.now();
  }

  /** The result of `steps`, breathing after each step. */
  async finish<T>(steps: Generator<void, T>): Promise<T> {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await this.breathe();
    }
  }
}
