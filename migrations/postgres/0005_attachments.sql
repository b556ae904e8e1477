-- Files a resident sent (a photographed letter, a voice note). The file is
-- kept, not only the platform's reference, so a worker on another app than
-- the resident's still receives it with the handover. It is linked to the
-- case when the handover goes out, and only then sent (after consent).
CREATE TABLE attachments (
    id              BIGSERIAL PRIMARY KEY,
    conversation_id BIGINT NOT NULL REFERENCES conversations (id),
    case_id         BIGINT REFERENCES cases (id),
    kind            TEXT NOT NULL,
    file_name       TEXT NOT NULL,
    mime            TEXT NOT NULL,
    size            BIGINT NOT NULL,
    -- NULL when the platform would not give the file (too big, an error):
    -- the worker hears there was one.
    bytes           BYTEA,
    created_at      TEXT NOT NULL
);
CREATE INDEX attachments_conversation ON attachments (conversation_id, case_id);

-- An outbox row may carry one attachment: sent as a file, its text as caption.
ALTER TABLE outbox ADD COLUMN attachment_id BIGINT REFERENCES attachments (id);
