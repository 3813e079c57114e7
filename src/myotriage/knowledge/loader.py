"""Load the knowledge base from its YAML files, validate it, and keep it in memory.

The knowledge is data, not code: the engine refuses a knowledge base that fails
its schema (:mod:`myotriage.knowledge.schema`) or its cross-file checks
(:mod:`myotriage.knowledge.checks`), and the error names the file, the entry (and
its line) and the problem::

    >>> kb = load_knowledge()
    >>> kb.version.count(".")
    2
    >>> kb.findings["loc_calf"].group
    'location'
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from myotriage.errors import KnowledgeError
from myotriage.knowledge.schema import (
    Advice,
    Cause,
    ContractionType,
    Difference,
    Finding,
    GuideSection,
    MedicalCondition,
    MedicalTest,
    Meta,
    TriageRule,
)

__all__ = ["DATA_DIR", "Knowledge", "load_knowledge"]

DATA_DIR = Path(__file__).parent / "data"
_LINE = "__line__"
M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True, eq=False)
class Knowledge:
    """The whole knowledge base, validated. Dicts keep the files' order.

    Compared and hashed by identity, so compiled tables can be cached per knowledge base.
    """

    meta: Meta
    types: dict[str, ContractionType]
    findings: dict[str, Finding]
    differences: dict[str, Difference]
    causes: dict[str, Cause]
    rules: dict[str, TriageRule]
    advice: dict[str, Advice]
    tests: dict[str, MedicalTest]
    guide: dict[str, GuideSection]
    conditions: dict[str, MedicalCondition]
    directory: Path
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def version(self) -> str:
        return self.meta.version

    @property
    def source_ids(self) -> set[str]:
        return {s.id for s in self.meta.sources}

    def groups(self) -> dict[str, list[Finding]]:
        """Findings by group, in file order."""
        out: dict[str, list[Finding]] = {}
        for finding in self.findings.values():
            out.setdefault(finding.group, []).append(finding)
        return out


#: libyaml's parser when PyYAML was built with it (the same documents, several times faster:
#: the knowledge base is read at the start of every command).
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeLoader):  # type: ignore[valid-type, misc]
    """A YAML loader that records the line of every mapping, for error messages."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping: dict[str, Any] = dict(loader.construct_mapping(node, deep=True))  # type: ignore[arg-type]
    mapping[_LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _strip_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != _LINE}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnowledgeError(path.name, "", "file is missing") from None
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        raise KnowledgeError(path.name, "", f"not valid YAML: {exc}") from None


def load_mapping_file(path: Path, model: type[M]) -> M:
    """A data file that is one mapping (the lexicon, the second reader's weights), read with
    libyaml when it is there and validated by ``model``. These are the largest data files;
    their errors name the entry by its keys, so the line numbers of the slower reader are not
    needed."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnowledgeError(path.name, "", "file is missing") from None
    try:
        raw = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise KnowledgeError(path.name, "", f"not valid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise KnowledgeError(path.name, "", f"expected a mapping, got {type(raw).__name__}")
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise KnowledgeError(path.name, "", _describe(exc)) from None


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"])
        got = err.get("input")
        shown = "" if isinstance(got, dict | list) else f" (got {got!r})"
        parts.append(f"{loc}: {err['msg']}{shown}" if loc else f"{err['msg']}{shown}")
    return "; ".join(parts)


def _validate_entries(path: Path, model: type[M]) -> dict[str, M]:
    raw = _read_yaml(path)
    if not isinstance(raw, list):
        raise KnowledgeError(path.name, "", f"expected a list of entries, got {type(raw).__name__}")
    out: dict[str, M] = {}
    for index, item in enumerate(raw):
        if not isinstance(item, dict):
            raise KnowledgeError(path.name, f"#{index + 1}", f"expected a mapping, got {item!r}")
        entry_id = str(item.get("id", f"#{index + 1}"))
        line = item.get(_LINE)
        try:
            entry = model.model_validate(_strip_lines(item))
        except ValidationError as exc:
            raise KnowledgeError(path.name, entry_id, _describe(exc), line) from None
        key = getattr(entry, "id")  # noqa: B009 - every entry model has an id
        if key in out:
            raise KnowledgeError(path.name, entry_id, "duplicate id", line)
        out[key] = entry
    return out


def _load_meta(path: Path) -> Meta:
    raw = _read_yaml(path)
    try:
        return Meta.model_validate(_strip_lines(raw))
    except ValidationError as exc:
        raise KnowledgeError(path.name, "", _describe(exc)) from None


def load_knowledge_from(directory: Path) -> Knowledge:
    """Load and check the knowledge base in ``directory`` (no caching)."""
    from myotriage.knowledge.checks import check_knowledge

    kb = Knowledge(
        meta=_load_meta(directory / "meta.yaml"),
        types=_validate_entries(directory / "types.yaml", ContractionType),
        findings=_validate_entries(directory / "findings.yaml", Finding),
        differences=_validate_entries(directory / "differences.yaml", Difference),
        causes=_validate_entries(directory / "causes.yaml", Cause),
        rules=_validate_entries(directory / "triage_rules.yaml", TriageRule),
        advice=_validate_entries(directory / "advice.yaml", Advice),
        tests=_validate_entries(directory / "tests.yaml", MedicalTest),
        guide=_validate_entries(directory / "guide.yaml", GuideSection),
        conditions=_validate_entries(directory / "conditions.yaml", MedicalCondition),
        directory=directory,
    )
    check_knowledge(kb)
    return kb


@functools.lru_cache(maxsize=4)
def _cached(directory: str) -> Knowledge:
    return load_knowledge_from(Path(directory))


def load_knowledge(directory: Path | str | None = None) -> Knowledge:
    """The validated knowledge base, loaded once per directory and then shared."""
    return _cached(str(Path(directory) if directory else DATA_DIR))


def read_extra(directory: Path, name: str, parse: Callable[[Any], Any]) -> Any:
    """Read another data file of the knowledge directory (used by later parts, e.g. questions)."""
    return parse(_strip_lines(_read_yaml(directory / name)))
