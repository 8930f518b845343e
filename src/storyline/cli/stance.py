"""Commands: `stance` (who stands where on an issue, over time), `claims` (figures, series, contradictions),
`eval stance` (the labelled stance set and BASIL)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from storyline.cli.app import DbOption, JsonOption, app, console, eval_app, fail, open_store, print_json


@app.command()
def stance(
    issue: Annotated[str, typer.Argument(help='The issue in plain words, e.g. "recognition of a Palestinian state".')],
    terms: Annotated[
        Path | None,
        typer.Option("--terms", help="File of synonyms and related terms: one a line, or YAML terms: [...]."),
    ] = None,
    db: DbOption = "storyline.db",
    refresh: Annotated[
        bool, typer.Option("--refresh", help="Read the store again instead of the cached reading.")
    ] = False,
    json_out: JsonOption = False,
) -> None:
    """Who supports, opposes, sets conditions or is undecided on ISSUE: current positions, changes over time with
    both sides' evidence, and what each bloc's rule (unanimity, veto) implies."""
    from storyline.report.queries import stance_report
    from storyline.stance import load_issue

    try:
        parsed = load_issue(issue, terms)
    except OSError as exc:
        fail(f"cannot read the terms file {terms}: {exc}")
    store = open_store(db)
    report = stance_report(store, parsed.name, parsed.terms, refresh=refresh)
    store.close()
    if json_out:
        print_json(report)
        return
    if not report["stances"]:
        console.print(f"No stances on “{parsed.name}” in {db}. Try --terms with synonyms, or check `storyline search`.")
        return
    table = Table(title=f"Stances on “{parsed.name}”")
    for column in ("actor", "now", "since", "basis", "evidence", "changes"):
        table.add_column(column)
    for actor, line in sorted(report["actors"].items(), key=lambda kv: kv[0]):
        now = line["current"]
        if now is None:
            continue
        table.add_row(
            actor, now["position"], now.get("date") or "", now["basis"] + (f" by {now['claimed_by']}" if now.get("claimed_by") else ""),
            _short(now["text"]),
            "; ".join(f"{c['before']['position']} ({c['before'].get('date')}) -> {c['after']['position']} ({c['after'].get('date')})"
                      for c in line["changes"]),
        )  # fmt: skip
    console.print(table)
    summary = report["aggregate"]
    counts = ", ".join(f"{len(v)} {k}" for k, v in summary["by_position"].items() if v)
    console.print(f"Of the {summary['actors']} actors with a known position: {counts}.")
    for bloc in report["blocs"]:
        console.print(f"{bloc['name']} ({bloc['rule']}): {bloc['verdict']}.")


@app.command()
def claims(
    db: DbOption = "storyline.db",
    json_out: JsonOption = False,
) -> None:
    """Claimed figures in the store, each quantity as a series over its as-of dates; contradictions flagged."""
    from storyline.relate.claims import reconcile_store

    store = open_store(db)
    quantities = reconcile_store(store)
    store.close()
    if json_out:
        print_json([q.to_dict() for q in quantities])
        return
    if not quantities:
        console.print("No claimed figures in the store.")
        return
    table = Table(title="Claimed figures")
    for column in ("quantity", "unit", "series (date: value)", "contradiction"):
        table.add_column(column)
    for q in quantities:
        series = "; ".join(f"{d or 'undated'}{'*' if all(p.dated_by == 'published' for p in pts) else ''}: "
                           f"{'/'.join(_num(v) for v in sorted({p.value for p in pts}))}" for d, pts in q.series())  # fmt: skip
        clash = "; ".join(
            f"{d}: " + ", ".join(f"{_num(p.value)} ({p.outlet or p.article_id[:8]})" for p in pts)
            for d, pts in q.contradictions()
        )
        table.add_row(q.label, q.unit or "", series, clash)
    table.caption = "* no date in the text: the publication date"
    console.print(table)


def _num(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@eval_app.command("stance")
def eval_stance(
    data: Annotated[
        Path, typer.Option("--data", help="A stance set (dev.jsonl, test.jsonl) or a BASIL-layout folder.")
    ],
    split: Annotated[
        str,
        typer.Option(
            help="dev or test (BASIL: dev = 2010-2012, test = every other year), all, or BASIL years 2013-2016."
        ),
    ] = "test",
    errors: Annotated[bool, typer.Option("--errors", help="Also list every disagreement.")] = False,
    json_out: JsonOption = False,
) -> None:
    """Stance agreement: per-position precision and recall with the confusion table on a labelled set, or
    accuracy and macro F1 on BASIL's quotes, each beside the majority-class baseline."""
    from storyline.evaluate.stance import layout, read_items, score_basil, score_labelled

    try:
        kind = layout(data)
    except FileNotFoundError as exc:
        fail(str(exc))
    if kind == "basil":
        result = score_basil(data, split)
    else:
        path = data / f"{split}.jsonl"
        if not path.exists():
            fail(f"{path} not found; --split is dev or test for a stance set")
        result = score_labelled(read_items(path))
    if json_out:
        print_json(result if errors else {k: v for k, v in result.items() if k != "errors"})
        return
    _print_scores(result, kind, data, split)
    if errors:
        for e in result.get("errors", []):
            console.print(
                f"{e['id']} {e['actor']}: gold {e['gold']}, storyline {e['predicted']} | {_short(e['evidence'])}"
            )


@eval_app.command("claims")
def eval_claims(
    data: Annotated[Path, typer.Option("--data", help="A demo-layout folder: corpus.jsonl and gold.json.")],
    json_out: JsonOption = False,
) -> None:
    """Claimed figures against hand-written gold: precision and recall of the value, value + quantity, and
    value + quantity + as-of date."""
    from storyline.evaluate.claims import score_claims

    if not (data / "gold.json").exists() or not (data / "corpus.jsonl").exists():
        fail(f"{data} needs corpus.jsonl and gold.json (the layout of examples/)")
    result = score_claims(data)
    if json_out:
        print_json(result)
        return
    table = Table(title=f"claims on {data}")
    for column in ("match on", "precision", "recall", "matched", "storyline", "gold"):
        table.add_column(column)
    for level, row in result.items():
        if not isinstance(row, dict) or "precision" not in row:  # the claimant and miss listings, printed below
            continue
        table.add_row(level, f"{row['precision']:.3f}", f"{row['recall']:.3f}", str(row["matched"]),
                      str(row["predicted"]), str(row["gold"]))  # fmt: skip
    console.print(table)
    who = result.get("claimant_agreement")
    if who:
        console.print(f"claimant agrees on {who['agree']} of {who['of']} figures matched on value and quantity")


def _print_scores(result: dict[str, Any], kind: str, data: Path, split: str) -> None:
    labels = list(result["per_position"])
    table = Table(title=f"stance on {data} ({split})")
    for column in ("position", "precision", "recall", "F1", "gold"):
        table.add_column(column)
    for label, row in result["per_position"].items():
        table.add_row(label, f"{row['precision']:.3f}", f"{row['recall']:.3f}", f"{row['f1']:.3f}", str(row["support"]))
    console.print(table)
    base = result["baseline"]
    console.print(f"macro F1 {result['macro_f1']:.3f}, accuracy {result['accuracy']:.3f}; majority baseline "
                  f"({base.get('position') or base.get('class')}): macro F1 {base['macro_f1']:.3f}, "
                  f"accuracy {base['accuracy']:.3f}")  # fmt: skip
    confusion = Table(title="confusion (rows gold, columns storyline)")
    columns = [*labels, "none"] if kind == "labelled" else labels
    confusion.add_column("gold")
    for c in columns:
        confusion.add_column(c)
    for gold in columns:
        row = result["confusion"].get(gold, {})
        if gold == "none" and not row:
            continue
        confusion.add_row(gold, *(str(row.get(c, 0)) for c in columns))
    console.print(confusion)
