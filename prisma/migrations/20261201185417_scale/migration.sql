-- DropIndex
DROP INDEX "Figure_placeId_idx";

-- DropIndex
DROP INDEX "Figure_reportId_idx";

-- DropIndex
DROP INDEX "Figure_sourceId_idx";

-- DropIndex
DROP INDEX "Figure_category_idx";

-- CreateTable
CREATE TABLE "DataGeneration" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "value" INTEGER NOT NULL DEFAULT 0
);

-- CreateIndex
CREATE INDEX "Figure_category_date_sourceId_grade_value_low_high_qualifier_placeId_reportId_idx" ON "Figure"("category", "date", "sourceId", "grade", "value", "low", "high", "qualifier", "placeId", "reportId");

-- CreateIndex
CREATE INDEX "Figure_sourceId_date_category_grade_value_low_high_qualifier_placeId_reportId_idx" ON "Figure"("sourceId", "date", "category", "grade", "value", "low", "high", "qualifier", "placeId", "reportId");

-- CreateIndex
CREATE INDEX "Figure_placeId_date_category_sourceId_grade_value_low_high_qualifier_reportId_idx" ON "Figure"("placeId", "date", "category", "sourceId", "grade", "value", "low", "high", "qualifier", "reportId");

-- CreateIndex
CREATE INDEX "Figure_reportId_start_idx" ON "Figure"("reportId", "start");

-- The data generation: one row, moved by every write to the tables the public pages show, whoever writes.
INSERT INTO "DataGeneration" ("id", "value") VALUES (1, 0);

CREATE TRIGGER "Figure_generation_insert" AFTER INSERT ON "Figure" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Figure_generation_update" AFTER UPDATE ON "Figure" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Figure_generation_delete" AFTER DELETE ON "Figure" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Report_generation_insert" AFTER INSERT ON "Report" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Report_generation_update" AFTER UPDATE ON "Report" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Report_generation_delete" AFTER DELETE ON "Report" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Source_generation_insert" AFTER INSERT ON "Source" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Source_generation_update" AFTER UPDATE ON "Source" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Source_generation_delete" AFTER DELETE ON "Source" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Place_generation_insert" AFTER INSERT ON "Place" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Place_generation_update" AFTER UPDATE ON "Place" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Place_generation_delete" AFTER DELETE ON "Place" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Revision_generation_insert" AFTER INSERT ON "Revision" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
