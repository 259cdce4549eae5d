"""Each flag code's title as a caseworker reads it ("Preparing for adulthood missing", not
"Pfa missing"): the review page, the sign-off page and the Word export's QA record use these."""

from __future__ import annotations

FLAG_TITLES = {
    "SECTION_MISSING": "Section missing",
    "ADVICE_MISSING": "Advice missing",
    "SENSORY_SPECIALIST_ADVICE_MISSING": "Specialist teacher's advice missing (hearing or vision)",
    "CHILD_VIEWS_MISSING": "Child's views missing",
    "PARENT_VIEWS_MISSING": "Parents' views missing",
    "ADVICE_OUT_OF_DATE": "Advice out of date",
    "OTHER_CHILD_NAME": "Another child's details",
    "PROVISION_NOT_QUANTIFIED": "Provision not quantified",
    "PROVISION_NO_DELIVERER": "Provision without a named deliverer",
    "VAGUE_WORDING": "Vague wording",
    "PROVISION_DELEGATED": "Provision left to someone else to decide",
    "MONEY_ONLY_PROVISION": "Provision given only as money",
    "NEED_WITHOUT_PROVISION": "Need without provision",
    "PROVISION_WITHOUT_NEED": "Provision without a need",
    "HEALTH_NEED_WITHOUT_PROVISION": "Health need without health provision",
    "SOCIAL_CARE_NEED_WITHOUT_PROVISION": "Social care need without social care provision",
    "EDUCATIONAL_PROVISION_MISPLACED": "Educational provision in the wrong section",
    "OUTCOME_NOT_SMART": "Outcome not SMART",
    "PFA_MISSING": "Preparing for adulthood missing",
    "PLACEMENT_IN_DRAFT": "Placement named in a draft",
    "UNSUPPORTED_STATEMENT": "Statement not supported by the advice",
    "ADVICE_CONFLICT": "Advice in conflict",
    "INSTRUCTION_IN_ADVICE": "Text addressed to an AI in the advice",
    "ADVICE_NOT_DRAFTED": "Advice not drafted",
    "OUTCOME_EXPIRES": "Outcome expires before the plan is final",
    "PROVISION_REDUCED": "Provision reduced",
    "CHANGE_UNEVIDENCED": "Change without evidence",
    "OUTCOME_ROLLED_OVER": "Outcome rolled over",
    "STALE_CONTENT": "Out-of-date content",
    "REVIEW_DEADLINE": "Review deadline",
}


def flag_title(code: str) -> str:
    """The code's title; a code without one reads as words ("SOME_NEW_CODE" -> "Some new code")."""
    return FLAG_TITLES.get(code) or code.replace("_", " ").capitalize()
