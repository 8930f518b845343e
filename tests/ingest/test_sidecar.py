"""User-given metadata: the per-file table (--metadata), the batch values (--outlet, --published), and
their precedence over what a page states or the text suggests."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from storyline.cli import app
from storyline.config import Settings
from storyline.ingest import read_sources
from storyline.ingest.sidecar import MetadataTableError, read_metadata_table, row_for

LETTER = "Luxembourg's foreign minister sent a letter to the EU on Sunday urging recognition of a Palestinian state."
VOTE = "Norway said on Monday it would vote for the resolution at the United Nations."


def read(paths, **overrides):
    return list(read_sources([str(p) for p in paths], Settings().with_overrides(**overrides)))


def test_a_row_per_file_dates_and_names_plain_texts(tmp_path):
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "000.txt").write_text(LETTER)
    (tmp_path / "texts" / "001.txt").write_text(VOTE)
    (tmp_path / "meta.csv").write_text(
        "file,outlet,published,title\n000.txt,Israel Hayom,2019-12-08,Luxembourg letter\ntexts/001.txt,,8 Dec 2019,\n"
    )
    first, second = read([tmp_path / "texts"], metadata=str(tmp_path / "meta.csv"))
    assert (first.outlet, first.published, first.title) == ("Israel Hayom", "2019-12-08", "Luxembourg letter")
    assert second.published == "2019-12-08" and second.outlet != "Israel Hayom"
    assert first.meta["metadata_given"] == ["outlet", "published", "title"]


def test_a_row_beats_the_page_but_a_record_beats_the_row(tmp_path):
    (tmp_path / "a.txt").write_text("The Ledger\n\n" + VOTE)  # the text alone suggests nothing firm
    (tmp_path / "feed.jsonl").write_text(json.dumps({"text": LETTER, "date": "2019-12-09", "outlet": "Wire"}) + "\n")
    (tmp_path / "m.csv").write_text("file,published,outlet\na.txt,2019-12-01,Nordic Ledger\nfeed.jsonl,2019-01-01,X\n")
    text, record = read([tmp_path / "a.txt", tmp_path / "feed.jsonl"], metadata=str(tmp_path / "m.csv"))
    assert (text.outlet, text.published) == ("Nordic Ledger", "2019-12-01")
    assert (record.outlet, record.published) == ("Wire", "2019-12-09")


@pytest.mark.parametrize(
    ("table", "problem"),
    [
        ("name,published\na.txt,2019-12-01\n", "needs a header row with a 'file' column"),
        ("file,date\na.txt,2019-12-01\n", "unknown column(s) date"),
        ("file,published\na.txt,soon\n", "m.csv:2: published 'soon' is not a date"),
        ("file,published\na.txt,2019-12-01\na.txt,2019-12-02\n", "m.csv:3: 'a.txt' has a row already"),
        ("file,outlet\n,Wire\n", "m.csv:2: the 'file' cell is empty"),
    ],
)
def test_a_bad_table_is_named_with_its_line_and_stops_before_anything_is_stored(tmp_path, table, problem):
    (tmp_path / "m.csv").write_text(table)
    with pytest.raises(MetadataTableError, match=problem.replace("(", r"\(").replace(")", r"\)")):
        read_metadata_table(tmp_path / "m.csv")
    (tmp_path / "a.txt").write_text(VOTE)
    db = tmp_path / "s.db"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt"), "--metadata", str(tmp_path / "m.csv"),
                                      "--db", str(db)])  # fmt: skip
    assert result.exit_code == 2 and problem in result.output and not db.exists()


def test_a_row_naming_no_input_is_reported_and_the_rest_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text(VOTE)
    (tmp_path / "m.csv").write_text("file,published\na.txt,2019-12-01\nb.txt,2019-12-02\n")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), "--metadata", str(tmp_path / "m.csv")])
    assert result.exit_code == 0
    assert "the row for 'b.txt' matches no input file" in result.output
    assert json.loads(result.stdout.splitlines()[-1])["published"] == "2019-12-01"


name = st.text(alphabet="abcdefgh0123456789_-", min_size=1, max_size=8)


@given(folders=st.lists(name, max_size=3), file=name, cut=st.integers(min_value=0, max_value=3))
def test_a_row_matches_a_path_by_its_last_components_only(folders, file, cut):
    path = "/".join(["", "data", *folders, f"{file}.txt"])
    tail = "/".join([*folders, f"{file}.txt"][min(cut, len(folders)) :])
    table = {tail: {"outlet": "Wire"}}
    assert row_for(path, table) == {"outlet": "Wire"}
    assert row_for(f"{path}:7", table) == {"outlet": "Wire"}  # a JSONL record's source: path:line
    assert row_for("/data/other/x" + f"{file}.txt", table) is None
