import "server-only";
import { headers } from "next/headers";
import { readClientHeaders, type RequestClient } from "./client-headers";

/** Who sent the request being rendered, as scripts/serve.ts vouches for it (lib/security/client-headers.ts). */
export async function requestClient(): Promise<RequestClient> {
  return readClientHeaders(await headers(), process.env);
}
