import { DatabaseSetupError } from '../../lib/db/prepare';
import { EnvironmentError, SqliteOnlyError } from '../../lib/env';

/**
 * Runs a command-line script: a problem the user must fix prints its one-line message (no stack trace) and
 * exits with 1; anything unexpected prints the error with its stack.
 */
export function runScript(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof DatabaseSetupError || error instanceof SqliteOnlyError || error instanceof EnvironmentError) {
      console.error(`Error: ${error.message}`);
    } else {
      console.error(error instanceof Error ? `Error: ${error.message}\n${error.stack ?? ''}` : error);
    }
    process.exit(1);
  });
}
