-- storyline store, version 3: stances per user-named issue (`storyline stance "ISSUE"`, the briefing).
-- Article-level stances on the configured issues live in `records` like every stage's output; these tables
-- keep the readings for any other issue a user asks about, so the briefing and the CLI need not re-read.

-- One row per (issue, terms) reading over the store: when, and over how many articles.
CREATE TABLE issue_runs (
    issue        TEXT NOT NULL,
    terms        TEXT NOT NULL DEFAULT '[]',   -- JSON list of the terms the issue was matched with
    articles     INTEGER NOT NULL,             -- articles in the store when it was read
    computed_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (issue, terms)
);

-- One row per stance found: the JSON contract of a Stance, plus the article it is in.
CREATE TABLE issue_stances (
    id          INTEGER PRIMARY KEY,
    issue       TEXT NOT NULL,
    terms       TEXT NOT NULL DEFAULT '[]',
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor       TEXT NOT NULL,
    position    TEXT NOT NULL,
    date        TEXT,
    data        TEXT NOT NULL
);
CREATE INDEX issue_stances_issue ON issue_stances(issue, terms, actor);
