"""Text addressed to a machine inside a report ("ignore your previous instructions"). It is
quoted in a QA flag and never drafted: advice is data, never instructions."""

from __future__ import annotations

import re

INSTRUCTION_RE = re.compile(
    r"ignore (all |your |any )?(previous|prior|above|earlier|the) instructions"
    r"|you are an? (ai|language model|assistant)"
    r"|system prompt|note to (any )?ai|disregard (the |your |all )?(previous |above )?instructions|as an ai\b"
    r"|(any|an) ai (system|model|tool)|large language model",
    re.I,
)


def addressed_to_machine(text: str) -> bool:
    return bool(INSTRUCTION_RE.search(text))
