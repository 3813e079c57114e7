"""Dependencies as named ``Annotated`` aliases, so a route's signature says what it needs.

    @router.get("/episodes")
    def list_episodes(owner: DiaryOwner, diary: DiaryDep) -> list[Episode]: ...

The access checks live here once: API routes get 401/403 JSON answers, pages get
a redirect to the sign-in page (see :class:`PageLoginRequired`).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Path, Request

from myotriage.diary.service import DiaryService
from myotriage.knowledge.loader import Knowledge
from myotriage.web.auth import request_user
from myotriage.web.context import WebContext
from myotriage.web.service import User, WebService, diary_owner

__all__ = [
    "ClinicianUser",
    "Ctx",
    "DiaryDep",
    "DiaryOwner",
    "KnowledgeDep",
    "OptionalUser",
    "PageClinician",
    "PageDiaryOwner",
    "PageLoginRequired",
    "PagePerson",
    "PageUser",
    "PersonUser",
    "RowId",
    "WebServiceDep",
]


#: A row id in a path: positive and within a 32-bit integer, so the database never overflows.
RowId = Annotated[int, Path(ge=1, le=2_147_483_647)]


class PageLoginRequired(Exception):
    """Raised by page dependencies; the app answers with a redirect to the sign-in page."""

    def __init__(self, role: str = "") -> None:
        self.role = role
        super().__init__(role)


async def get_ctx(request: Request) -> WebContext:
    ctx: WebContext = request.app.state.ctx
    return ctx


Ctx = Annotated[WebContext, Depends(get_ctx)]


async def get_diary(ctx: Ctx) -> DiaryService:
    return ctx.diary


async def get_web(ctx: Ctx) -> WebService:
    return ctx.web


async def get_knowledge(ctx: Ctx) -> Knowledge:
    return ctx.knowledge


DiaryDep = Annotated[DiaryService, Depends(get_diary)]
WebServiceDep = Annotated[WebService, Depends(get_web)]
KnowledgeDep = Annotated[Knowledge, Depends(get_knowledge)]


def optional_user(request: Request) -> User | None:
    return request_user(request)


OptionalUser = Annotated[User | None, Depends(optional_user)]


def _api_user(request: Request, role: str) -> User:
    user = request_user(request)
    if user is None:
        raise HTTPException(
            401,
            "sign in first (session cookie or Authorization: Bearer <token>)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if user.role != role:
        raise HTTPException(403, f"this needs a {role} account")
    return user


def person_user(request: Request) -> User:
    return _api_user(request, "person")


def clinician_user(request: Request) -> User:
    return _api_user(request, "clinician")


def any_user(request: Request) -> User:
    user = request_user(request)
    if user is None:
        raise HTTPException(401, "sign in first", headers={"WWW-Authenticate": "Bearer"})
    return user


CurrentUser = Annotated[User, Depends(any_user)]
PersonUser = Annotated[User, Depends(person_user)]
ClinicianUser = Annotated[User, Depends(clinician_user)]


def _page_user(request: Request, role: str) -> User:
    user = request_user(request)
    if user is None or user.role != role:
        raise PageLoginRequired(role)
    return user


def page_user(request: Request) -> User:
    """Any signed-in account (the account page); a sign-in redirect otherwise."""
    user = request_user(request)
    if user is None:
        raise PageLoginRequired()
    return user


def page_person(request: Request) -> User:
    return _page_user(request, "person")


def page_clinician(request: Request) -> User:
    return _page_user(request, "clinician")


PageUser = Annotated[User, Depends(page_user)]
PagePerson = Annotated[User, Depends(page_person)]
PageClinician = Annotated[User, Depends(page_clinician)]


async def person_owner(user: PersonUser) -> str:
    """The diary owner string of the signed-in person (API: 401/403 otherwise)."""
    return diary_owner(user.id)


async def page_person_owner(user: PagePerson) -> str:
    """The diary owner string of the signed-in person (pages: sign-in redirect otherwise)."""
    return diary_owner(user.id)


#: Whose diary an API route reads and writes: always the signed-in person's own.
DiaryOwner = Annotated[str, Depends(person_owner)]
#: The same for pages.
PageDiaryOwner = Annotated[str, Depends(page_person_owner)]
