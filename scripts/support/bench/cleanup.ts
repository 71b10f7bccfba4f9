import { runScript } from '../run-script';

/**
 * What the bench started, to stop whatever happens: each step is undone in reverse order, a failing step does not
 * keep the others from running, and Ctrl-C runs them too before exiting.
 */
export class Cleanup {
  private readonly steps: { name: string; run: () => Promise<void> | void }[] = [];
  private ran = false;

  constructor() {
    const onSignal = (signal: NodeJS.Signals) => {
      console.error(`\n${signal}: stopping what the bench started...`);
      void this.runAll().finally(() => process.exit(130));
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }

  add(name: string, run: () => Promise<void> | void): void {
    this.steps.push({ name, run });
  }

  async runAll(): Promise<void> {
    if (this.ran) return;
    this.ran = true;
    for (const step of this.steps.reverse()) {
      try {
        await step.run();
      } catch (error) {
        console.error(`Could not stop ${step.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}

/** Runs a bench script: `bench` adds a step for everything it starts, and every step runs however the bench ends. */
export function runBench(bench: (cleanup: Cleanup) => Promise<void>): void {
  runScript(async () => {
    const cleanup = new Cleanup();
    try {
      await bench(cleanup);
    } finally {
      await cleanup.runAll();
    }
  });
}
