"""Accounts over the API: sign up, sign in (a bearer token), sign out, who am I."""

from __future__ import annotations

from fastapi import HTTPException, Request, Response

from myotriage.web.api.schemas import LoginIn, SignupIn, SignupOut, TokenOut
from myotriage.web.auth import request_token
from myotriage.web.deps import Ctx, CurrentUser
from myotriage.web.jsonbody import api_router
from myotriage.web.login import LoginBlocked, login
from myotriage.web.service import User
from myotriage.web.signup import SIGNUP_DONE
from myotriage.web.signup import signup as run_signup

__all__ = ["router"]

router = api_router(prefix="/auth", tags=["accounts"])


@router.post("/signup", status_code=202, responses={429: {}, 503: {}})
def signup(body: SignupIn, request: Request, ctx: Ctx) -> SignupOut:
    """Create an account; then sign in with ``POST /auth/login``.

    The answer is the same whether or not the address already had an account, so it
    cannot be used to find out who has one. Sign-ups are rate limited per client.
    """
    try:
        run_signup(
            ctx,
            request,
            email=body.email,
            password=body.password,
            role=body.role,
            display_name=body.display_name,
        )
    except LoginBlocked as exc:
        raise HTTPException(
            429,
            "too many sign-ups from here, try later",
            {"Retry-After": str(int(exc.seconds) + 1)},
        ) from None
    return SignupOut(detail=SIGNUP_DONE)


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
