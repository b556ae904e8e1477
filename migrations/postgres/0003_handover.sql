-- The warm handover: the directory (imported, with history), appointments
-- (one per worker and start time while booked), handovers and their life cycle.

-- One row per wijk, worker, coordinator or offer; an import updates rows in
-- place and marks what disappeared inactive, so history is never lost.
CREATE TABLE directory_entries (
    kind        TEXT NOT NULL,
    id          TEXT NOT NULL,
    data        TEXT NOT NULL,
    active      BIGINT NOT NULL DEFAULT 1,
    imported_at TEXT NOT NULL,
    PRIMARY KEY (kind, id)
);

CREATE TABLE directory_imports (
    id          BIGSERIAL PRIMARY KEY,
    source      TEXT NOT NULL,
    summary     TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

CREATE TABLE handovers (
    id              BIGSERIAL PRIMARY KEY,
    case_id         BIGINT NOT NULL REFERENCES cases (id),
    worker_id       TEXT,
    state           TEXT NOT NULL,
    wijk            TEXT,
    urgency         TEXT NOT NULL,
    match_reasons   TEXT NOT NULL DEFAULT '[]',
    decline_reason  TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    booked_at       TEXT,
    accepted_at     TEXT,
    declined_at     TEXT,
    escalated_at    TEXT,
    closed_at       TEXT
);
CREATE INDEX handovers_state ON handovers (state, created_at);
CREATE INDEX handovers_case ON handovers (case_id);

CREATE TABLE appointments (
    id          BIGSERIAL PRIMARY KEY,
    handover_id BIGINT NOT NULL REFERENCES handovers (id),
    worker_id   TEXT NOT NULL,
    starts_at   TEXT NOT NULL,
    minutes     BIGINT NOT NULL,
    mode        TEXT NOT NULL,
    place       TEXT,
    status      TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
-- The booking rule itself: one resident per slot, also when many book at once.
CREATE UNIQUE INDEX appointments_one_per_slot ON appointments (worker_id, starts_at) WHERE status = 'booked';
