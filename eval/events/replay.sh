#!/usr/bin/env bash
# Re-draw each judged audit sample of docs/evaluation.md with the code it was judged on (the commit its section
# names), into eval/events/samples/seedN.md: the exact events a reader judged, for train_confidence.py.
# Each commit is exported clean (git archive) beside a link to ../shared, as bench/audit_events.py expects.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${REPLAY_DIR:-/tmp/storyline-replay}
mkdir -p "$work" "$root/eval/events/samples"
[ -e "$work/shared" ] || ln -s "$root/../shared" "$work/shared"
# seed  commit-of-the-tree  commit-of-events.py (when the docs name a different one)
while read -r seed tree events; do
  [ -n "$seed" ] || continue
  dir="$work/$tree-$events"
  if [ ! -d "$dir" ]; then
    mkdir -p "$dir" && git -C "$root" archive "$tree" | tar -x -C "$dir"
    git -C "$root" show "$events:src/storyline/analyze/events.py" > "$dir/src/storyline/analyze/events.py"
    # round 1 was drawn before the drawing script was committed; the next commit's script draws the same way
    [ -f "$dir/bench/audit_events.py" ] || { mkdir -p "$dir/bench"; git -C "$root" show a8dfab9:bench/audit_events.py > "$dir/bench/audit_events.py"; }
  fi
  args=$(grep -E "^\.venv/bin/python bench/audit_events.py --seed $seed( |$)" "$root/docs/evaluation.md" | grep -v -- --all | head -1 | sed 's/#.*//; s/^.venv\/bin\/python bench\/audit_events.py //')
  out="$root/eval/events/samples/seed$seed.md"
  [ -s "$out" ] && continue
  # a held-out check may use options its tree's drawing script did not have yet (--unseen-after, --polnear): then
  # today's script draws (its draws for the older options are the same)
  (cd "$dir" && PYTHONPATH="$dir/src" "$root/.venv/bin/python" bench/audit_events.py $args 2>/dev/null) > "$out" ||
    (cd "$dir" && PYTHONPATH="$dir/src" "$root/.venv/bin/python" "$root/bench/audit_events.py" $args) > "$out"
  echo "seed $seed: $tree (events.py of $events): $(grep -c '^## ' "$root/eval/events/samples/seed$seed.md") events"
done <<'SEEDS'
5 9c28939 9c28939
6 a8dfab9 a8dfab9
7 dc643ee dc643ee
8 26c96ea 26c96ea
9 c5fc362 c5fc362
10 158da06 158da06
11 0d1d494 cc634d9
12 cd1f52b cd1f52b
13 cd1f52b cd1f52b
14 dcc283a dcc283a
15 00b1036 00b1036
16 2158403 2158403
17 41e92ef 41e92ef
18 5e0d469 16060d9
19 7632f8b d3ebc9b
20 2a88c49 2a88c49
21 2fc917e 2fc917e
22 db5af8c db5af8c
23 b146aca b146aca
24 a7aee69 a7aee69
25 bafac63 bafac63
26 08f9759 08f9759
27 30fd0a2 30fd0a2
28 028baf9 028baf9
29 5e42845 5e42845
30 517c8f7 517c8f7
31 c16117f c16117f
32 f559da1 f559da1
33 29a07ed 29a07ed
34 5725f02 5725f02
35 516fa06 516fa06
36 59163ac 59163ac
37 aeef7e2 aeef7e2
38 1ff714f 1ff714f
39 347ee31 347ee31
40 99c96b9 99c96b9
SEEDS
