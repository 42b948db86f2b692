-- What the classifier found in each message, so a large case's timeline is not re-read in full
-- on every opening. Rows of an older classifier version are read again and replaced.
CREATE TABLE message_analysis (
    message_id    BIGINT PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
    version       VARCHAR(64) NOT NULL,
    findings      CLOB NOT NULL,
    key_sentence  VARCHAR(4000) NOT NULL,
    insults       VARCHAR(1000) NOT NULL,
    shouting      BOOLEAN NOT NULL,
    invitation    BOOLEAN NOT NULL
);
