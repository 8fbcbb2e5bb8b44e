import type { DefaultSession } from "next-auth";
import type { Role } from "../domain/permissions";

// What our adapter's users and our sessions carry beyond Auth.js's defaults. Session fields are
// strings because auth() hands the session over as JSON.

declare module "@auth/core/adapters" {
  interface AdapterUser {
    displayName: string | null;
    role: Role;
    bannedAt: Date | null;
    createdAt: Date;
  }
}

declare module "next-auth" {
  interface Session {
    user: {
      id: string;
      displayName: string | null;
      role: Role;
      /** ISO 8601, or null while not banned. */
      bannedAt: string | null;
      /** ISO 8601. */
      createdAt: string;
    } & DefaultSession["user"];
  }
}
