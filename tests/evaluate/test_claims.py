"""The claims scorer: value, quantity, as-of date and claimant against demo-layout gold."""

from __future__ import annotations

import json

from storyline.evaluate.claims import _same_claimant, _same_quantity, score_claims


def test_same_quantity_meets_wordings_of_one_quantity() -> None:
    assert _same_quantity(
        "UN member states that recognized a Palestinian state", "countries recognizing a Palestinian state"
    )
    assert _same_quantity(
        "votes in favour in the General Assembly", "votes in favour of the UN General Assembly resolution"
    )
    assert not _same_quantity("votes against in the General Assembly", "votes in favour of the resolution")
    assert not _same_quantity("settlers that live in the West Bank", "countries recognizing a Palestinian state")


def test_same_claimant_reads_ids_and_names() -> None:
    assert _same_claimant(None, None)
    assert _same_claimant("person:kari-holm", "Kari Holm")
    assert _same_claimant("org:pa", "org:pa")
    assert not _same_claimant("Diplomats", None)
    assert not _same_claimant("org:pa", "state:NOR")


def write_small_demo_folder(tmp_path) -> None:
    url = "https://wire.example/2024/05/22/vote"
    text = (
        "OSLO, May 22 (Wire) - Norway recognised a Palestinian state on Wednesday. Before Wednesday, 143 of the 193 "
        "UN member states recognized a Palestinian state. Some 700,000 settlers live in the West Bank."
    )
    (tmp_path / "corpus.jsonl").write_text(
        json.dumps({"url": url, "text": text, "published": "2024-05-22", "outlet": "Wire"}) + "\n", "utf-8"
    )
    gold = {"articles": {url: {"claims": [
        {"value": 143, "quantity": "countries recognizing a Palestinian state", "as_of": "2024-05-22", "claimant": None},
        {"value": 193, "quantity": "UN member states", "as_of": None, "claimant": None},
        {"value": 147, "quantity": "countries recognizing a Palestinian state", "as_of": None, "claimant": None},
    ]}}}  # fmt: skip
    (tmp_path / "gold.json").write_text(json.dumps(gold), "utf-8")


def test_score_claims_on_a_small_demo_layout_folder(tmp_path) -> None:
    write_small_demo_folder(tmp_path)
    result = score_claims(tmp_path)
    value = result["value"]
    assert value["gold"] == 3 and value["predicted"] == 3 and value["matched"] == 2  # 700,000 is not in this gold
    assert result["value+quantity+as_of"]["matched"] == 2
    assert result["claimant_agreement"] == {"agree": 2, "of": 2, "rate": 1.0}
    assert [m["gold"]["value"] for m in result["missed"]] == [147]


def test_eval_claims_command_prints_the_three_levels(tmp_path) -> None:
    from typer.testing import CliRunner

    from storyline.cli import app

    write_small_demo_folder(tmp_path)
    result = CliRunner().invoke(app, ["eval", "claims", "--data", str(tmp_path)])
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if line.startswith("│ value")]
    assert [row.split("│")[1].strip() for row in rows] == ["value", "value+quantity", "value+quantity+as_of"]
    assert "claimant agrees on 2 of 2" in result.output
