-- storyline store, version 5: each article's connected component of event links (`link_group`, "ev-" + the
-- smallest member id) is kept apart from the event it is shown in (`event_id`). The component only grows, so
-- it does not depend on ingest order; the event is a function of the whole component (an all-undated
-- component of 3..200 articles is re-cut by complete linkage, see relate/events.py), recomputed whenever a
-- batch changes the component. Existing rows: the component is the event they have.
ALTER TABLE articles ADD COLUMN link_group TEXT;
UPDATE articles SET link_group = event_id;
CREATE INDEX articles_link_group ON articles(link_group);
