import { CommanderError } from "commander";
import { describeError, EXIT } from "./errors.js";
import { langFromArgs, say, setLang } from "./i18n.js";
import { buildProgram } from "./program.js";

/**
 * The `tonghop` command. Whatever goes wrong ends in a message that names the file and says what
 * to do, and exit code 2; never a stack trace.
 */
async function main(argv: readonly string[]): Promise<number> {
  setLang(langFromArgs(argv.slice(2), process.env));
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return program.exitCodeOfRun ?? EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; commander already printed them.
      if (
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        error.exitCode === 0
      ) {
        return EXIT.ok;
      }
      return EXIT.cannotRun;
    }
    process.stderr.write(`tonghop: ${describeError(error)}\n`);
    return EXIT.cannotRun;
  }
}

function unexpected(error: unknown): void {
  process.stderr.write(
    `tonghop: ${say({ vi: "lỗi không mong đợi", en: "unexpected error" })}: ${describeError(error)}\n`,
  );
  process.exit(EXIT.cannotRun);
}
process.on("uncaughtException", unexpected);
process.on("unhandledRejection", unexpected);

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`tonghop: ${describeError(error)}\n`);
    process.exitCode = EXIT.cannotRun;
  },
);
