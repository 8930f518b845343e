-- storyline store, version 1: articles, their analysis records, actors, rejections, full-text search.
CREATE TABLE articles (
    id           TEXT PRIMARY KEY,
    source       TEXT NOT NULL,
    outlet       TEXT,
    title        TEXT,
    published    TEXT,
    url          TEXT,
    language     TEXT,
    revision_of  TEXT REFERENCES articles(id),
    text         TEXT NOT NULL,
    meta         TEXT NOT NULL DEFAULT '{}',
    sentences    TEXT NOT NULL DEFAULT '[]',
    skipped      TEXT,
    duplicate_of TEXT,
    event_id     TEXT,
    story_id     TEXT,
    ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);

-- One row per record a stage produced; `field` is the JSON contract list it belongs to.
CREATE TABLE records (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    field       TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    actor_id    TEXT,
    data        TEXT NOT NULL
);
CREATE INDEX records_article ON records(article_id, field);
CREATE INDEX records_field_actor ON records(field, actor_id);

CREATE TABLE actors (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    country     TEXT,
    data        TEXT NOT NULL
);

CREATE TABLE rejections (
    source      TEXT NOT NULL,
    line        INTEGER NOT NULL DEFAULT -1,
    code        TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (source, line, code)
);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
