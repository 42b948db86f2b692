-- Failure reasons as a code and its parameters, so each language says them in its own words.
-- Rows stored before this version keep only the English sentence (reason_code NULL); the
-- application reads those back into a code where it recognises the sentence.
ALTER TABLE import_failures ADD COLUMN reason_code VARCHAR(32);
ALTER TABLE import_failures ADD COLUMN reason_params VARCHAR(4000);
