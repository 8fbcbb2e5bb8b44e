// Who may do what. Every mutation in lib/data asks these before it writes; the UI asks them
// only to decide what to show. Pure, so the whole matrix is unit-tested without a database.

export type Role = "USER" | "MODERATOR" | "ADMIN";

export type Actor = {
  id: string;
  role: Role;
  bannedAt: Date | null;
  createdAt: Date;
};

export type ReportOwnership = { authorId: string; deletedAt: Date | null };

export function isActive(actor: Actor | null): actor is Actor {
  return actor !== null && actor.bannedAt === null;
}

export function isModerator(actor: Actor | null): actor is Actor {
  return isActive(actor) && (actor.role === "MODERATOR" || actor.role === "ADMIN");
}

export function isAdmin(actor: Actor | null): actor is Actor {
  return isActive(actor) && actor.role === "ADMIN";
}

export function canCreateReport(actor: Actor | null): boolean {
  return isActive(actor);
}

/** Authors edit, update and delete their own reports; moderators act through moderation instead. */
export function canEditReport(actor: Actor | null, report: ReportOwnership): boolean {
  return isActive(actor) && report.deletedAt === null && report.authorId === actor.id;
}

export const canDeleteReport = canEditReport;

export function canVote(actor: Actor | null, report: ReportOwnership): boolean {
  return isActive(actor) && report.deletedAt === null && report.authorId !== actor.id;
}

export function canFlag(actor: Actor | null, report: ReportOwnership): boolean {
  return isActive(actor) && report.deletedAt === null && report.authorId !== actor.id;
}

export function canModerate(actor: Actor | null): boolean {
  return isModerator(actor);
}

/** Only admins change roles or ban; nobody bans or demotes themselves. */
export function canManageUser(actor: Actor | null, targetUserId: string): boolean {
  return isAdmin(actor) && actor.id !== targetUserId;
}

/** Moderators and admins keep the exchanges' official procedures (sourced facts) up to date. */
export function canEditOfficialProcedure(actor: Actor | null): boolean {
  return isModerator(actor);
}
