-- Conversations, the inbox (dedupe), the outbox (replies to send) and cases.
-- Times are UTC text 'YYYY-MM-DDTHH:MM:SS.mmmZ': sortable and readable in both databases.

CREATE TABLE conversations (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    channel     TEXT NOT NULL,
    user_key    TEXT NOT NULL,
    lang        TEXT NOT NULL,
    state       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (channel, user_key)
);

-- One row per platform message ever accepted: a redelivered message is seen here and skipped.
-- No message text is kept here (privacy): what matters is in the conversation and the case.
CREATE TABLE inbox (
    channel         TEXT NOT NULL,
    message_id      TEXT NOT NULL,
    conversation_id INTEGER NOT NULL REFERENCES conversations (id),
    received_at     TEXT NOT NULL,
    PRIMARY KEY (channel, message_id)
);

CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    channel     TEXT NOT NULL,
    user_key    TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    sent_at     TEXT,
    attempts    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX outbox_pending ON outbox (channel, sent_at, id);

CREATE TABLE cases (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id INTEGER NOT NULL REFERENCES conversations (id),
    channel         TEXT NOT NULL,
    user_key        TEXT NOT NULL,
    lang            TEXT NOT NULL,
    domains         TEXT NOT NULL,
    answers         TEXT NOT NULL,
    own_words       TEXT NOT NULL,
    consent         INTEGER NOT NULL, -- 0 or 1 (sqlx Any has no SQLite booleans)
    wants_person    INTEGER NOT NULL,
    urgency         TEXT NOT NULL DEFAULT 'normal',
    status          TEXT NOT NULL DEFAULT 'open',
    created_at      TEXT NOT NULL
);
CREATE INDEX cases_created ON cases (created_at);
