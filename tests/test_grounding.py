"""A statement may only say what its cited passages say."""

from __future__ import annotations

from appliance.evidence.grounding import check, keeps_key_terms, numbers

SOURCE = "Sam should attend a social skills group for 30 minutes twice a week, led by Mrs Khan."


def test_faithful_statement_passes() -> None:
    assert check(
        "Sam will attend a social skills group for 30 minutes twice a week, led by Mrs Khan.",
        [SOURCE],
        {"Sam"},
    ).ok


def test_invented_number_fails() -> None:
    result = check("Sam will attend a social skills group for 45 minutes twice a week.", [SOURCE], {"Sam"})
    assert not result.ok
    assert "45" in result.problems[0]


def test_number_words_and_digits_are_the_same_number() -> None:
    assert numbers("two sessions") == numbers("2 sessions") == {"2"}
    assert check("Sam will attend 2 sessions a week.", ["Sam will attend two sessions a week."], {"Sam"}).ok


def test_invented_name_fails() -> None:
    result = check("Sam will attend a social skills group led by Mr Jones.", [SOURCE], {"Sam"})
    assert not result.ok
    assert any("Jones" in p for p in result.problems)


def test_invented_content_fails() -> None:
    result = check("Sam will receive hydrotherapy and equine therapy sessions.", [SOURCE], {"Sam"})
    assert not result.ok


def test_rewrite_must_keep_quantities_and_terms() -> None:
    extract = "Sam will attend a social skills group for 30 minutes twice a week."
    assert keeps_key_terms("Sam will go to a social skills group twice a week for 30 minutes.", extract)
    assert not keeps_key_terms("Sam will go to a group twice a week.", extract)
