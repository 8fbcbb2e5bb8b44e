-- AlterTable
ALTER TABLE "GuideAggregate" ADD COLUMN     "changedBy" xid8 NOT NULL DEFAULT pg_current_xact_id();

-- AlterTable
ALTER TABLE "GuideAggregateState" ADD COLUMN     "builtBy" xid8 NOT NULL DEFAULT pg_current_xact_id();

-- CreateIndex
CREATE INDEX "GuideAggregate_exchangeId_changedBy_idx" ON "GuideAggregate"("exchangeId", "changedBy");
