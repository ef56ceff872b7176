/** Where a command-line tool writes, so tests can capture its lines. */
export interface CliOutput {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export const CONSOLE: CliOutput = { out: (line) => console.log(line), err: (line) => console.error(line) };
