"""Accounts over the API: sign up, sign in (a bearer token), sign out (here or everywhere),
change the password, who am I."""

from __future__ import annotations

from fastapi import HTTPException, Request, Response

from myotriage.web.api.schemas import (
    LoginIn,
    NoInput,
    PasswordChangeIn,
    SessionsEnded,
    SignupIn,
    SignupOut,
    TokenOut,
)
from myotriage.web.auth import request_token
from myotriage.web.deps import Ctx, CurrentUser
from myotriage.web.jsonbody import api_router
from myotriage.web.login import LoginBlocked, change_password, login, remember_device
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
def login_api(body: LoginIn, request: Request, response: Response, ctx: Ctx) -> TokenOut:
    """Sign in. Wrong passwords make the next attempt wait (1 s, 2 s ... at most a minute:
    429 with ``Retry-After``); a client that keeps the device cookie of an earlier
    sign-in is not slowed down by other clients' wrong guesses."""
    try:
        signed_in = login(ctx, request, email=body.email, password=body.password)
    except LoginBlocked as exc:
        raise HTTPException(
            429, "too many failed sign-ins, try later", {"Retry-After": exc.retry_after}
        ) from None
    if signed_in is None:
        raise HTTPException(401, "e-mail and password do not match an account")
    remember_device(request, response, signed_in)
    user = signed_in.user
    return TokenOut(token=signed_in.token, user_id=user.id, role=user.role)


@router.post("/logout", status_code=204)
def logout(request: Request, user: CurrentUser, ctx: Ctx, body: NoInput | None = None) -> Response:
    """End this session (the token stops working); send it as JSON (``{}`` or no body)."""
    token = request_token(request)
    if token:
        ctx.web.delete_session(token=token)
    return Response(status_code=204)


@router.post("/logout-everywhere")
def logout_everywhere(user: CurrentUser, ctx: Ctx, body: NoInput | None = None) -> SessionsEnded:
    """End every session of this account, this one included (every token stops working);
    send it as JSON (``{}`` or no body)."""
    return SessionsEnded(ended=ctx.web.end_sessions(user_id=user.id))


@router.post("/password", responses={429: {}})
def password(
    body: PasswordChangeIn, request: Request, user: CurrentUser, ctx: Ctx
) -> SessionsEnded:
    """Change the password: needs the current one; ends every other session of the account
    (this one goes on). A wrong current password counts as a failed sign-in."""
    try:
        ended = change_password(
            ctx, request, user, current=body.current_password, new=body.new_password
        )
    except LoginBlocked as exc:
        raise HTTPException(
            429, "too many wrong passwords, try later", {"Retry-After": exc.retry_after}
        ) from None
    return SessionsEnded(ended=ended)


@router.get("/me")
def me(user: CurrentUser) -> User:
    """The signed-in account."""
    return user
