"""Writing JSON: the streamed array is byte for byte the array written at once."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from myotriage.jsonio import write_json_array


@pytest.mark.parametrize(
    "batches",
    [[], [[]], [[1]], [[{"a": [1, 2]}, "x"], [], [None, 2.5]], [[], [{"é": "ü"}]]],
)
def test_streamed_array_equals_the_whole(
    batches: list[list[Any]], capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    write_json_array(iter(batches))
    whole = [item for batch in batches for item in batch]
    assert capsysbinary.readouterr().out == orjson.dumps(whole) + b"\n"


def _nested(depth: int, leaf: str) -> str:
    return "[" * depth + leaf + "]" * depth


@pytest.mark.parametrize(
    "text",
    [
        *[_nested(d, leaf) for d in (31, 32, 33) for leaf in ("1", '"s"', "[]", "{}", "null")],
        '{"a":' * 33 + "1" + "}" * 33,
        '"a\\u0000b"',
        '{"k\\u0000": 1}',
        '[1, "\\ud83d\\ude00", {"id": "x"}]',
        '{"evidence": [{"id": "loc_calf", "choice": "present"}]}',
    ],
)
def test_the_quick_check_refuses_what_the_full_check_refuses(text: str) -> None:
    """parse_json skips the walk over every string when it can tell there is nothing to find;
    it accepts and refuses exactly what the full check (check_tree) does, with its message."""
    from myotriage.errors import InvalidInputError
    from myotriage.jsonio import parse_json
    from myotriage.safetext import check_tree

    try:
        check_tree(orjson.loads(text), "")
        expected = None
    except InvalidInputError as exc:
        expected = str(exc)
    try:
        parse_json(text)
        got = None
    except InvalidInputError as exc:
        got = str(exc)
    assert got == expected
