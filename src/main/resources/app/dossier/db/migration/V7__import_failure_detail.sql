-- Where inside a source an item failed (an Outlook data file's folder path and node id, an
-- attachment of a message): the location alone named only the file.
ALTER TABLE import_failures ADD COLUMN detail VARCHAR(4000) NOT NULL DEFAULT '';
