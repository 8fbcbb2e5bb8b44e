import "server-only";
import { db } from "../../db";

/**
 * Ends every session of a user at once (database sessions, so the cookies stop working on the
 * next request). A step inside operations that have already checked who may do it: a ban, or a
 * user signing out everywhere.
 */
export async function endSessionsOf(userId: string): Promise<number> {
  const { count } = await db().session.deleteMany({ where: { userId } });
  return count;
}
