-- storyline store, version 2: what the relate steps need to place new articles without recomputing old ones.

-- One row per article: its MinHash signature (copies) and its event features (embedding, dates, actors).
CREATE TABLE article_features (
    article_id  TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    shingles    INTEGER NOT NULL DEFAULT 0,   -- distinct word shingles behind the signature
    minhash     BLOB,                         -- uint64 MinHash hash values
    embedding   BLOB,                         -- float16 unit vector (sentence embedding of title + lead)
    days        TEXT NOT NULL DEFAULT '[]',   -- JSON list of day ordinals: published date and dates the text names
    actors      TEXT NOT NULL DEFAULT '[]',   -- JSON list of identity tokens: actor ids, ent:<name>, year:YYYY
    top_actors  TEXT NOT NULL DEFAULT '[]'    -- JSON list: the most-mentioned actor ids
);

-- MinHash LSH bands: articles sharing (band, key) are copy candidates.
CREATE TABLE copy_bands (
    band        INTEGER NOT NULL,
    key         INTEGER NOT NULL,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX copy_bands_key ON copy_bands(band, key);

-- Blocking keys: "d:<day>" (a date the article carries), "h:<table>:<bits>" (embedding LSH, everyone),
-- "u:<table>:<bits>" (the same, undated articles only), "p:<bucket>:<actor>|<actor>" (a pair of its main
-- actors in a date bucket, for story threads). Capped lookups read the latest rowids of a key.
CREATE TABLE group_keys (
    key         TEXT NOT NULL,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX group_keys_key ON group_keys(key);
CREATE INDEX group_keys_article ON group_keys(article_id);

CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
CREATE INDEX articles_event ON articles(event_id);
CREATE INDEX articles_story ON articles(story_id);
