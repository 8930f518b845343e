"""The Typer application, shared options and output helpers used by every command module."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.console import Console

from storyline.errors import StorylineError

app = typer.Typer(
    name="storyline",
    help="Follow one political story across outlets and years: copies, events, quotes, stances, figures, framing.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score storyline on gold data sets (see README, Evaluation).", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

console = Console(stderr=False, highlight=False)
err_console = Console(stderr=True, highlight=False)

DbOption = Annotated[str, typer.Option("--db", help="SQLite store file.", envvar="STORYLINE_DB")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")]


def fail(message: str, code: int = 2) -> None:
    err_console.print(f"[red]error:[/red] {message}", soft_wrap=True)
    raise typer.Exit(code)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def open_store(db: str, must_exist: bool = True):  # type: ignore[no-untyped-def]
    from pathlib import Path

    from storyline.store import Store

    if must_exist and db != ":memory:" and not Path(db).exists():
        fail(f"no store at {db}; run `storyline ingest PATH...` first (or pass --db)")
    try:
        return Store(db)
    except StorylineError as exc:
        fail(str(exc))
    except Exception as exc:  # sqlite3.DatabaseError on a file that is not a store
        fail(f"{db} is not a storyline store ({exc})")


def open_store_for_actor(db: str, actor: str | None):  # type: ignore[no-untyped-def]
    """The store, after checking that ``actor`` (when given) names someone in it: a filter that matches no
    one would print an empty table, which reads as "no quotes" or "no events" rather than "no such actor"."""
    from storyline.report.queries import actor_ids_for

    store = open_store(db)
    if actor and not actor_ids_for(store, actor):
        fail(f"no actor matches {actor!r}; try a state or organisation name, a person's name, or an id (state:NOR)")
    return store
