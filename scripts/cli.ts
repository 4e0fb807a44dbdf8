// Operator CLI: `npm run etalonas -- <command> [options]`. Each command is a module under
// scripts/cli/ listed in scripts/cli/commands.ts; this file only dispatches and reports.
import { COMMANDS } from "./cli/commands";
import { CliError } from "./cli/types";

function printHelp() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), "help".length);
  console.log("Usage: npm run etalonas -- <command> [options]\n\nCommands:");
  for (const c of COMMANDS) console.log(`  ${c.name.padEnd(width)}  ${c.summary}`);
  console.log(`  ${"help".padEnd(width)}  Show this list, or a command's options: help <command>`);
  console.log("\nThe database is DATABASE_URL (default data/etalonas.db).");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    const wanted = rest[0] && COMMANDS.find((c) => c.name === rest[0]);
    if (wanted) console.log((await wanted.load()).usage);
    else printHelp();
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    console.error(`Unknown command "${name}". Run "npm run etalonas -- help" for the list.`);
    return 1;
  }
  const command = await entry.load();
  if (rest.includes("--help") || rest.includes("-h")) {
    console.log(command.usage);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof CliError) {
      console.error(`Error: ${error.message}`);
      for (const line of error.details) console.error(`  ${line}`);
      return 1;
    }
    // parseArgs reports unknown or malformed options with this code.
    if (error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      console.error(`Error: ${error.message}\n\n${command.usage}`);
      return 1;
    }
    throw error;
  }
}

async function closeDatabase() {
  // Close the database if a command opened it, so the WAL is checkpointed.
  if (globalThis.__etalonasDb) (await import("../app/db.server")).closeDb();
}

main(process.argv.slice(2))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (process.env.ETALONAS_DEBUG ? error.stack : `Error: ${error.message}`) : error);
    return 1;
  })
  .then(async (code) => {
    await closeDatabase();
    process.exitCode = code;
  });
