"""Quote commands: `storyline quotes` (who said what, from the store) and `storyline eval quotes` (PolNeAR)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from storyline.cli.app import (
    DbOption,
    JsonOption,
    app,
    console,
    err_console,
    eval_app,
    fail,
    open_store_for_actor,
    print_json,
)


@app.command()
def quotes(
    speaker: Annotated[
        str | None, typer.Option(help="Only quotes whose speaker (as written or resolved) contains NAME.")
    ] = None,
    actor: Annotated[
        str | None,
        typer.Option(help="Only quotes by this actor or by people speaking for it: a name (Norway, Holm) or an id."),
    ] = None,
    db: DbOption = "storyline.db",
    json_out: JsonOption = False,
) -> None:
    """Who said what: stored quotes with their speaker, the actor and the state or organisation behind it."""
    from storyline.report.queries import quote_rows

    store = open_store_for_actor(db, actor)
    rows = quote_rows(store, speaker=speaker, actor=actor)
    if json_out:
        print_json(rows)
        return
    table = Table("date", "outlet", "speaker", "speaks for", "kind", "cue", "quote", title=f"{len(rows)} quote(s)")
    for q in rows:
        who = q.get("speaker") or "?"
        if q.get("speaker_name") and q["speaker_name"] != q.get("speaker"):
            who += f" ({q['speaker_name']})"
        table.add_row((q.get("published") or "")[:10], q.get("outlet") or "", who, q.get("speaker_affiliation") or "",
                      q["kind"], q.get("cue") or "", q["text"])  # fmt: skip
    console.print(table)


@eval_app.command("quotes")
def eval_quotes(
    data: Annotated[Path, typer.Option("--data", help="A PolNeAR-layout folder: text/*.txt and attributions/*.ann.")],
    limit: Annotated[int | None, typer.Option(help="Score only the first N articles (by name).")] = None,
    json_out: JsonOption = False,
) -> None:
    """Score quote attribution (content, cue, source) on PolNeAR, beside textacy's direct_quotations."""
    from storyline.evaluate.polnear import evaluate, format_table

    try:
        result = evaluate(data, limit=limit)
    except FileNotFoundError as exc:
        fail(str(exc))
    if json_out:
        print_json(result)
    else:
        header, *body = format_table(result)
        table = Table(*header, title=f"PolNeAR attribution, {result['documents']} articles from {data}")
        for row in body:
            table.add_row(*row)
        console.print(table)
        console.print("gold annotator: the first by file name where an article has several")
    for failure in result["failed"]:
        err_console.print(f"failed: {failure}", markup=False)
    raise typer.Exit(1 if result["failed"] else 0)
