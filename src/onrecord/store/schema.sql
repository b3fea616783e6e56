-- onrecord DuckDB store, schema version 1. One row per document / event / statement / actor role.
-- Dates are DATE; lists of actors are kept both as flat columns (first actor) and as JSON text.
CREATE TABLE IF NOT EXISTS documents (
    doc_id        VARCHAR PRIMARY KEY,
    text_hash     VARCHAR NOT NULL,
    coder_version VARCHAR NOT NULL,
    title         VARCHAR,
    source        VARCHAR,
    url           VARCHAR,
    date          DATE,
    language      VARCHAR,
    text          VARCHAR,
    warnings      VARCHAR,          -- JSON list of str
    n_events      INTEGER,
    n_statements  INTEGER,
    duplicate_of  VARCHAR,          -- doc_id of the original when this is an (near-)duplicate
    duplicate_kind VARCHAR,         -- exact | near (NULL for originals)
    similarity    DOUBLE,           -- estimated Jaccard similarity to the original (near copies)
    content_hash  VARCHAR,          -- hash of the normalised words (exact-duplicate key)
    input_path    VARCHAR,          -- file (and line/record) it was read from
    ingested_at   TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS events (
    event_id          VARCHAR PRIMARY KEY,   -- <doc_id>:e<n>
    doc_id            VARCHAR NOT NULL,
    event             VARCHAR NOT NULL,      -- PLOVER type
    mode              VARCHAR,
    context           VARCHAR,               -- JSON list of str
    cameo             VARCHAR,
    goldstein         DOUBLE,
    quad_class        INTEGER,
    actor_name        VARCHAR,
    actor_country     VARCHAR,
    actor_sector      VARCHAR,
    actor_code        VARCHAR,
    recipient_name    VARCHAR,
    recipient_country VARCHAR,
    recipient_sector  VARCHAR,
    recipient_code    VARCHAR,
    actors            VARCHAR,               -- JSON list of Actor
    recipients        VARCHAR,               -- JSON list of Actor
    trigger_text      VARCHAR,
    trigger_start     INTEGER,
    trigger_end       INTEGER,
    sentence          INTEGER,
    sentence_text     VARCHAR,
    date              DATE,
    date_text         VARCHAR,
    negated           BOOLEAN,
    hypothetical      BOOLEAN,
    future            BOOLEAN,
    reported_by       VARCHAR,               -- JSON Actor or NULL
    reported_by_name  VARCHAR,
    reported_by_country VARCHAR,
    statement_id      VARCHAR,
    confidence        DOUBLE
);
CREATE TABLE IF NOT EXISTS statements (
    statement_id    VARCHAR PRIMARY KEY,     -- <doc_id>:s<n>
    doc_id          VARCHAR NOT NULL,
    speaker_text    VARCHAR,
    speaker_start   INTEGER,
    speaker_end     INTEGER,
    speaker_name    VARCHAR,
    speaker_country VARCHAR,
    speaker_sector  VARCHAR,
    speaker_code    VARCHAR,
    cue_text        VARCHAR,
    cue_start       INTEGER,
    cue_end         INTEGER,
    content_text    VARCHAR,
    content_start   INTEGER,
    content_end     INTEGER,
    kind            VARCHAR,
    sentence        INTEGER,
    date            DATE
);
CREATE TABLE IF NOT EXISTS actors (            -- every actor mention that takes part in a record
    doc_id     VARCHAR NOT NULL,
    record_id  VARCHAR NOT NULL,               -- event_id or statement_id
    role       VARCHAR NOT NULL,               -- actor | recipient | speaker | reported_by
    text       VARCHAR,
    start      INTEGER,
    "end"      INTEGER,
    name       VARCHAR,
    country    VARCHAR,
    sector     VARCHAR,
    code       VARCHAR
);
CREATE TABLE IF NOT EXISTS rejects (
    source     VARCHAR,
    location   VARCHAR,
    reason     VARCHAR,
    "at"       TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS dedup_index (     -- originals' fingerprints: the dedup state
    doc_id       VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    signature    BLOB                       -- MinHash values (little-endian uint64), or NULL
);
CREATE TABLE IF NOT EXISTS meta (            -- store settings (schema version, dedup parameters)
    key   VARCHAR PRIMARY KEY,
    value VARCHAR
);
