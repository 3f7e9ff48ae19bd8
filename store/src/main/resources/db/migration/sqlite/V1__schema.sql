-- Palimpsest schema, SQLite dialect. The PostgreSQL script (../postgresql/V1__schema.sql) has the same
-- tables and columns; only key columns, booleans and full-text search differ.
-- Times are epoch milliseconds (UTC). Public ids are 16 hex characters (see dev.palimpsest.store).

-- A publication or feed, by the name the input gives it.
CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    created_at  BIGINT  NOT NULL
);

-- One story. Columns after url are kept up to date by the importer for fast lists.
CREATE TABLE articles (
    id                INTEGER PRIMARY KEY,
    public_id         TEXT    NOT NULL UNIQUE,
    source_id         INTEGER NOT NULL REFERENCES sources (id),
    article_key       TEXT    NOT NULL,           -- the input's own id of the article (first one seen)
    url               TEXT,                       -- latest known url
    title             TEXT,                       -- latest version's title
    first_seen        BIGINT,                     -- first version's time, when known
    last_changed      BIGINT,                     -- latest version's time, when known
    last_checked      BIGINT,                     -- latest observation's time, when known
    sort_at           BIGINT  NOT NULL,           -- latest version's order key: its time, else when imported
    version_count     INTEGER NOT NULL,
    revert_count      INTEGER NOT NULL,
    latest_version_id INTEGER,                    -- versions.id of the latest version
    revision          INTEGER NOT NULL,           -- bumped by every import that touches the article
    created_at        BIGINT  NOT NULL
);
CREATE INDEX articles_by_sort ON articles (sort_at DESC, id DESC);
CREATE INDEX articles_by_source_sort ON articles (source_id, sort_at DESC, id DESC);
CREATE INDEX articles_by_versions ON articles (version_count DESC, sort_at DESC);

-- Every name that identifies an article: 'key:<length of source>:<source>:<article key>' and 'url:<canonical url>'.
CREATE TABLE identities (
    identity    TEXT    PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id)
);
CREATE INDEX identities_by_article ON identities (article_id);

-- One distinct content (title + normalized text) of an article. A revert reuses its earlier text.
CREATE TABLE texts (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles (id),
    content_hash    TEXT    NOT NULL,             -- SHA-256 hex of title and normalized text
    title           TEXT,
    byline          TEXT,
    raw_body        TEXT    NOT NULL,             -- the input as first imported
    format          TEXT    NOT NULL,             -- TEXT or HTML
    normalized_text TEXT    NOT NULL,
    sentence_count  INTEGER NOT NULL,
    UNIQUE (article_id, content_hash)
);

-- The sentences of a text, in order, as the splitter and tagger found them.
CREATE TABLE sentences (
    id            INTEGER PRIMARY KEY,
    text_id       INTEGER NOT NULL REFERENCES texts (id),
    idx           INTEGER NOT NULL,
    paragraph     INTEGER NOT NULL,
    role          TEXT    NOT NULL,               -- BODY, BYLINE, CREDIT, CORRECTION
    start_offset  INTEGER NOT NULL,               -- span in texts.normalized_text
    end_offset    INTEGER NOT NULL,
    text          TEXT    NOT NULL,
    UNIQUE (text_id, idx)
);

-- The versions of an article in time order (seq 0, 1, …): runs of observations with the same content.
CREATE TABLE versions (
    id          INTEGER PRIMARY KEY,
    public_id   TEXT    NOT NULL UNIQUE,
    article_id  INTEGER NOT NULL REFERENCES articles (id),
    seq         INTEGER NOT NULL,
    text_id     INTEGER NOT NULL REFERENCES texts (id),
    seen_at     BIGINT,                           -- when first seen, if the input said
    sort_at     BIGINT  NOT NULL,                 -- order key: seen_at, else when imported
    url         TEXT,
    revert_of   INTEGER REFERENCES versions (id), -- latest earlier version with the same content
    origin      TEXT    NOT NULL,
    UNIQUE (article_id, seq)
);
CREATE INDEX versions_by_text ON versions (text_id);
CREATE INDEX versions_by_sort ON versions (sort_at DESC, id DESC);
CREATE INDEX versions_by_revert ON versions (revert_of);

-- Sentence alignment of each version with the one before it, with the stability figures.
CREATE TABLE alignments (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL REFERENCES articles (id),
    from_version_id  INTEGER NOT NULL REFERENCES versions (id),
    to_version_id    INTEGER NOT NULL UNIQUE REFERENCES versions (id),
    unchanged        INTEGER NOT NULL,
    edited           INTEGER NOT NULL,
    added            INTEGER NOT NULL,
    deleted          INTEGER NOT NULL,
    moved            INTEGER NOT NULL,
    split            INTEGER NOT NULL,
    merged           INTEGER NOT NULL,
    carried_over     DOUBLE PRECISION NOT NULL,
    churn            DOUBLE PRECISION NOT NULL
);
CREATE INDEX alignments_by_article ON alignments (article_id);
CREATE INDEX alignments_by_from ON alignments (from_version_id);

-- The edits of an alignment in its order. Indices are comma-separated sentence positions; words is the
-- encoded word diff (empty for UNCHANGED, ADDED and DELETED: rebuilt from the sentence text).
CREATE TABLE edits (
    alignment_id  INTEGER NOT NULL REFERENCES alignments (id),
    ord           INTEGER NOT NULL,
    type          TEXT    NOT NULL,
    old_indices   TEXT    NOT NULL,
    new_indices   TEXT    NOT NULL,
    moved         BOOLEAN NOT NULL,
    similarity    DOUBLE PRECISION NOT NULL,
    words         TEXT    NOT NULL,
    PRIMARY KEY (alignment_id, ord)
);

-- Sentence lineage threads of an article (thread_no = position in ArticleHistory.threads()).
CREATE TABLE threads (
    article_id   INTEGER NOT NULL REFERENCES articles (id),
    thread_no    INTEGER NOT NULL,
    first_seq    INTEGER NOT NULL,
    forked_from  INTEGER,
    survives     BOOLEAN NOT NULL,
    PRIMARY KEY (article_id, thread_no)
);

-- The steps of a thread, one per version from its first on; ABSENT steps are implied, not stored.
CREATE TABLE thread_steps (
    article_id    INTEGER NOT NULL,
    thread_no     INTEGER NOT NULL,
    seq           INTEGER NOT NULL,
    version_id    INTEGER NOT NULL REFERENCES versions (id),
    kind          TEXT    NOT NULL,
    sentence_idx  INTEGER NOT NULL,               -- -1 when not present
    moved         BOOLEAN NOT NULL,
    other_thread  INTEGER,
    PRIMARY KEY (article_id, thread_no, seq),
    FOREIGN KEY (article_id, thread_no) REFERENCES threads (article_id, thread_no)
);
CREATE INDEX thread_steps_by_version ON thread_steps (version_id, sentence_idx);

-- What changed that matters, per version against the one before (ChangeAnalyzer), in its order.
CREATE TABLE changes (
    version_id     INTEGER NOT NULL REFERENCES versions (id),
    ord            INTEGER NOT NULL,
    kind           TEXT    NOT NULL,
    text           TEXT    NOT NULL,
    old_sentences  TEXT    NOT NULL,
    new_sentences  TEXT    NOT NULL,
    PRIMARY KEY (version_id, ord)
);

-- Every observation of an article: the log the versions are derived from.
CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles (id),
    version_id    INTEGER REFERENCES versions (id),
    kind          TEXT    NOT NULL,               -- FIRST_SEEN, CHANGED, UNCHANGED, REVERTED, GONE, CAME_BACK
    content_hash  TEXT,
    seen_at       BIGINT,
    sort_at       BIGINT  NOT NULL,
    occurrence    INTEGER NOT NULL,               -- n-th observation of (content_hash, seen_at): the re-import key
    url           TEXT,
    origin        TEXT    NOT NULL,
    recorded_at   BIGINT  NOT NULL
);
CREATE INDEX events_by_article ON events (article_id, sort_at, id);
CREATE INDEX events_by_version ON events (version_id);

-- Full-text search over every sentence and title ever stored (external content: no second copy).
CREATE VIRTUAL TABLE sentence_fts USING fts5 (
    text, content = 'sentences', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE title_fts USING fts5 (
    title, content = 'texts', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2'
);
