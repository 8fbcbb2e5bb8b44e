-- CreateEnum
CREATE TYPE "RepresentativeStatus" AS ENUM ('REQUESTED', 'APPROVED', 'REVOKED');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "RepresentativeActionKind" AS ENUM ('REQUESTED', 'APPROVED', 'REVOKED', 'RESPONSE_POSTED', 'RESPONSE_EDITED', 'REPLY_POSTED', 'PROPOSAL_SUBMITTED', 'PROPOSAL_ACCEPTED', 'PROPOSAL_REJECTED');

-- CreateTable
CREATE TABLE "ExchangeRepresentative" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "exchangeId" TEXT NOT NULL,
    "status" "RepresentativeStatus" NOT NULL DEFAULT 'REQUESTED',
    "roleTitle" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExchangeRepresentative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeResponse" (
    "id" TEXT NOT NULL,
    "exchangeId" TEXT NOT NULL,
    "representativeId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "textLanguage" TEXT NOT NULL,
    "translationLanguage" TEXT,
    "textTranslation" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExchangeResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportReply" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "representativeId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "textLanguage" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficialProcedureProposal" (
    "id" TEXT NOT NULL,
    "exchangeId" TEXT NOT NULL,
    "representativeId" TEXT NOT NULL,
    "fact" JSONB NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'PENDING',
    "factId" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficialProcedureProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RepresentativeAction" (
    "id" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "kind" "RepresentativeActionKind" NOT NULL,
    "exchangeId" TEXT NOT NULL,
    "representativeId" TEXT,
    "subjectId" TEXT,
    "details" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RepresentativeAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExchangeRepresentative_status_createdAt_idx" ON "ExchangeRepresentative"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeRepresentative_userId_exchangeId_key" ON "ExchangeRepresentative"("userId", "exchangeId");

-- CreateIndex
CREATE INDEX "ExchangeResponse_exchangeId_createdAt_idx" ON "ExchangeResponse"("exchangeId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReportReply_reportId_key" ON "ReportReply"("reportId");

-- CreateIndex
CREATE INDEX "OfficialProcedureProposal_status_createdAt_idx" ON "OfficialProcedureProposal"("status", "createdAt");

-- CreateIndex
CREATE INDEX "RepresentativeAction_createdAt_idx" ON "RepresentativeAction"("createdAt");

-- CreateIndex
CREATE INDEX "RepresentativeAction_exchangeId_createdAt_idx" ON "RepresentativeAction"("exchangeId", "createdAt");

-- AddForeignKey
ALTER TABLE "ExchangeRepresentative" ADD CONSTRAINT "ExchangeRepresentative_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeRepresentative" ADD CONSTRAINT "ExchangeRepresentative_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeRepresentative" ADD CONSTRAINT "ExchangeRepresentative_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeResponse" ADD CONSTRAINT "ExchangeResponse_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeResponse" ADD CONSTRAINT "ExchangeResponse_representativeId_fkey" FOREIGN KEY ("representativeId") REFERENCES "ExchangeRepresentative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportReply" ADD CONSTRAINT "ReportReply_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportReply" ADD CONSTRAINT "ReportReply_representativeId_fkey" FOREIGN KEY ("representativeId") REFERENCES "ExchangeRepresentative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficialProcedureProposal" ADD CONSTRAINT "OfficialProcedureProposal_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficialProcedureProposal" ADD CONSTRAINT "OfficialProcedureProposal_representativeId_fkey" FOREIGN KEY ("representativeId") REFERENCES "ExchangeRepresentative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepresentativeAction" ADD CONSTRAINT "RepresentativeAction_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
