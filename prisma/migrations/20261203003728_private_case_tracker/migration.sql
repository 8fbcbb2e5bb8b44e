-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('OPEN', 'RESOLVED', 'REJECTED', 'GAVE_UP');

-- CreateTable
CREATE TABLE "RecoveryCase" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "exchangeId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'OPEN',
    "closedAt" TIMESTAMP(3),
    "lockoutCause" "LockoutCause",
    "contactChannel" "ContactChannel",
    "inquiryLanguage" TEXT,
    "ticketReference" TEXT,
    "notes" TEXT,
    "remindersEnabled" BOOLEAN NOT NULL DEFAULT false,
    "followUpDueAt" TIMESTAMP(3),
    "reminderToken" TEXT NOT NULL,
    "publishedReportId" TEXT,

    CONSTRAINT "RecoveryCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "kind" "TimelineEventKind" NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "precision" "TimePrecision" NOT NULL DEFAULT 'DAY',
    "language" TEXT,
    "note" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseReminder" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RecoveryCase_reminderToken_key" ON "RecoveryCase"("reminderToken");

-- CreateIndex
CREATE UNIQUE INDEX "RecoveryCase_publishedReportId_key" ON "RecoveryCase"("publishedReportId");

-- CreateIndex
CREATE INDEX "RecoveryCase_ownerId_createdAt_idx" ON "RecoveryCase"("ownerId", "createdAt");

-- CreateIndex
CREATE INDEX "RecoveryCase_remindersEnabled_followUpDueAt_idx" ON "RecoveryCase"("remindersEnabled", "followUpDueAt");

-- CreateIndex
CREATE INDEX "CaseEvent_caseId_occurredAt_position_idx" ON "CaseEvent"("caseId", "occurredAt", "position");

-- CreateIndex
CREATE UNIQUE INDEX "CaseReminder_caseId_dueAt_key" ON "CaseReminder"("caseId", "dueAt");

-- AddForeignKey
ALTER TABLE "RecoveryCase" ADD CONSTRAINT "RecoveryCase_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryCase" ADD CONSTRAINT "RecoveryCase_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "RecoveryCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReminder" ADD CONSTRAINT "CaseReminder_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "RecoveryCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;
