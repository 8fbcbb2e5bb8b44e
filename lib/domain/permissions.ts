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

/** A person's standing for one exchange (ExchangeRepresentative), as the right-of-reply rules read it. */
export type Representation = { userId: string; exchangeId: string; status: "REQUESTED" | "APPROVED" | "REVOKED" };

/** Any active user may ask to speak for an exchange; the address check and an admin decide. */
export function canRequestRepresentation(actor: Actor | null): boolean {
  return isActive(actor);
}

/** Only admins approve or revoke representatives. */
export function canDecideRepresentation(actor: Actor | null): boolean {
  return isAdmin(actor);
}

/** An approved representative speaks for their own exchange only: the role is per exchange. */
export function canSpeakForExchange(actor: Actor | null, representation: Representation | null, exchangeId: string): boolean {
  return isActive(actor) && representation !== null && representation.userId === actor.id && representation.status === "APPROVED" && representation.exchangeId === exchangeId;
}

/** A representative replies under a live report about their exchange, never under their own. */
export function canReplyToReport(actor: Actor | null, representation: Representation | null, report: ReportOwnership & { exchangeId: string }): boolean {
  return canSpeakForExchange(actor, representation, report.exchangeId) && report.deletedAt === null && report.authorId !== actor?.id;
}

/** Moderators and admins accept or reject representatives' proposed official facts. */
export function canDecideProcedureProposal(actor: Actor | null): boolean {
  return isModerator(actor);
}
