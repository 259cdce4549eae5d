"""The benchmark's pure parts: percentiles, the efficiency ratio, growth, targets, the table."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from appliance.llm.llama import incomplete_utf8_tail
from bench import fixtures, report, targets
from bench.metrics import efficiency_ratio, growth_exponent, ideal_generation_seconds, percentile


def test_percentile_interpolates_between_ranks() -> None:
    values = [10.0, 20.0, 30.0, 40.0, 50.0]
    assert [percentile(values, q) for q in (0, 50, 95, 100)] == [10.0, 30.0, 48.0, 50.0]
    assert percentile([7.0], 95) == 7.0
    assert percentile([3.0, 1.0, 2.0], 50) == 2.0  # order of arrival does not matter
    assert math.isnan(percentile([], 50))


def test_efficiency_ratio_counts_only_uncached_prompt_tokens() -> None:
    # 300 prompt tokens at 300 tok/s (1 s) + 100 generated at 50 tok/s (2 s) = 3 s of bare work
    assert ideal_generation_seconds(300, 100, prompt_tps=300, generation_tps=50) == pytest.approx(3.0)
    assert efficiency_ratio(3.9, 300, 100, prompt_tps=300, generation_tps=50) == pytest.approx(1.3)
    assert efficiency_ratio(0.0, 0, 0, prompt_tps=300, generation_tps=50) is None  # the model did nothing


def test_growth_exponent_is_the_log_log_slope() -> None:
    assert growth_exponent([3, 6, 10], [1.5, 3.0, 5.0]) == pytest.approx(1.0)
    assert growth_exponent([3, 6, 10], [2.0, 2.0, 2.0]) == pytest.approx(0.0)
    assert growth_exponent([3, 6, 10], [9, 36, 100]) == pytest.approx(2.0)
    assert growth_exponent([3, 3], [1.0, 2.0]) is None
    assert growth_exponent([3, 6], [0.0, 1.0]) is None  # a zero cost has no logarithm


def _case(name: str, docs: int, pages: int, wall: float, generation: float, rss: float) -> dict[str, object]:
    stages = {"ingest": wall / 4, "routing": 0.01, "generation": generation, "grounding": 0.0, "qa": 0.05,
              "export": 0.05, "other": 0.01}  # fmt: skip
    return {"case": name, "documents": docs, "pages": pages, "wall_seconds_median": wall, "stages_seconds": stages,
            "peak_rss_mb": rss, "efficiency_ratio": 1.1 if generation else None,
            "llm": {"prompt_tokens": 10, "uncached_prompt_tokens": 5, "completion_tokens": 3}}  # fmt: skip


def test_targets_are_checked_against_the_figures() -> None:
    cases = [_case("small", 3, 10, 2.0, 0.0, 500), _case("medium", 6, 16, 12.0, 8.0, 600),
             _case("large", 10, 22, 6.0, 3.0, 620)]  # fmt: skip
    result = {"drafting": cases, "growth": targets.growth(cases), "ingestion": {"text": {"pages_per_s": 20.0}},
              "web": {"p95_ms": 40.0, "failed": 0, "server_peak_rss_mb": 1100.0},
              "remote": {"speedup_four_slots": 2.1, "four_drafts_vs_one": 1.9}}  # fmt: skip
    checked = {t.name: t.met for t in targets.check(result)}
    assert checked == {
        "median draft of the medium case, documents to .docx": True,
        "efficiency ratio (worst case)": True,
        "ingestion of text documents": True,
        "p95 page latency while drafts run": True,
        "failed requests": True,
        "peak resident memory": True,
        "time growth with pages: reading text, then the pipeline (log-log slope)": True,
        "memory growth with documents (log-log slope)": True,
        "one rewrite-all draft through llama-server, -np 4 against -np 1 (speed-up)": True,
        "4 drafts at once against one, at -np 4 (time ratio)": False,
    }
    assert {t.name: t.met for t in targets.check({})}["p95 page latency while drafts run"] is None


def test_table_prints_every_case_and_target() -> None:
    cases = [_case("small", 3, 10, 2.0, 0.0, 500), _case("medium", 6, 16, 12.0, 8.0, 600)]
    result = {
        "model": {"name": "tiny", "file": "tiny.gguf"}, "drafting": cases, "growth": targets.growth(cases),
        "environment": {"threads": 1, "batch_threads": 2, "cpus": 2, "omp_wait_policy": "PASSIVE",
                        "load_before": [1.0], "load_after": [1.2]},
    }  # fmt: skip
    result["targets"] = [t.as_dict() for t in targets.check(result)]
    lines = report.table(result).splitlines()
    assert any(line.startswith("small ") for line in lines) and any(line.startswith("medium ") for line in lines)
    assert sum("[" in line and "target" in line for line in lines) == len(result["targets"])


def test_the_remote_part_is_printed_side_by_side() -> None:
    run = {"model_calls": 31, "unusable": 0, "skipped": 0}
    remote = {
        "engine": "llama.cpp b1 at 127.0.0.1:1", "build_seconds": 0.1, "case": "medium", "threads": [1, 2],
        "one_slot": run | {"drafts": 1, "wall_seconds": 60.0},
        "four_slots": [run | {"drafts": n, "wall_seconds": w} for n, w in ((1, 30.0), (2, 36.0), (4, 45.0))],
        "speedup_four_slots": 2.0, "four_drafts_vs_one": 1.5,
    }  # fmt: skip
    lines = report._remote_lines(remote)
    assert lines[1:] == [
        "  one draft, -np 1, one request at a time:  60.0 s",
        "  one draft, -np 4, four requests at a time: 30.0 s (2.00x faster)",
        "  drafts at once, -np 4: 1: 30.0 s, 2: 36.0 s, 4: 45.0 s (4 drafts in 1.50x the time of one)",
    ]


def test_split_utf8_characters_postpone_the_stop_checks() -> None:
    assert incomplete_utf8_tail(b"plain") == 0
    assert incomplete_utf8_tail("caf\u00e9".encode()[:-1]) == 1  # the first byte of a 2-byte character
    assert incomplete_utf8_tail("ab\u2019".encode()[:3]) == 2  # the first of 3 bytes: two to come


def test_bench_fixtures_are_found_with_their_page_counts(tmp_path: Path) -> None:
    folder = tmp_path / "bench" / "small" / "documents"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text("Some advice.")
    (folder / "notes.md").write_text("not a document")
    (tmp_path / "manifest.json").write_text('{"bench": {"small": {"documents": [{"file": "a.txt", "pages": 2}]}}}')
    case = fixtures.load_case("small", tmp_path)
    assert [(d.name, d.format, d.pages) for d in case.documents] == [("a.txt", "txt", 2)]
    assert case.pages == 2 and case.details == {}
    with pytest.raises(FileNotFoundError):
        fixtures.load_case("large", tmp_path)


def test_the_ratio_baseline_is_the_mean_of_the_rates_around_the_drafts() -> None:
    from bench.run import bracketing

    rates = {"model": "m.gguf", "threads": 1, "prompt_tokens": 512, "generated_tokens": 128, "repeats": 3,
             "prompt_tps_runs": [1.0], "generation_tps_runs": [1.0], "load_seconds": 0.1}  # fmt: skip
    before, after = rates | {"prompt_tps": 400.0, "generation_tps": 60.0}, rates | {"prompt_tps": 300.0,
                                                                                    "generation_tps": 50.0}  # fmt: skip
    baseline = bracketing(before, after)
    assert baseline is not None and (baseline.prompt_tps, baseline.generation_tps) == (350.0, 55.0)
    assert bracketing(before, {"timed_out_after_s": 300}) == bracketing(before, before)
    assert bracketing({"timed_out_after_s": 300}, {"timed_out_after_s": 300}) is None


def test_make_eval_keeps_what_held_out_cases_missed_hidden() -> None:
    """A held-out group's scores are printed, its misses only on request; a tuning group's always."""
    from bench import evaluation

    assert evaluation.shows_details(Path("tests/fixtures/cases"))
    assert not evaluation.shows_details(Path("tests/fixtures/heldout2"))
    assert evaluation.shows_details(Path("tests/fixtures/heldout2"), show_held_out=True)
    case = evaluation.CaseResult(case="h99-test", missed=["N1"], false_flags=["PROVISION_NO_DELIVERER: x"])
    shown = evaluation.table("heldout", [case])
    hidden = evaluation.table("heldout", [case], details=False)
    assert "N1" in shown and "PROVISION_NO_DELIVERER" in shown
    assert "h99-test" in hidden and "N1" not in hidden and "PROVISION_NO_DELIVERER" not in hidden


@pytest.mark.slow
def test_groups_drafted_in_parallel_score_as_they_do_one_at_a_time(tmp_path: Path) -> None:
    """`make eval -j` and the floor tests draft a group per process: each group's results must be the ones a single
    process gets, and stay with their group."""
    import shutil

    from bench import evaluation

    cases = sorted(p for p in (Path(__file__).parent / "fixtures" / "cases59").iterdir() if p.is_dir())[:2]
    groups = []
    for n, case in enumerate(cases):
        group = tmp_path / f"group{n}"
        shutil.copytree(case, group / case.name)
        groups.append(group)
    one_at_a_time = evaluation.evaluate_groups(groups, jobs=1)
    in_parallel = evaluation.evaluate_groups(groups, jobs=2)
    assert list(in_parallel) == groups
    for group in groups:
        assert [r.case for r in in_parallel[group]] == [group.iterdir().__next__().name]
        assert [(r.found, r.items, r.flags_raised, r.missed) for r in in_parallel[group]] == [
            (r.found, r.items, r.flags_raised, r.missed) for r in one_at_a_time[group]
        ]
