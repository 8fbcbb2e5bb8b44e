import "server-only";
import { parseEnv } from "./config/env-schema";

// The server's view of the environment, parsed once. `npm start` has already checked it and
// filled in DATABASE_URL for the embedded database, so a failure here means a hand-run server.
export const env = parseEnv(process.env);
