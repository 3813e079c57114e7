"""Accounts over the API: sign up, sign in (a bearer token), sign out, who am I."""

from __future__ import annotations

from fastapi import HTTPException, Request, Response

from myotriage.web.api.schemas import LoginIn, SignupIn, TokenOut
from myotriage.web.auth import request_token
from myotriage.web.deps import Ctx, CurrentUser
from myotriage.web.jsonbody import api_router
from myotriage.web.login import LoginBlocked, login
from myotriage.web.service import User

__all__ = ["router"]

router = api_router(prefix="/auth", tags=["accounts"])


@router.post("/signup", status_code=201)
def signup(body: SignupIn, ctx: Ctx) -> TokenOut:
    """Create an account and sign in."""
    user = ctx.web.create_user(
        email=body.email, password=body.password, role=body.role, display_name=body.display_name
    )
    return TokenOut(token=ctx.web.create_session(user_id=user.id), user_id=user.id, role=user.role)


@router.post("/login", responses={401: {}, 429: {}})
def login_api(body: LoginIn, request: Request, ctx: Ctx) -> TokenOut:
    """Sign in; failed attempts are rate limited per client and per account."""
    try:
        user, token = login(ctx, request, email=body.email, password=body.password)
    except LoginBlocked as exc:
        raise HTTPException(
            429, "too many failed sign-ins, try later", {"Retry-After": str(int(exc.seconds) + 1)}
        ) from None
    if user is None:
        raise HTTPException(401, "e-mail and password do not match an account")
    return TokenOut(token=token, user_id=user.id, role=user.role)


@router.post("/logout", status_code=204)
def logout(request: Request, user: CurrentUser, ctx: Ctx) -> Response:
    """End this session (the token stops working)."""
    token = request_token(request)
    if token:
        ctx.web.delete_session(token=token)
    return Response(status_code=204)


@router.get("/me")
def me(user: CurrentUser) -> User:
    """The signed-in account."""
    return user
