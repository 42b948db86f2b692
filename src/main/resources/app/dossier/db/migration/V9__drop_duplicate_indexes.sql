-- Two indexes of V1 repeat the ones H2 made for the foreign keys on the same column (the
-- constraint's CONSTRAINT_INDEX_* on original_id); every imported original paid for both.
-- Queries by original_id keep the constraint's index (docs/decisions/0036-import-pipeline-speed.md).
DROP INDEX original_sources_original;
DROP INDEX message_originals_original;
-- V6 did the same for the key phrases' message and note columns.
DROP INDEX highlights_message;
DROP INDEX highlights_note;
