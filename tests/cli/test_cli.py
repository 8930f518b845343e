"""The command line end to end on small inputs: exit codes, one line per bad input, lists, exports."""

from __future__ import annotations

import json
import re

import pyarrow.parquet as pq
from typer.testing import CliRunner

from storyline.cli import app

runner = CliRunner()

STORY = (
    "Norwegian Foreign Minister Kari Holm said on Sunday that Norway would recognize a Palestinian state.\n\n"
    "Israel's foreign ministry condemned the decision, and Washington said it was premature."
)


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def make_messy_folder(folder):
    folder.mkdir()
    (folder / "good.txt").write_text(STORY)
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "latin1.txt").write_bytes(
        "Le ministre norvégien a déclaré à Genève: « C'est prématuré ».".encode("latin-1")
    )
    (folder / "empty.txt").write_bytes(b"")
    with (folder / "huge.txt").open("wb") as fh:  # sparse: 60 MB on paper, nothing read
        fh.truncate(60 * 1024 * 1024)
    (folder / "batch.jsonl").write_text(
        json.dumps({"text": "Spain and Ireland joined Norway.", "outlet": "Wire", "date": "2024-05-28"}) + "\n"
        + '{"text": "unterminated\n'
        + json.dumps({"text": "Hungary blocked the statement.", "outlet": "Wire", "date": "2024-06-01"}) + "\n"
    )  # fmt: skip


def test_ingest_messy_folder_reports_each_bad_input_and_stores_the_rest(tmp_path):
    folder = tmp_path / "in"
    make_messy_folder(folder)
    db = tmp_path / "s.db"
    result = run("ingest", folder, "--db", db, "--quiet")
    assert result.exit_code == 1
    lines = [ln for ln in result.output.splitlines() if ln.startswith("[S")]
    assert len(lines) == 4, result.output
    assert any("picture.png" in ln and "binary" in ln for ln in lines)
    assert any("empty.txt" in ln and "empty" in ln for ln in lines)
    assert any("huge.txt" in ln and "size cap" in ln for ln in lines)
    assert any("batch.jsonl:2" in ln and "JSON" in ln for ln in lines)
    listed = json.loads(run("articles", "--db", db, "--json").output)
    assert len(listed) == 4
    again = run("ingest", folder, "--db", db)
    assert "ingested 0 new" in again.output
    assert len(json.loads(run("articles", "--db", db, "--json").output)) == 4


def test_ingest_from_stdin(tmp_path):
    db = tmp_path / "s.db"
    result = run("ingest", "-", "--db", db, input=STORY)
    assert result.exit_code == 0, result.output
    [row] = json.loads(run("articles", "--db", db, "--json").output)
    assert row["words"] == len(STORY.split())


def test_extract_prints_one_contract_object_per_article(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text("A different article about Spain and the European Union.")
    result = run("extract", tmp_path / "a.txt", tmp_path / "b.txt", "--format", "jsonl")
    assert result.exit_code == 0
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(objects) == 2
    for obj in objects:
        for key in ("id", "source", "outlet", "title", "published", "text", "actors", "quotes", "events", "claims",
                    "framing", "stances"):  # fmt: skip
            assert key in obj
    assert {"state:NOR", "state:ISR", "state:USA"} <= {m["actor_id"] for m in objects[0]["actors"]}


def test_extract_drops_events_below_the_act_threshold(tmp_path):
    text = "Germany has sent a letter to every NATO government asking them to sanction Russia. Kerry criticized China."
    (tmp_path / "a.txt").write_text(text)

    def triggers(*extra):
        result = run("extract", tmp_path / "a.txt", "--published", "2016-03-07", *extra)
        assert result.exit_code == 0, result.output
        return {e["trigger"] for e in json.loads(result.stdout)["events"]}

    assert triggers("--min-act-confidence", "0") == {"sent", "asking", "criticized"}
    assert triggers() == triggers("--min-act-confidence", "0.5") == {"sent", "criticized"}
    assert run("extract", tmp_path / "a.txt", "--min-act-confidence", "2").exit_code != 0


def test_search_brief_and_exports(tmp_path):
    db = tmp_path / "s.db"
    (tmp_path / "a.txt").write_text(STORY)
    run("ingest", tmp_path / "a.txt", "--db", db)
    hits = json.loads(run("search", "premature", "--db", db, "--json").output)
    assert len(hits) == 1 and "[premature]" in hits[0]["snippet"]

    assert run("brief", "-o", tmp_path / "b.html", "--db", db).exit_code == 0
    page = (tmp_path / "b.html").read_text()
    # self-contained: nothing fetched (the one <link> is the empty icon, a data: URL)
    assert "Norway" in page and "<script src" not in page
    assert re.findall(r"<link[^>]*>", page) == ["<link rel='icon' href='data:,'>"]
    assert run("brief", "-o", tmp_path / "b.md", "--db", db).exit_code == 0
    assert "## Main actors" in (tmp_path / "b.md").read_text()

    assert run("export", "--format", "json", "-o", tmp_path / "out.json", "--db", db).exit_code == 0
    exported = json.loads((tmp_path / "out.json").read_text())
    assert exported["articles"][0]["text"] == STORY
    assert run("export", "--format", "csv", "-o", tmp_path / "csv", "--db", db).exit_code == 0
    assert (tmp_path / "csv" / "articles.csv").read_text().count("\n") >= 2
    assert run("export", "--format", "parquet", "-o", tmp_path / "pq", "--db", db).exit_code == 0
    assert pq.read_table(tmp_path / "pq" / "actors.parquet").num_rows == len(exported["articles"][0]["actors"])


def test_usage_errors_exit_2(tmp_path):
    assert run("articles", "--db", tmp_path / "missing.db").exit_code == 2
    assert run("export", "--format", "xml", "-o", tmp_path / "x", "--db", tmp_path / "missing.db").exit_code == 2


def test_user_gazetteer_adds_actors_without_code(tmp_path):
    (tmp_path / "mine.yaml").write_text(
        "organisations:\n  - id: org:nordic-council\n    name: Nordic Council\n    kind: organisation\n"
        "    aliases: [Nordic Council]\n"
    )
    (tmp_path / "a.txt").write_text(
        "The Nordic Council said on Monday that Norway would recognize a Palestinian state."
    )
    plain = json.loads(run("extract", tmp_path / "a.txt").stdout)
    mine = json.loads(run("extract", tmp_path / "a.txt", "--gazetteer", tmp_path / "mine.yaml").stdout)
    assert "org:nordic-council" not in {m["actor_id"] for m in plain["actors"]}
    assert "org:nordic-council" in {m["actor_id"] for m in mine["actors"]}
    assert run("extract", tmp_path / "a.txt", "--gazetteer", tmp_path / "missing.yaml").exit_code == 2


def test_actor_filters_name_an_unknown_actor_and_find_a_known_one(tmp_path):
    db = tmp_path / "s.db"
    (tmp_path / "a.txt").write_text(STORY)
    assert run("ingest", tmp_path / "a.txt", "--db", db).exit_code == 0
    for command in ("quotes", "timeline"):
        unknown = run(command, "--actor", "Atlantis", "--db", db)
        assert unknown.exit_code == 2 and "no actor matches 'Atlantis'" in unknown.output
    said = json.loads(run("quotes", "--actor", "Norway", "--json", "--db", db).stdout)
    assert said and all("Holm" in (q.get("speaker") or "") for q in said)


def test_published_date_given_on_ingest_dates_relative_events(tmp_path):
    (tmp_path / "a.txt").write_text("Israel on Sunday recalled its ambassador from Norway.")
    undated, dated = tmp_path / "undated.db", tmp_path / "dated.db"
    assert run("ingest", tmp_path / "a.txt", "--db", undated).exit_code == 0
    listed = run("timeline", "--db", undated)
    assert "1 event(s) in 1 article(s) have no date" in listed.output
    assert run("ingest", tmp_path / "a.txt", "--published", "2024-05-29", "--db", dated).exit_code == 0
    rows = json.loads(run("timeline", "--json", "--db", dated).stdout)
    assert [(r["date"], r["source_actor"]) for r in rows] == [("2024-05-26", "state:ISR")]  # the Sunday before
    bad = run("ingest", tmp_path / "a.txt", "--published", "soon", "--db", dated)
    assert bad.exit_code == 2 and "--published 'soon' is not a date" in bad.output
