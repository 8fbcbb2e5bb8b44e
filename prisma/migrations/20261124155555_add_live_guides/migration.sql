-- CreateTable
CREATE TABLE "GuideCounter" (
    "key" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GuideCounter_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ExchangeGuide" (
    "exchangeId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "stats" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExchangeGuide_pkey" PRIMARY KEY ("exchangeId")
);

-- AddForeignKey
ALTER TABLE "ExchangeGuide" ADD CONSTRAINT "ExchangeGuide_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;
