-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "contactPathTranslation" TEXT,
ADD COLUMN     "lockoutDetailTranslation" TEXT,
ADD COLUMN     "summaryTranslation" TEXT,
ADD COLUMN     "tipsTranslation" TEXT,
ADD COLUMN     "translationLanguage" TEXT,
ADD COLUMN     "verificationLevelTranslation" TEXT;

-- AlterTable
ALTER TABLE "ReportRequiredItem" ADD COLUMN     "noteTranslation" TEXT;

-- AlterTable
ALTER TABLE "TimelineEvent" ADD COLUMN     "noteTranslation" TEXT;
