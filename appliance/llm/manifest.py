"""The model manifest (models/manifest.toml): which GGUF files exist, their hashes and settings.

`package:NAME/FILE` locates a file inside an installed package without importing it: the
embedded model's package imports the `llm` CLI on import, which the appliance never runs.
"""

from __future__ import annotations

import hashlib
import importlib.util
import tomllib
from dataclasses import dataclass
from pathlib import Path

from appliance.errors import ModelError
from appliance.llm.base import REWRITE_POLICIES, RewritePolicy


@dataclass(frozen=True)
class ModelSpec:
    name: str
    path: Path
    sha256: str
    context: int
    description: str = ""
    rewrite: RewritePolicy = "needed"


def _locate(file: str, base: Path) -> Path:
    if file.startswith("package:"):
        package, _, rest = file.removeprefix("package:").partition("/")
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            raise ModelError(f"The package {package} that carries the model is not installed (run make install).")
        return Path(next(iter(spec.submodule_search_locations))) / rest
    path = Path(file)
    return path if path.is_absolute() else base / path


def load_manifest(path: Path) -> tuple[str, dict[str, ModelSpec]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ModelError(f"The model manifest {path} cannot be read: {exc}") from exc
    specs = {}
    for name, entry in (data.get("models") or {}).items():
        specs[name] = ModelSpec(
            name=name,
            path=_locate(str(entry["file"]), path.parent),
            sha256=str(entry["sha256"]).lower(),
            context=int(entry.get("context", 4096)),
            description=str(entry.get("description", "")),
            rewrite=_rewrite(name, entry.get("rewrite", "needed")),
        )
    return str(data.get("default", "")), specs


def _rewrite(name: str, value: object) -> RewritePolicy:
    for policy in REWRITE_POLICIES:
        if value == policy:
            return policy
    raise ModelError(f"Model {name}: rewrite must be one of {', '.join(REWRITE_POLICIES)}, not {value!r}.")


def resolve(manifest_path: Path, name: str = "default") -> ModelSpec:
    default, specs = load_manifest(manifest_path)
    chosen = default if name == "default" else name
    if chosen not in specs:
        raise ModelError(f"No model named {chosen!r} in {manifest_path}; known: {', '.join(specs) or 'none'}.")
    return specs[chosen]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify(spec: ModelSpec) -> None:
    if not spec.path.exists():
        raise ModelError(f"The model file {spec.path} is missing.")
    actual = file_sha256(spec.path)
    if actual != spec.sha256:
        raise ModelError(f"The model file {spec.path} does not match its sha256 in the manifest ({actual}).")
