import "server-only";
import { publicOriginOf } from "../domain/seo/public-origin";
import { env } from "../env";

/** This server's public origin, without a trailing slash: see publicOriginOf. */
export function publicOrigin(): string {
  return publicOriginOf(env);
}
