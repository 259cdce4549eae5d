"""The kinds of advice an EHC needs assessment gathers (SEND Regulations 2014 reg 6(1)), as the
appliance names them, with the labels a caseworker reads."""

from __future__ import annotations

from typing import Literal, get_args

AdviceType = Literal[
    "parent_views",
    "child_views",
    "educational",
    "psychological",
    "medical",
    "speech_and_language",
    "occupational_therapy",
    "physiotherapy",
    "social_care",
    "hearing_impairment_teacher",
    "vision_impairment_teacher",
    "preparing_for_adulthood",
    "personal_details",
    "existing_plan",
    "annual_review",
    "other",
]
ADVICE_TYPES: tuple[AdviceType, ...] = get_args(AdviceType)
VIEWS_TYPES: tuple[AdviceType, ...] = ("parent_views", "child_views")


def as_advice_type(value: str) -> AdviceType | None:
    """`value` if it names an advice type, else None."""
    return next((t for t in ADVICE_TYPES if t == value), None)


ADVICE_LABELS = {
    "parent_views": "Views of the parent or carer",
    "child_views": "Views of the child or young person",
    "educational": "Educational advice",
    "psychological": "Psychological advice",
    "medical": "Medical advice",
    "speech_and_language": "Speech and language therapy advice",
    "occupational_therapy": "Occupational therapy advice",
    "physiotherapy": "Physiotherapy advice",
    "social_care": "Social care advice",
    "hearing_impairment_teacher": "Advice of a qualified teacher of the deaf",
    "vision_impairment_teacher": "Advice of a qualified teacher of the visually impaired",
    "preparing_for_adulthood": "Preparing for adulthood advice",
    "personal_details": "Personal details",
    "existing_plan": "Existing EHC plan",
    "annual_review": "Annual review",
    "other": "Other advice",
}
