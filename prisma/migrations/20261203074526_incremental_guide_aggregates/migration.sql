-- CreateTable
CREATE TABLE "GuideAggregate" (
    "exchangeId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "GuideAggregate_pkey" PRIMARY KEY ("exchangeId","key")
);

-- CreateTable
CREATE TABLE "GuideAggregateState" (
    "exchangeId" TEXT NOT NULL,
    "format" INTEGER NOT NULL,
    "builtAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GuideAggregateState_pkey" PRIMARY KEY ("exchangeId")
);

-- AddForeignKey
ALTER TABLE "GuideAggregate" ADD CONSTRAINT "GuideAggregate_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuideAggregateState" ADD CONSTRAINT "GuideAggregateState_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;
