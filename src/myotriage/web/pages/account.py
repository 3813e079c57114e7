"""Sign up, sign in and sign out, with rate limiting of failed sign-ins."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from myotriage.errors import InvalidInputError
from myotriage.web.auth import clear_session_cookie, request_token, set_session_cookie
from myotriage.web.deps import Ctx
from myotriage.web.login import LoginBlocked, login
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
def login_form(request: Request, role: str = "", new: str = "") -> HTMLResponse:
    notice = SIGNUP_DONE if new == "1" else ""
    return render(request, "login.html", role=role, notice=notice)


@router.post("/login", response_class=HTMLResponse)
async def login_submit(request: Request, ctx: Ctx) -> Response:
    form = await read_form(request)
    email = form.get("email")
    try:
        user, token = login(ctx, request, email=email, password=form.get("password"))
    except LoginBlocked as exc:
        message = f"Too many attempts. Try again in {exc.minutes} minute(s)."
        return render(request, "login.html", status_code=429, error=message, email=email)
    if user is None:
        message = "That e-mail and password do not match an account."
        return render(request, "login.html", status_code=401, error=message, email=email)
    response = RedirectResponse(_home_for(user.role), status_code=303)
    set_session_cookie(request, response, token)
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
