-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'MODERATOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "ExchangeStatus" AS ENUM ('OPERATING', 'CLOSED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "LockoutCause" AS ENUM ('DEVICE_RESET', 'LOST_OR_BROKEN_PHONE', 'APP_DELETED', 'SIM_CHANGE', 'OTHER');

-- CreateEnum
CREATE TYPE "ContactChannel" AS ENUM ('WEB_FORM', 'EMAIL', 'CHAT', 'PHONE', 'IN_APP');

-- CreateEnum
CREATE TYPE "Outcome" AS ENUM ('RESOLVED', 'REJECTED', 'STILL_WAITING', 'GAVE_UP');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('PUBLISHED', 'PENDING_REVIEW', 'HIDDEN');

-- CreateEnum
CREATE TYPE "TimelineEventKind" AS ENUM ('CONTACTED', 'AUTO_ACKNOWLEDGEMENT', 'HUMAN_REPLY', 'INFO_REQUESTED', 'INFO_SENT', 'FOLLOW_UP_SENT', 'RESOLVED', 'REJECTED', 'RESOLVED_SILENTLY');

-- CreateEnum
CREATE TYPE "TimePrecision" AS ENUM ('DAY', 'MINUTE');

-- CreateEnum
CREATE TYPE "VoteValue" AS ENUM ('HELPFUL', 'NOT_HELPFUL');

-- CreateEnum
CREATE TYPE "FlagReason" AS ENUM ('SCAM_CONTACT', 'PERSONAL_DATA', 'SPAM', 'INACCURATE', 'OTHER');

-- CreateEnum
CREATE TYPE "FlagStatus" AS ENUM ('OPEN', 'UPHELD', 'DISMISSED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "displayName" TEXT,
    "role" "Role" NOT NULL DEFAULT 'USER',
    "bannedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("provider","providerAccountId")
);

-- CreateTable
CREATE TABLE "Session" (
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VerificationToken_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateTable
CREATE TABLE "Exchange" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "aliases" TEXT[],
    "country" TEXT,
    "website" TEXT,
    "officialDomains" TEXT[],
    "supportUrl" TEXT,
    "status" "ExchangeStatus" NOT NULL DEFAULT 'UNKNOWN',
    "notesEn" TEXT,
    "notesJa" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Exchange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "exchangeId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "incidentMonth" DATE NOT NULL,
    "lockoutCause" "LockoutCause" NOT NULL,
    "lockoutDetail" TEXT,
    "hadBackupCodes" BOOLEAN,
    "verificationLevel" TEXT,
    "contactChannel" "ContactChannel" NOT NULL,
    "contactPath" TEXT NOT NULL,
    "inquiryLanguage" TEXT NOT NULL,
    "replyLanguages" TEXT[],
    "textLanguage" TEXT NOT NULL,
    "outcome" "Outcome" NOT NULL,
    "summary" TEXT,
    "tips" TEXT,
    "status" "ReportStatus" NOT NULL DEFAULT 'PENDING_REVIEW',
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimelineEvent" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "kind" "TimelineEventKind" NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "precision" "TimePrecision" NOT NULL DEFAULT 'DAY',
    "language" TEXT,
    "note" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TimelineEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequiredItem" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "labelJa" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "descriptionJa" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "RequiredItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportRequiredItem" (
    "reportId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "ReportRequiredItem_pkey" PRIMARY KEY ("reportId","itemId")
);

-- CreateTable
CREATE TABLE "Vote" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "value" "VoteValue" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Flag" (
    "id" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "reason" "FlagReason" NOT NULL,
    "details" TEXT,
    "status" "FlagStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "Flag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Exchange_slug_key" ON "Exchange"("slug");

-- CreateIndex
CREATE INDEX "Report_exchangeId_status_deletedAt_createdAt_idx" ON "Report"("exchangeId", "status", "deletedAt", "createdAt");

-- CreateIndex
CREATE INDEX "Report_status_deletedAt_exchangeId_idx" ON "Report"("status", "deletedAt", "exchangeId");

-- CreateIndex
CREATE INDEX "Report_authorId_createdAt_idx" ON "Report"("authorId", "createdAt");

-- CreateIndex
CREATE INDEX "TimelineEvent_reportId_occurredAt_position_idx" ON "TimelineEvent"("reportId", "occurredAt", "position");

-- CreateIndex
CREATE UNIQUE INDEX "RequiredItem_code_key" ON "RequiredItem"("code");

-- CreateIndex
CREATE INDEX "RequiredItem_sortOrder_idx" ON "RequiredItem"("sortOrder");

-- CreateIndex
CREATE INDEX "ReportRequiredItem_itemId_idx" ON "ReportRequiredItem"("itemId");

-- CreateIndex
CREATE INDEX "Vote_reportId_value_idx" ON "Vote"("reportId", "value");

-- CreateIndex
CREATE UNIQUE INDEX "Vote_userId_reportId_key" ON "Vote"("userId", "reportId");

-- CreateIndex
CREATE INDEX "Flag_status_createdAt_idx" ON "Flag"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Flag_reportId_idx" ON "Flag"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "Flag_reporterId_reportId_key" ON "Flag"("reporterId", "reportId");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEvent" ADD CONSTRAINT "TimelineEvent_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportRequiredItem" ADD CONSTRAINT "ReportRequiredItem_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportRequiredItem" ADD CONSTRAINT "ReportRequiredItem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "RequiredItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Flag" ADD CONSTRAINT "Flag_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Flag" ADD CONSTRAINT "Flag_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
