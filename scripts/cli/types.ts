// The contract between the dispatcher (scripts/cli.ts) and one command module.

/** What a command module exports. `run` returns the process exit code. */
export type CommandModule = {
  /** One or more lines shown by `help <command>` and after a usage error. */
  usage: string;
  run: (argv: string[]) => Promise<number>;
};

/** A row of the command table: loaded only when the command runs, so `help` starts fast. */
export type CommandEntry = {
  name: string;
  summary: string;
  load: () => Promise<CommandModule>;
};

/** An error meant for the operator: printed as is, without a stack trace; exit code 1. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}
