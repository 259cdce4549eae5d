"""The benchmark's outputs: one summary table on the console, the same figures as JSON, and a
small plot of time and memory against the number of documents and pages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

STAGE_COLUMNS = ("ingest", "routing", "generation", "grounding", "qa", "export", "other")


def _f(value: Any, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _header(r: dict[str, Any]) -> list[str]:
    env, bare = r["environment"], r.get("bare") or {}
    lines = [
        f"EHCP appliance benchmark: model {r['model']['name']} ({r['model']['file']}); {env['threads']} generation "
        f"/ {env['batch_threads']} prompt threads on {env['cpus']} CPUs, OpenMP waits {env['omp_wait_policy']}; "
        f"load average {env['load_before']} before, {env['load_after']} after",
    ]
    if "prompt_tps" in bare:
        after = r.get("bare_after_drafts") or {}
        lines.append(
            f"Bare llama.cpp (low-level API, median of {bare['repeats']}): prompt {_f(bare['prompt_tps'])} tok/s "
            f"(pp{bare['prompt_tokens']}), generation {_f(bare['generation_tps'])} tok/s (tg{bare['generated_tokens']})"
            + (f"; after the drafts {_f(after.get('prompt_tps'))} / {_f(after.get('generation_tps'))}" if after else "")
        )
        if bare.get("depth"):
            lines.append(
                f"  with {bare['depth']} tokens already in context, as in a draft's calls: prompt (pp128) "
                f"{_f(bare.get('prompt_tps_at_depth'))} tok/s, generation "
                f"{_f(bare.get('generation_tps_at_depth'))} tok/s"
            )
    ing = r.get("ingestion")
    if ing:
        t, s = ing["text"], ing["scanned"]
        lines.append(
            f"Ingestion (warm): text {t['pages']} pages / {t['documents']} docs in {_f(t['seconds'], 2)} s = "
            f"{_f(t['pages_per_s'])} pages/s, {_f(t['passages_per_s'])} passages/s; scanned {s['pages']} pages in "
            f"{_f(s['seconds'], 2)} s; all {_f(ing['all']['pages_per_s'])} pages/s; "
            f"cold start {_f(ing['cold_start_seconds'], 2)} s; peak RSS {_f(ing['peak_rss_mb'], 0)} MB"
        )
    return lines


def _case_rows(cases: list[dict[str, Any]]) -> list[str]:
    head = ["case", "docs", "pages", "wall s", *STAGE_COLUMNS, "prompt", "uncached", "gen", "ratio", "@depth", "RSS MB"]
    rows = [head]
    for c in cases:
        llm = c["llm"]
        rows.append([
            c["case"], str(c["documents"]), str(c["pages"]), _f(c["wall_seconds_median"], 2),
            *(_f(c["stages_seconds"].get(s), 2) for s in STAGE_COLUMNS),
            str(llm.get("prompt_tokens", 0)), str(c["llm"].get("uncached_prompt_tokens", 0)),
            str(llm.get("completion_tokens", 0)), _f(c["efficiency_ratio"], 2),
            _f(c.get("efficiency_ratio_at_depth"), 2), _f(c["peak_rss_mb"], 0),
        ])  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    return ["  ".join(cell.rjust(w) if i else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths,
            strict=True))) for row in rows]  # fmt: skip


def _web_line(web: dict[str, Any]) -> str:
    signin = web["by_page"].get("sign_in", {})
    return (
        f"Web: {web['caseworkers']} caseworkers (think {web['think_seconds']} s) while {len(web['drafts'])} drafts "
        f"ran: p50 {_f(web['p50_ms'])} ms, p95 {_f(web['p95_ms'])} ms over {web['page_views_during_drafts']} page "
        f"views; {web['failed']} of {web['requests']} requests failed; sign-in p50 {_f(signin.get('p50_ms'), 0)} ms; "
        f"server start {_f(web['server_start_seconds'], 1)} s, peak RSS {_f(web['server_peak_rss_mb'], 0)} MB"
    )


def _runs(run: dict[str, Any]) -> str:
    runs = run.get("runs_seconds")
    return f" (mean of {' and '.join(_f(r) for r in runs)})" if runs else ""


def _remote_lines(far: dict[str, Any]) -> list[str]:
    one, four = far["one_slot"], far["four_slots"]
    calls = one["model_calls"]
    lines = [
        f"Shared model server: {far.get('engine')} (built from llama-cpp-python's llama.cpp in "
        f"{_f(far['build_seconds'], 0)} s; cached), case {far['case']}, every statement by the model "
        f"({calls} calls a draft), -t {far['threads'][0]} -tb {far['threads'][1]}:",
        f"  one draft, -np 1, one request at a time:  {_f(one['wall_seconds'])} s{_runs(one)}",
        f"  one draft, -np 4, four requests at a time: {_f(four[0]['wall_seconds'])} s{_runs(four[0])} "
        f"({_f(far['speedup_four_slots'], 2)}x faster)",
        "  drafts at once, -np 4: "
        + ", ".join(f"{run['drafts']}: {_f(run['wall_seconds'])} s" for run in four)
        + f" ({four[-1]['drafts']} drafts in {_f(far['four_drafts_vs_one'], 2)}x the time of one)",
    ]
    if far.get("load_before"):
        lines.append(f"  load average {far['load_before']} before, {far.get('load_after')} after")
    bad = sum(r["unusable"] + r["skipped"] for r in [one, *four])
    if bad:
        lines.append(f"  {bad} statements were not written by the model (unusable replies or the server lost)")
    return lines


def table(r: dict[str, Any]) -> str:
    lines = _header(r)
    if r.get("drafting"):
        lines += ["", "Drafts end to end (median run; seconds per stage; tokens; ratio = generation wall / "
                  "bare-llama time for uncached prompt + generated tokens):"]  # fmt: skip
        lines += _case_rows(r["drafting"])
        lines.append("growth (log-log slope; 1 = linear): " + ", ".join(f"{k} {_f(v, 2)}" for k, v in
                                                                      r["growth"].items()))  # fmt: skip
    if r.get("web"):
        lines += ["", _web_line(r["web"])]
    if r.get("remote"):
        lines += ["", *_remote_lines(r["remote"])]
    lines += ["", "Targets:"]
    for t in r.get("targets", []):
        mark = {True: "met", False: "NOT MET", None: "not measured"}[t["met"]]
        lines.append(f"  [{mark:>12}] {t['target']}: {_f(t['value'], 2)} (target {t['limit']})")
    return "\n".join(lines)


def write_json(r: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(r, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
