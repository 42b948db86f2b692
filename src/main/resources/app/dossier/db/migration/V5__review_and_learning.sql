-- The user's review of the timeline: a kind the user confirmed is a decision like a corrected one,
-- and is what the case learns from (similar sentences are re-read like it). Kept in the case, so it
-- survives every rebuild and a new classifier.
ALTER TABLE event_corrections ADD COLUMN confirmed BOOLEAN NOT NULL DEFAULT FALSE;
