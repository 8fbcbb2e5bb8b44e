import { Prisma } from "../generated/prisma/client";

/** A write lost a race to a unique index (Prisma's P2002): the row it meant to create exists. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
