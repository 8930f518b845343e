-- storyline store, version 4: blocking keys kept in one B-tree ordered by (key, seq), so every lookup of a
-- key (whole, its latest `key_cap`, or those filed since a given seq) reads one contiguous run of rows
-- instead of one table row per hit, and filing a key inserts into one B-tree instead of a table and two
-- indexes. `seq` is the filing order (the old rowid; new rows take theirs from `counters`). The index on
-- article_id goes: no query reads keys by article, and it cost one insert at a random place per key filed
-- (deleting an article, which storyline never does, now scans the table for its keys). `day` is the article's
-- story day on story keys (`p:`), so a lookup can leave out articles beyond the story horizon before reading
-- their features (NULL elsewhere, and on rows filed before this version: those are always read).
CREATE TABLE group_keys_by_key (
    key         TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    day         INTEGER,
    PRIMARY KEY (key, seq)
) WITHOUT ROWID;
INSERT INTO group_keys_by_key(key, seq, article_id) SELECT key, rowid, article_id FROM group_keys;

CREATE TABLE counters (
    name        TEXT PRIMARY KEY,
    value       INTEGER NOT NULL
);
INSERT INTO counters(name, value) SELECT 'group_keys', coalesce(MAX(rowid), 0) FROM group_keys;

DROP TABLE group_keys;
ALTER TABLE group_keys_by_key RENAME TO group_keys;
