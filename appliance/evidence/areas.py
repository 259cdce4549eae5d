"""Which broad area of need a passage bears on (SEND Code of Practice 6.28-6.35)."""

from __future__ import annotations

import re

AREA_HEADINGS: list[tuple[str, re.Pattern[str]]] = [
    ("communication_and_interaction", re.compile(r"communication|interaction|speech|language", re.I)),
    ("cognition_and_learning", re.compile(r"cognition|\blearning\b|literacy|numeracy", re.I)),
    ("social_emotional_mental_health", re.compile(r"social,? emotional|mental health|semh|wellbeing", re.I)),
    ("sensory_and_physical", re.compile(r"sensory|physical|hearing|\bvision\b|\bmotor\b|mobility", re.I)),
    ("preparing_for_adulthood", re.compile(r"adulthood|independen|employment|post-16", re.I)),
]

AREA_WORDS: dict[str, tuple[str, ...]] = {
    "communication_and_interaction": (
        "language",
        "speech",
        "communicat",
        "vocabulary",
        "instruction",
        "conversation",
        "understand",
        "misunderstand",
        "expressive",
        "receptive",
        "sentences",
        "listening",
        "social interaction",
        "aac",
        "device",
        "words",
        "talk",
        "dysarthria",
        "eye-gaze",
        "signing",
        "makaton",
        "play",
        "turn-taking",
        "lego",
    ),
    "cognition_and_learning": (
        "reading",
        "read ",
        "writing",
        "write",
        "spell",
        "spelling",
        "phonics",
        "maths",
        "literacy",
        "numeracy",
        "memory",
        "processing",
        "comprehension",
        "dyslexi",
        "attention",
        "concentrat",
        "focus",
        "tasks",
        "learning",
        "recording",
        "touch-type",
        "word bank",
        "writing frame",
        "curriculum",
    ),
    "social_emotional_mental_health": (
        "anxious",
        "anxiety",
        "self-esteem",
        "emotion",
        "anger",
        "angry",
        "behaviour",
        "friend",
        "outburst",
        "regulat",
        "worr",
        "aggress",
        "violen",
        "dysregulat",
        "isolated",
        "lonely",
        "wellbeing",
        "transition",
        "check-in",
        "calm",
        "distress",
        "confidence",
        "peers",
        "excluded",
        "fights",
        "elsa",
        "mentor",
        "feelings",
        "zones of regulation",
        "social skills",
        "circle of friends",
        # what a child does when it all gets too much: walking out is no walking, throwing no motor skill
        "swear",
        "shout",
        "refus",
        "escalat",
        "walks out",
        "walking out",
        "walked out",
        "walk out",
        "throws things",
        "throwing things",
        "throws equipment",
        "throwing equipment",
        "throws objects",
        "throwing objects",
        "throws chairs",
        "kick",
        "scream",
        "meltdown",
        "told off",
    ),
    "sensory_and_physical": (
        "hearing",
        "deaf",
        "vision",
        "visual impair",
        "motor",
        "physical",
        "sensory",
        "noise",
        "mobility",
        "hoist",
        "standing",
        "walk",
        "stretch",
        "fine motor",
        "gross motor",
        "physiotherap",
        "wheelchair",
        "transfer",
        "radio aid",
        "hearing aid",
        "seating",
        "switch",
        "pen",
        "occupational therap",
        "muscle",
        "ear defenders",
        "tired",
        "fatigue",
        "handwriting",
    ),
    "preparing_for_adulthood": (
        "adulthood",
        "independent living",
        "travel training",
        "employment",
        "college",
        "careers",
        "work experience",
        "money",
        "cooking",
        "life skills",
    ),
}


def area_from_headings(headings: tuple[str, ...]) -> str | None:
    for heading in reversed(headings):
        for area, pattern in AREA_HEADINGS:
            if pattern.search(heading) and len(heading.split()) <= 8:
                return area
    return None


# each word counted where a word starts with it: "standing" is not inside "understanding", nor
# "pen" inside "happens" or "play" inside "displays"
AREA_PATTERNS = {area: tuple(re.compile(rf"\b{re.escape(w)}") for w in words) for area, words in AREA_WORDS.items()}


def area_from_text(text: str) -> str | None:
    low = text.lower()
    scores = {area: sum(len(p.findall(low)) for p in patterns) for area, patterns in AREA_PATTERNS.items()}
    best = max(scores, key=lambda a: scores[a])
    return best if scores[best] else None


LEAD_LABEL_RE = re.compile(r"^(?:\d+(?:\.\d+)*\s+)?([A-Z][\w ,/&-]{3,45}):\s")


def classify_area(text: str, headings: tuple[str, ...] = ()) -> str | None:
    """From a paragraph's own lead label ("3.1 Communication and interaction: ..."), its
    headings, then its words."""
    label = LEAD_LABEL_RE.match(text)
    lead = area_from_headings((label.group(1),)) if label else None
    return lead or area_from_headings(headings) or area_from_text(text)
