"""`storyline eval furniture`: furniture removal scored on texts with furniture inserted by a seeded generator."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from storyline.cli.app import JsonOption, console, eval_app, fail, print_json


@eval_app.command("furniture")
def eval_furniture(
    data: Annotated[
        list[Path],
        typer.Option("--data", help="A folder of .txt files or BASIL-layout .json files (repeat for several sets)."),
    ],
    seed: Annotated[int, typer.Option(help="Seed of the furniture generator.")] = 0,
    analyze: Annotated[
        int, typer.Option("--analyze", help="Also analyse the first N articles of each set, clean and dirty.")
    ] = 0,
    json_out: JsonOption = False,
) -> None:
    """Furniture precision and recall, lines of the original texts removed, and (with --analyze) entities and
    quotes kept. Every removed original line is printed: judge each (a source text carries furniture too)."""
    from storyline.evaluate.furniture import evaluate

    missing = [str(p) for p in data if not p.exists()]
    if missing:
        fail(f"no such data folder: {', '.join(missing)}")
    result = evaluate([str(p) for p in data], seed=seed, analyze_sample=analyze)
    if json_out:
        print_json(result)
    else:
        table = Table(
            "set", "articles", "inserted", "precision", "recall", "original lines removed", "same after cleaning"
        )
        for name, figures in result["sets"].items():
            table.add_row(
                "/".join(Path(name).parts[-3:]), str(figures["articles"]), str(figures["inserted_lines"]), str(figures["precision"]),
                str(figures["recall"]), str(figures["original_lines_removed"]), str(figures["same_after_cleaning"]),
            )  # fmt: skip
        console.print(table)
        for figures in result["sets"].values():
            for example in figures["original_lines_removed_examples"]:
                console.print(f"removed from {example['article']}: {example['text']!r} ({example['kind']})")
            if "analysis" in figures:
                console.print_json(data=figures["analysis"])
