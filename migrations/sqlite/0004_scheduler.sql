-- Timed work, so that nothing waits silently: SLA checks, reminders and
-- follow-ups live here, survive restarts, and are claimed once (done_at).
CREATE TABLE jobs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL,
    handover_id INTEGER NOT NULL REFERENCES handovers (id),
    due_at      TEXT NOT NULL,
    done_at     TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX jobs_due ON jobs (done_at, due_at);

ALTER TABLE handovers ADD COLUMN outcome TEXT;
ALTER TABLE handovers ADD COLUMN resident_feedback TEXT;
