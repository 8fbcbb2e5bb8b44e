-- Every change of what a live page shows already moves one of these tables in the writer's own
-- transaction (docs/decisions/005-live-guides.md). A statement trigger turns that into one
-- NOTIFY, which PostgreSQL delivers only when the transaction commits (and folds duplicates into
-- one), so each app instance's LISTEN learns of a write the moment it is visible, and never of
-- one that rolled back. The payload is empty: listeners re-read the versions, which are the truth.
CREATE FUNCTION "notify_live_versions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('live_versions', '');
  RETURN NULL;
END
$$;

CREATE TRIGGER "GuideCounter_notify_live_versions"
  AFTER INSERT OR UPDATE OR DELETE ON "GuideCounter"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_live_versions"();

CREATE TRIGGER "ExchangeGuide_notify_live_versions"
  AFTER INSERT OR UPDATE OR DELETE ON "ExchangeGuide"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_live_versions"();

CREATE TRIGGER "Exchange_notify_live_versions"
  AFTER INSERT OR UPDATE OR DELETE ON "Exchange"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_live_versions"();
