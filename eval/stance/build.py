"""Build dev.jsonl and test.jsonl of the stance set from written.yaml and the demo corpus.

Run from the repository root: ``.venv/bin/python eval/stance/build.py``. Demo articles A01-A11 go to dev
and A12-A22 to test (their statements are the hand-written stances of examples/gold.json); each written
article carries its own split.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ISSUE = "recognition of a Palestinian state"


def written() -> list[dict]:
    items = []
    for art in yaml.safe_load((HERE / "written.yaml").read_text("utf-8")):
        for st in art["statements"]:
            if st["evidence"] not in art["text"]:
                raise SystemExit(f"{art['id']}: evidence not in text: {st['evidence']!r}")
        items.append({"id": art["id"], "split": art["split"], "source": "written", "issue": art["issue"],
                      "published": art["published"], "text": art["text"], "statements": art["statements"]})  # fmt: skip
    return items


def demo() -> list[dict]:
    gold = json.loads((ROOT / "examples" / "gold.json").read_text("utf-8"))
    items = []
    for line in (ROOT / "examples" / "corpus.jsonl").read_text("utf-8").splitlines():
        art = json.loads(line)
        g = gold["articles"][art["url"]]
        number = int(g["ref"][1:])
        statements = [
            {k: s[k] for k in ("actor", "position", "basis", "claimed_by") if s.get(k)} | {"evidence": s["text"]}
            for s in g.get("stances", [])
        ]
        items.append({"id": g["ref"], "split": "dev" if number <= 11 else "test", "source": "demo",
                      "issue": gold.get("story_issue", ISSUE), "published": art["published"], "text": art["text"],
                      "outlet": art.get("outlet"), "statements": statements})  # fmt: skip
    return items


def main() -> None:
    items = written() + demo()
    for split in ("dev", "test"):
        rows = [i for i in items if i["split"] == split]
        with (HERE / f"{split}.jsonl").open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(split, len(rows), "articles,", sum(len(r["statements"]) for r in rows), "statements")


if __name__ == "__main__":
    main()
