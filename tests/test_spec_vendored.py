"""The project's ``spec/`` is a byte-for-byte copy of the workspace's shared spec.

The shared spec (``spec/``) is the source of truth; the project carries a copy so
a fresh clone tests everything. Whenever the shared spec is present, the copy must match.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SHARED_SPEC, SPEC

VENDORED = (
    "CASES.md",
    "findings.tsv",
    "conditions.tsv",
    "cases/public.json",
    "cases/public-v2.json",
)


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_the_project_carries_the_spec() -> None:
    assert sorted(_files(SPEC)) == sorted(VENDORED)


def test_the_copy_is_identical_to_the_shared_spec() -> None:
    if not SHARED_SPEC.is_dir():  # a clone outside the workspace: the copy is all there is
        return
    ours, theirs = _files(SPEC), _files(SHARED_SPEC)
    stale = sorted(
        name for name in ours.keys() | theirs.keys() if ours.get(name) != theirs.get(name)
    )
    assert not stale, (
        f"spec/ differs from {SHARED_SPEC} in {stale}; the shared spec is the source of truth: "
        f"re-copy it with `rm -r spec && cp -r {SHARED_SPEC} spec`"
    )
