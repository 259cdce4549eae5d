"""The machine-readable export, valid against contracts/ehcp-draft.schema.json (bundled here),
with the plan's structure (`drafting.structure`) as an extra key, `structure`: the areas of B, E
and F and what each empty section says, by statement id (the statements stay in `sections`)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from appliance.drafting import structure
from appliance.drafting.plan import Draft

SCHEMA_DIR = Path(__file__).parent / "schemas"


def to_json(draft: Draft) -> dict[str, Any]:
    return {**draft.to_json(), "structure": structure.of(draft).to_json()}


def dumps(draft: Draft) -> str:
    return json.dumps(to_json(draft), indent=2, ensure_ascii=False)


@cache
def _validator() -> Any:
    import jsonschema
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    draft_schema = json.loads((SCHEMA_DIR / "ehcp-draft.schema.json").read_text())
    case_schema = json.loads((SCHEMA_DIR / "case.schema.json").read_text())
    case = Resource.from_contents(case_schema, default_specification=DRAFT202012)
    # the draft schema's $id is "ehcp-draft/1", so its relative $ref resolves under "ehcp-draft/"
    registry = Registry().with_resources([("case.schema.json", case), ("ehcp-draft/case.schema.json", case)])
    cls = jsonschema.validators.validator_for(draft_schema)
    return cls(draft_schema, registry=registry)


def validation_errors(data: dict[str, Any]) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in _validator().iter_errors(data)]
