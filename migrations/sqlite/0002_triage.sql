-- Triage and the safety guard: alerts for the on-duty coordinator, and what
-- triage concluded on each case (with the evidence, so it can be explained).

CREATE TABLE alerts (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id INTEGER NOT NULL REFERENCES conversations (id),
    channel         TEXT NOT NULL,
    user_key        TEXT NOT NULL,
    kind            TEXT NOT NULL,
    lang            TEXT NOT NULL,
    -- the words that triggered it: the coordinator needs them, logs never get them
    evidence        TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    handled_at      TEXT
);
CREATE INDEX alerts_open ON alerts (handled_at, created_at);

ALTER TABLE cases ADD COLUMN safety INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN triage TEXT NOT NULL DEFAULT '{}';
