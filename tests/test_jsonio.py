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
