-- The data generation: one row, moved by every write to the tables the public pages show, whoever writes.
INSERT INTO "DataGeneration" ("id", "value") VALUES (1, 0);

CREATE FUNCTION "DataGeneration_advance"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Figure_generation" AFTER INSERT OR UPDATE OR DELETE ON "Figure" FOR EACH STATEMENT EXECUTE FUNCTION "DataGeneration_advance"();
CREATE TRIGGER "Report_generation" AFTER INSERT OR UPDATE OR DELETE ON "Report" FOR EACH STATEMENT EXECUTE FUNCTION "DataGeneration_advance"();
CREATE TRIGGER "Source_generation" AFTER INSERT OR UPDATE OR DELETE ON "Source" FOR EACH STATEMENT EXECUTE FUNCTION "DataGeneration_advance"();
CREATE TRIGGER "Place_generation" AFTER INSERT OR UPDATE OR DELETE ON "Place" FOR EACH STATEMENT EXECUTE FUNCTION "DataGeneration_advance"();
CREATE TRIGGER "Revision_generation" AFTER INSERT ON "Revision" FOR EACH STATEMENT EXECUTE FUNCTION "DataGeneration_advance"();
