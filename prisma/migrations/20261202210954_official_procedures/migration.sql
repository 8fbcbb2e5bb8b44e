-- CreateEnum
CREATE TYPE "OfficialFactKind" AS ENUM ('HELP_PAGE', 'SELF_SERVICE', 'SUPPORT_REQUIREMENTS', 'PROCESSING_TIME', 'REPLY_TIME', 'WITHDRAWAL_HOLD', 'CONTACT', 'NOTE');

-- CreateEnum
CREATE TYPE "SelfServiceAvailability" AS ENUM ('AVAILABLE', 'WITH_PRESET_KEY', 'SUSPENDED', 'NONE');

-- CreateEnum
CREATE TYPE "OfficialFactEditKind" AS ENUM ('CREATED', 'UPDATED', 'DELETED');

-- CreateTable
CREATE TABLE "OfficialProcedure" (
    "exchangeId" TEXT NOT NULL,
    "recoveryPageFound" BOOLEAN NOT NULL,
    "checkedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OfficialProcedure_pkey" PRIMARY KEY ("exchangeId")
);

-- CreateTable
CREATE TABLE "OfficialFact" (
    "id" TEXT NOT NULL,
    "exchangeId" TEXT NOT NULL,
    "kind" "OfficialFactKind" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "textEn" TEXT NOT NULL,
    "textJa" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "sourceDate" DATE,
    "checkedOn" DATE NOT NULL,
    "language" TEXT,
    "selfService" "SelfServiceAvailability",
    "selfServiceNeeds" TEXT[],
    "requiredItemCodes" TEXT[],
    "minHours" INTEGER,
    "maxHours" INTEGER,
    "channel" "ContactChannel",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OfficialFact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficialFactEdit" (
    "id" TEXT NOT NULL,
    "exchangeId" TEXT NOT NULL,
    "factId" TEXT,
    "editorId" TEXT NOT NULL,
    "kind" "OfficialFactEditKind" NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficialFactEdit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OfficialFact_exchangeId_kind_position_idx" ON "OfficialFact"("exchangeId", "kind", "position");

-- CreateIndex
CREATE INDEX "OfficialFactEdit_exchangeId_createdAt_idx" ON "OfficialFactEdit"("exchangeId", "createdAt");

-- CreateIndex
CREATE INDEX "OfficialFactEdit_factId_idx" ON "OfficialFactEdit"("factId");

-- AddForeignKey
ALTER TABLE "OfficialProcedure" ADD CONSTRAINT "OfficialProcedure_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficialFact" ADD CONSTRAINT "OfficialFact_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "OfficialProcedure"("exchangeId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficialFactEdit" ADD CONSTRAINT "OfficialFactEdit_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
