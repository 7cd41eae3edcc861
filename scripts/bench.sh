#!/usr/bin/env bash
# The performance suite in one command (docs/performance.md):
#
#   bash scripts/bench.sh            # full sizes, 5 paired runs per figure (by hand: 1-2 hours,
#                                    # most of it generating the 1,000,000-case store once)
#   bash scripts/bench.sh --smoke    # tiny sizes, 1 run each, no ratio judged (CI: a few minutes)
#
# Sets up the reference harness of ../shared/bench outside the repo (venv with SpiffWorkflow, the
# C limits), builds `sop` and `sop-bench` in release, runs every figure paired A B A B with
# ../shared/bench/rep.py, and prints one table: median [min-max] of each side and of the ratio
# taken pair by pair. Environment: SOP_BENCH_WORK (scratch, default ../bench-work next to the
# repo), SOP_BENCH_HARNESS (default ../shared/bench), SOP_BENCH_RUNS, SOP_BENCH_CASES (the report
# store, default 1000000), SOP_BENCH_SCALE_CASES (the big store of target 6, default the same).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HARNESS="${SOP_BENCH_HARNESS:-$ROOT/../shared/bench}"
WORK="${SOP_BENCH_WORK:-$(cd "$ROOT/.." && pwd)/bench-work}"
VENV="$WORK/.venv"   # shared by full and smoke runs
SMOKE=0
[[ "${1:-}" == "--smoke" ]] && SMOKE=1

if [[ $SMOKE == 1 ]]; then
    RUNS=1; WARMUP=0; CASES_EXEC=30; WRITERS=4; SPIFF_CASES=30; APPEND_N=2000; SOP_STEPS=300; RENDER_STEPS=50
    REPORT_CASES=300; SCALE_SMALL=30; SCALE_BIG=300; SCALE_RUN=10; WORK="$WORK/smoke"
    EXITS=50
else
    RUNS="${SOP_BENCH_RUNS:-5}"; WARMUP=1; CASES_EXEC=1000; WRITERS="${SOP_BENCH_WRITERS:-4}"; SPIFF_CASES=1000; APPEND_N=20000; SOP_STEPS=10000; RENDER_STEPS=1000
    REPORT_CASES="${SOP_BENCH_CASES:-1000000}"; SCALE_SMALL=1000; SCALE_BIG="${SOP_BENCH_SCALE_CASES:-$REPORT_CASES}"; SCALE_RUN=300
    EXITS=5000
fi
mkdir -p "$WORK/bin" "$WORK/runs"
cd "$ROOT"

say() { printf '\n== %s\n' "$*" >&2; }

# --- reference harness (kept out of the repo) ------------------------------------------------
say "reference harness in $WORK"
cc -O2 -o "$WORK/bin/libyaml_scan" "$HARNESS/limits/libyaml_scan.c" -lyaml
cc -O2 -o "$WORK/bin/sqlite_append" "$HARNESS/limits/sqlite_append.c" -lsqlite3
SPIFF=""
if [[ ! -x "$VENV/bin/python" ]] || ! "$VENV/bin/python" -c 'import SpiffWorkflow' 2>/dev/null; then
    if python3 -m venv "$VENV" && "$VENV/bin/pip" install -q 'spiffworkflow>=3,<4' pyyaml; then :; else
        echo "SpiffWorkflow could not be installed: the peer figure is skipped" >&2
    fi
fi
"$VENV/bin/python" -c 'import SpiffWorkflow' 2>/dev/null && SPIFF="$VENV/bin/python $HARNESS/peer/run_spiff.py"

# --- release build (own scratch path: never locks the main .build) ---------------------------
# The Swift runtime and Foundation linked in statically, as a shipped `sop` would be: the dynamic
# loader's symbol binding was a quarter of `sop periksa`'s start-up (docs/performance.md, target 5).
say "release build"
RELEASE=(-c release --static-swift-stdlib --scratch-path "$ROOT/.build-bench")
for product in sop-bench sop; do
    swift build "${RELEASE[@]}" --product "$product" >&2
done
BIN="$(swift build "${RELEASE[@]}" --show-bin-path)"
BENCH="$BIN/sop-bench"; SOP="$BIN/sop"

# --- inputs ----------------------------------------------------------------------------------
say "inputs"
"$BENCH" buat-sop --langkah "$SOP_STEPS" --keluar "$WORK/sop_$SOP_STEPS.yaml" >&2
"$BENCH" buat-sop --langkah "$RENDER_STEPS" --keluar "$WORK/sop_$RENDER_STEPS.yaml" >&2
"$BENCH" buat-sop --cabang "$EXITS" --keluar "$WORK/cabang_$EXITS.yaml" >&2
store() {  # store N: a case store of N helpdesk cases, generated once and kept
    local path="$WORK/kasus_$1.sqlite"
    if [[ ! -f "$path.done" ]]; then
        "$BENCH" buat-kasus --data "$path" --kasus "$1" --baru >&2
        touch "$path.done"
    fi
    echo "$path"
}
REPORT_DB="$(store "$REPORT_CASES")"
SMALL_DB="$(store "$SCALE_SMALL")"
BIG_DB="$(store "$SCALE_BIG")"

# --- paired runs -----------------------------------------------------------------------------
TABLE="$WORK/runs/table.txt"; : > "$TABLE"
pair() {  # pair NAME FIELD_A FIELD_B WANT 'CMD_B' CMD_A...   (FIELD_B may be '-': A alone)
    local name="$1" fa="$2" fb="$3" want="$4" vs="$5"; shift 5
    local save="$WORK/runs/$(printf '%s' "$name" | tr -c 'A-Za-z0-9' '_').jsonl"; rm -f "$save"
    say "$name"
    if [[ "$vs" == "-" ]]; then
        python3 "$HARNESS/rep.py" -n "$RUNS" --warmup "$WARMUP" --save "$save" -- "$@" >&2 || true
    else
        python3 "$HARNESS/rep.py" -n "$RUNS" --warmup "$WARMUP" --vs "$vs" --save "$save" -- "$@" >&2 || true
    fi
    python3 - "$save" "$name" "$fa" "$fb" "$want" "$*" "$vs" >> "$TABLE" <<'PY'
import json, statistics, sys
save, name, fa, fb, want, cmd_a, cmd_b = sys.argv[1:]
runs = [json.loads(l) for l in open(save)]
a = [r for r in runs if r['cmd'] == 'A']; b = [r for r in runs if r['cmd'] == 'B']
def spread(xs):
    xs = [x for x in xs if x is not None]
    if not xs: return 'n/a'
    f = (lambda v: f'{v:,.0f}') if max(map(abs, xs)) >= 100 else (lambda v: f'{v:.3g}')
    return f'{f(statistics.median(xs))} [{f(min(xs))}-{f(max(xs))}]'
failed = sum(r['rc'] != 0 for r in runs)
line = f'{name}' + ''.join(f'\n  A {f}: {spread([r.get(f) for r in a])}' for f in fa.split(',')) + f'    ({cmd_a})'
if fb != '-' and b:
    line += f'\n  B {fb}: {spread([r.get(fb) for r in b])}    ({cmd_b})'
    line += f'\n  ratio A/B: {spread([ra[fa] / rb[fb] for ra, rb in zip(a, b) if ra.get(fa) and rb.get(fb)])}   target {want}'
else:
    line += f'   target {want}'
if failed: line += f'\n  ({failed} runs FAILED: see {save})'
print(line)
PY
}

EXEC_DB="$WORK/eksekusi.sqlite"
if [[ -n "$SPIFF" ]]; then
    pair "1a execution vs SpiffWorkflow durable (tasks/s)" r.tasks_per_s r.tasks_per_s ">= 10" \
        "$SPIFF $SPIFF_CASES --mode durable --no-timers --db $WORK/spiff.db" \
        "$BENCH" eksekusi --kasus "$CASES_EXEC" --data "$EXEC_DB"
fi
pair "1b execution vs raw SQLite append (events/s)" r.events_per_s r.events_per_s ">= 0.5" \
    "$WORK/bin/sqlite_append $WORK/append.db txn NORMAL $APPEND_N" \
    "$BENCH" eksekusi --kasus "$CASES_EXEC" --data "$EXEC_DB"
# FIELD_A may name several fields (comma-separated) when A runs alone: one line each.
pair "1c $WRITERS concurrent writers on one store in one process (steps/s; over one writer, paired inside)" \
    r.tasks_per_s,r.single_tasks_per_s,r.ratio_vs_single - "report (ratio >= 1: no collapse)" - \
    "$BENCH" serentak --penulis "$WRITERS" --kasus "$CASES_EXEC" --data "$WORK/serentak.sqlite"
pair "2 load+check $SOP_STEPS steps vs libyaml event parse (MB/s)" r.mb_s r.mb_s ">= 0.5" \
    "$WORK/bin/libyaml_scan $WORK/sop_$SOP_STEPS.yaml 5" \
    "$BENCH" muat "$WORK/sop_$SOP_STEPS.yaml" --ulang 5
pair "2m load+check peak memory over file size (one load)" r.peak_over_file - "< 4" - \
    "$BENCH" muat "$WORK/sop_$SOP_STEPS.yaml" --ulang 1
pair "3 HTML render $RENDER_STEPS steps / load+check (in-process pairs)" r.render_over_load - "<= 3" - \
    "$BENCH" cetak "$WORK/sop_$RENDER_STEPS.yaml" --ulang 5
pair "8 cetak of one decision with $EXITS exits / its load (in-process pairs)" r.render_over_load - "<= 3" - \
    "$BENCH" cetak "$WORK/cabang_$EXITS.yaml" --ulang 5
pair "4 compliance report, $REPORT_CASES cases vs sqlite3 aggregate (wall s)" wall_s wall_s "<= 3" \
    "sqlite3 $REPORT_DB 'SELECT step, count(*), min(occurred_at), max(occurred_at) FROM event GROUP BY step'" \
    "$SOP" laporan kepatuhan --data "$REPORT_DB" --dari 2024-04-01 --sampai 2025-04-30
pair "4m compliance report peak RSS (MB)" peak_rss_mb - "bounded" - \
    "$SOP" laporan kepatuhan --data "$REPORT_DB" --dari 2024-04-01 --sampai 2025-04-30
pair "5 sop periksa sops/helpdesk.yaml vs libyaml_scan (wall s)" wall_s wall_s "<= 3" \
    "$WORK/bin/libyaml_scan sops/helpdesk.yaml 1" \
    "$SOP" periksa sops/helpdesk.yaml
pair "6 us/step on $SCALE_BIG-case store vs $SCALE_SMALL-case store" r.us_per_step_median r.us_per_step_median "~ 1 (flat)" \
    "$BENCH skala --data $SMALL_DB --kasus $SCALE_RUN" \
    "$BENCH" skala --data "$BIG_DB" --kasus "$SCALE_RUN"

# Figure 7: load+check grows linearly: 10x the steps takes <= 11x the time (issue 12).
BIG_STEPS=$((SOP_STEPS * 10))
"$BENCH" buat-sop --langkah "$BIG_STEPS" --keluar "$WORK/sop_$BIG_STEPS.yaml" >&2
pair "7 load+check $BIG_STEPS steps / $SOP_STEPS steps (median s)" r.seconds_median r.seconds_median "<= 11" \
    "$BENCH muat $WORK/sop_$SOP_STEPS.yaml --ulang 3" \
    "$BENCH" muat "$WORK/sop_$BIG_STEPS.yaml" --ulang 3

say "results ($([[ $SMOKE == 1 ]] && echo 'smoke: sizes too small for the ratios to mean anything' || echo full))"
{ echo "machine: $(nproc) cores, $(uname -sr), $(swift --version 2>&1 | head -1)"; cat "$TABLE"; } | tee "$WORK/runs/summary.txt"
