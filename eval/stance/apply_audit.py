"""Apply the blind label audit (``label_audit.yaml``) to the stance set.

Reads ``dev.jsonl`` and ``test.jsonl`` (never writes them) and ``label_audit.yaml``, and writes
``dev.audited.jsonl`` and ``test.audited.jsonl`` in the same line format (one article a line, the
statements of the original in their order, relabelled in place, removed ones dropped, added ones
appended in the audit's order). The rules the audit applies are in ``LABELLING.md``.

Each change names the article ``id``, the ``actor`` and the ``evidence``:

- ``add``: a new statement (``actor``, ``position``, ``basis``, ``evidence``, ``claimed_by`` for a
  claim). Fails if the evidence is not an exact substring of the text, or if the statement is
  already there.
- ``remove``: drops the one statement with this actor, position, basis and evidence. Fails if none
  or several match.
- ``relabel``: the one statement with this actor and evidence and the old values under ``was``
  gets the new ``actor`` / ``position`` / ``basis`` (and ``claimed_by``). Fails if none or several
  match.

Every failure stops the run with a message naming the change; nothing is written then.

Usage: ``.venv/bin/python eval/stance/apply_audit.py`` (prints the counts per split and action).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
POSITIONS = {"support", "oppose", "conditional", "undecided"}
BASES = {"quote", "reported", "act", "claim"}
ACTIONS = {"add", "remove", "relabel"}


class AuditError(Exception):
    pass


def _where(split: str, n: int, change: dict) -> str:
    return f"{split} change #{n + 1} ({change.get('id')}, {change.get('action')}, {change.get('actor')})"


def _check_values(where: str, actor: str, position: str, basis: str, claimed_by) -> None:
    if not isinstance(actor, str) or actor.split(":", 1)[0] not in {"state", "org", "person"}:
        raise AuditError(f"{where}: actor {actor!r} is not state:/org:/person:")
    if position not in POSITIONS:
        raise AuditError(f"{where}: position {position!r} not in {sorted(POSITIONS)}")
    if basis not in BASES:
        raise AuditError(f"{where}: basis {basis!r} not in {sorted(BASES)}")
    if (basis == "claim") != bool(claimed_by):
        raise AuditError(f"{where}: claimed_by is given exactly when basis is claim")


def _matches(statement: dict, fields: dict) -> bool:
    return all(statement.get(k) == v for k, v in fields.items())


def apply_changes(articles: list[dict], changes: list[dict], split: str) -> Counter:
    """Apply ``changes`` to ``articles`` (in place); return the counts per action."""
    by_id = {a["id"]: a for a in articles}
    counts: Counter = Counter()
    for n, change in enumerate(changes):
        where = _where(split, n, change)
        action = change.get("action")
        if action not in ACTIONS:
            raise AuditError(f"{where}: action must be one of {sorted(ACTIONS)}")
        if not change.get("reason"):
            raise AuditError(f"{where}: no reason")
        article = by_id.get(change.get("id"))
        if article is None:
            raise AuditError(f"{where}: no article {change.get('id')!r} in {split}.jsonl")
        evidence = change.get("evidence")
        if not evidence or evidence not in article["text"]:
            raise AuditError(f"{where}: evidence is not in the text: {evidence!r}")
        statements = article["statements"]
        actor, position, basis = change.get("actor"), change.get("position"), change.get("basis")
        claimed_by = change.get("claimed_by")
        _check_values(where, actor, position, basis, claimed_by)
        if action == "add":
            new = {"actor": actor, "position": position, "basis": basis, "evidence": evidence}
            if claimed_by:
                new["claimed_by"] = claimed_by
            if any(_matches(s, {"actor": actor, "position": position, "evidence": evidence}) for s in statements):
                raise AuditError(f"{where}: this statement is already labelled")
            statements.append(new)
        elif action == "remove":
            key = {"actor": actor, "position": position, "basis": basis, "evidence": evidence}
            hits = [i for i, s in enumerate(statements) if _matches(s, key)]
            if len(hits) != 1:
                raise AuditError(f"{where}: {len(hits)} statements match the one to remove")
            del statements[hits[0]]
        else:  # relabel
            was = change.get("was") or {}
            if not was:
                raise AuditError(f"{where}: a relabel gives the old values under 'was'")
            key = {"actor": actor, "position": position, "basis": basis, "evidence": evidence}
            key.update(was)
            hits = [i for i, s in enumerate(statements) if _matches(s, key)]
            if len(hits) != 1:
                raise AuditError(f"{where}: {len(hits)} statements match the one to relabel ({key})")
            statement = statements[hits[0]]
            statement.update({"actor": actor, "position": position, "basis": basis})
            if claimed_by:
                statement["claimed_by"] = claimed_by
            else:
                statement.pop("claimed_by", None)
        counts[action] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    audit = yaml.safe_load((HERE / "label_audit.yaml").read_text(encoding="utf-8"))
    outputs = {}
    report = []
    for split in ("dev", "test"):
        lines = (HERE / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
        articles = [json.loads(line) for line in lines if line.strip()]
        before = sum(len(a["statements"]) for a in articles)
        try:
            counts = apply_changes(articles, audit.get(split) or [], split)
        except AuditError as err:
            print(f"apply_audit: {err}", file=sys.stderr)
            return 1
        after = sum(len(a["statements"]) for a in articles)
        outputs[split] = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles)
        changed = len({c["id"] for c in audit.get(split) or []})
        report.append(
            f"{split}: {len(articles)} articles, {before} -> {after} statements; "
            f"add {counts['add']}, remove {counts['remove']}, relabel {counts['relabel']} "
            f"({changed} articles changed)"
        )
    for split, text in outputs.items():
        (HERE / f"{split}.audited.jsonl").write_text(text, encoding="utf-8")
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
