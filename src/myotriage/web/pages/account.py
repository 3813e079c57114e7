"""Sign up, sign in and sign out; the account page (change the password, sign out everywhere).

Failed sign-ins are slowed down, never locked out (:mod:`myotriage.web.login`).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from myotriage.errors import InvalidInputError
from myotriage.web.auth import clear_session_cookie, request_token, set_session_cookie
from myotriage.web.deps import Ctx, PageUser
from myotriage.web.login import LoginBlocked, change_password, login, remember_device
from myotriage.web.pages.forms import read_form
from myotriage.web.pages.render import render
from myotriage.web.signup import SIGNUP_DONE
from myotriage.web.signup import signup as run_signup

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


def _home_for(role: str) -> str:
    return "/clinic" if role == "clinician" else "/diary"


@router.get("/signup", response_class=HTMLResponse)
def signup_form(request: Request) -> HTMLResponse:
    return render(request, "signup.html", errors={})


@router.post("/signup", response_class=HTMLResponse)
async def signup(request: Request, ctx: Ctx) -> Response:
    form = await read_form(request)
    values: dict[str, Any] = form.as_dict("email", "display_name", "role")
    try:
        run_signup(
            ctx,
            request,
            email=values["email"],
            password=form.get("password"),
            role=values["role"] or "person",
            display_name=values["display_name"],
        )
    except LoginBlocked as exc:
        error = f"Too many sign-ups from here. Try again in {exc.minutes} minute(s)."
        return render(request, "signup.html", status_code=429, errors={"email": error}, **values)
    except InvalidInputError as exc:
        return render(
            request, "signup.html", status_code=422, errors={exc.field: exc.problem}, **values
        )
    # the same page whether or not the address had an account (POST, redirect, GET)
    role = "&role=clinician" if values["role"] == "clinician" else ""
    return RedirectResponse(f"/login?new=1{role}", status_code=303)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, role: str = "", new: str = "", ended: str = "") -> HTMLResponse:
    notice = SIGNUP_DONE if new == "1" else ""
    if ended == "1":
        notice = "You are signed out on every device."
    return render(request, "login.html", role=role, notice=notice)


def _wait_words(exc: LoginBlocked) -> str:
    seconds = exc.whole_seconds
    return f"{seconds} second{'s' if seconds != 1 else ''}"


@router.post("/login", response_class=HTMLResponse)
async def login_submit(request: Request, ctx: Ctx) -> Response:
    form = await read_form(request)
    email = form.get("email")
    try:
        signed_in = login(ctx, request, email=email, password=form.get("password"))
    except LoginBlocked as exc:
        message = f"Too many attempts. Try again in {_wait_words(exc)}."
        blocked = render(request, "login.html", status_code=429, error=message, email=email)
        blocked.headers["Retry-After"] = exc.retry_after
        return blocked
    if signed_in is None:
        message = "That e-mail and password do not match an account."
        return render(request, "login.html", status_code=401, error=message, email=email)
    response = RedirectResponse(_home_for(signed_in.user.role), status_code=303)
    set_session_cookie(request, response, signed_in.token)
    remember_device(request, response, signed_in)
    return response


@router.post("/logout")
async def logout(request: Request, ctx: Ctx) -> Response:
    await read_form(request)
    token = request_token(request)
    if token:
        ctx.web.delete_session(token=token)
    response = RedirectResponse("/", status_code=303)
    clear_session_cookie(request, response)
    return response


#: The account page's fields, as its labels name them (an error names the field).
_LABELS = {"current_password": "Current password", "new_password": "New password"}


def _account(request: Request, status_code: int = 200, **context: Any) -> HTMLResponse:
    settings = request.app.state.ctx.web_settings
    errors = {
        field: f"{_LABELS.get(field, field)}: {problem}"
        for field, problem in context.pop("errors", {}).items()
    }
    return render(
        request,
        "account.html",
        status_code=status_code,
        errors=errors,
        idle_minutes=round(settings.session_idle_s / 60),
        lifetime_hours=round(settings.session_lifetime_s / 3600),
        **context,
    )


@router.get("/account", response_class=HTMLResponse)
def account_page(request: Request, user: PageUser, done: str = "") -> HTMLResponse:
    notice = "Your password is changed. You are still signed in here." if done == "password" else ""
    return _account(request, notice=notice)


@router.post("/account/password", response_class=HTMLResponse)
async def account_password(request: Request, ctx: Ctx, user: PageUser) -> Response:
    """Change the password (needs the current one); every other session ends."""
    form = await read_form(request)
    try:
        change_password(
            ctx, request, user, current=form.get("current_password"), new=form.get("new_password")
        )
    except LoginBlocked as exc:
        error = f"Too many wrong passwords. Try again in {_wait_words(exc)}."
        blocked = _account(request, 429, errors={"current_password": error})
        blocked.headers["Retry-After"] = exc.retry_after
        return blocked
    except InvalidInputError as exc:
        return _account(request, 422, errors={exc.field: exc.problem})
    return RedirectResponse("/account?done=password", status_code=303)


@router.post("/account/sign-out-everywhere")
async def sign_out_everywhere(request: Request, ctx: Ctx, user: PageUser) -> Response:
    """End every session of the account, on every device, this one included."""
    await read_form(request)
    ctx.web.end_sessions(user_id=user.id)
    response = RedirectResponse("/login?ended=1", status_code=303)
    clear_session_cookie(request, response)
    return response
