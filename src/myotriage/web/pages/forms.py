"""Reading a submitted form safely: size-bounded, CSRF-checked, as plain strings."""

from __future__ import annotations

from typing import Any

from fastapi import HTTPException, Request

from myotriage.web.auth import CSRF_FIELD, csrf_valid

__all__ = ["Form", "read_form"]

MAX_FIELDS = 200


class Form:
    """A submitted form: ``get`` returns one value (stripped), ``getlist`` every value."""

    def __init__(self, data: Any) -> None:
        self._data = data

    def get(self, name: str, default: str = "") -> str:
        value = self._data.get(name)
        return value.strip() if isinstance(value, str) else default

    def getlist(self, name: str) -> list[str]:
        return [v.strip() for v in self._data.getlist(name) if isinstance(v, str) and v.strip()]

    def as_dict(self, *names: str) -> dict[str, str]:
        return {name: self.get(name) for name in names}


async def read_form(request: Request) -> Form:
    """The form of a POST, after checking its CSRF token (403 when it does not match)."""
    try:
        data = await request.form(max_files=0, max_fields=MAX_FIELDS)
    except Exception:  # a malformed body is the client's problem, never a 500
        raise HTTPException(400, "The form could not be read.") from None
    if not csrf_valid(request, data.get(CSRF_FIELD)):
        raise HTTPException(
            403,
            "This form has expired or did not come from this site. "
            "Go back, reload the page and try again.",
        )
    return Form(data)
