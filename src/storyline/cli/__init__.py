"""The ``storyline`` command line: a thin layer over :mod:`storyline.service` and the store's queries.

Commands live one group per module in this package and register on :data:`storyline.cli.app.app`;
``main`` imports them all. Exit codes: 0 success; 1 some inputs were rejected (the rest were
processed); 2 a usage error or a problem that stopped the command.
"""

from __future__ import annotations

import importlib
import pkgutil

from storyline.cli.app import app


def _load_commands() -> None:
    for info in pkgutil.iter_modules(__path__):
        if info.name != "app":
            importlib.import_module(f"{__name__}.{info.name}")


def main() -> None:
    _load_commands()
    app()


_load_commands()
