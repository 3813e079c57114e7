"""myotriage: tell a muscle spasm from a muscle twitch, and say how urgently to see a doctor.

The public API is small and imported lazily, so that ``import myotriage`` (and the
command line's start-up) stays fast::

    >>> from myotriage import assess
    >>> result = assess({"evidence": [{"id": "loc_eyelid", "choice": "present"},
    ...                               {"id": "dur_flicker", "choice": "present"}]})
    >>> result.category, result.triage
    ('twitch', 'self_care')

This tool gives information and triage advice. It does not make a diagnosis.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Assessment",
    "InvalidCaseError",
    "InvalidInputError",
    "KnowledgeError",
    "MyotriageError",
    "__version__",
    "assess",
    "load_knowledge",
    "parse_case",
]

if TYPE_CHECKING:  # pragma: no cover
    from myotriage.engine.assessment import Assessment, assess
    from myotriage.engine.case import parse_case
    from myotriage.errors import (
        InvalidCaseError,
        InvalidInputError,
        KnowledgeError,
        MyotriageError,
    )
    from myotriage.knowledge.loader import load_knowledge

_LAZY = {
    "Assessment": "myotriage.engine.assessment",
    "assess": "myotriage.engine.assessment",
    "parse_case": "myotriage.engine.case",
    "load_knowledge": "myotriage.knowledge.loader",
    "InvalidCaseError": "myotriage.errors",
    "InvalidInputError": "myotriage.errors",
    "KnowledgeError": "myotriage.errors",
    "MyotriageError": "myotriage.errors",
}


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'myotriage' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module_name), name)
