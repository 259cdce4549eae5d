"""Which model the benchmark runs: a manifest entry by name, or any GGUF file by path (written
into a temporary manifest, so the web app loads it the same way a council's model is loaded)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from appliance.config import Settings
from appliance.llm.manifest import ModelSpec, file_sha256, resolve

BENCH_ENTRY = "bench-model"


@dataclass(frozen=True)
class ChosenModel:
    spec: ModelSpec
    manifest_path: Path
    entry: str


def _manifest_for(path: Path, context: int, rewrite: str) -> str:
    return (
        f'default = "{BENCH_ENTRY}"\n\n[models.{BENCH_ENTRY}]\n'
        f'description = "benchmark: {path.name}"\nfile = {str(path.resolve())!r}\n'
        f'sha256 = "{file_sha256(path)}"\ncontext = {context}\nrewrite = "{rewrite}"\n'
    )


def choose(name_or_path: str | None, settings: Settings, workdir: Path, *, context: int = 4096,
           rewrite: str = "all") -> ChosenModel:  # fmt: skip
    """A manifest entry (default: the settings' model), or a GGUF path. A bare GGUF gets the
    `rewrite = "all"` policy a council model would have."""
    if name_or_path and name_or_path.lower().endswith(".gguf"):
        path = Path(name_or_path)
        if not path.is_file():
            raise FileNotFoundError(f"No GGUF file at {path}")
        manifest = workdir / "bench-manifest.toml"
        manifest.write_text(_manifest_for(path, context, rewrite), encoding="utf-8")
        return ChosenModel(resolve(manifest, BENCH_ENTRY), manifest, BENCH_ENTRY)
    entry = name_or_path or settings.model
    return ChosenModel(resolve(settings.manifest_path, entry), settings.manifest_path, entry)


def server_environment(chosen: ChosenModel, threads: int | None) -> dict[str, str]:
    env = {"EHCP_MANIFEST_PATH": str(chosen.manifest_path), "EHCP_MODEL": chosen.entry}
    if threads:
        env["EHCP_LLM_THREADS"] = str(threads)
    return env
