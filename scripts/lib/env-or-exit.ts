import { existsSync } from "node:fs";
import { EnvError, parseEnv, type Env } from "../../lib/config/env-schema";

/** Reads .env if there is one, parses the environment, and on a problem prints it and exits. */
export function parseEnvOrExit(): Env {
  if (existsSync(".env")) process.loadEnvFile(".env");
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      console.error("See .env.example for every variable and what it expects.");
      process.exit(1);
    }
    throw error;
  }
}
