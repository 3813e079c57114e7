"""The web app's settings: the project's :class:`~myotriage.config.Settings` plus web knobs.

``config.Settings`` holds what the environment sets (database URL, secret key,
allowed hosts, environment); the few numbers below only tune the web front and
have safe defaults, so they are plain attributes a test may override.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from myotriage.config import Settings

__all__ = ["WebSettings"]


@dataclass(frozen=True)
class WebSettings:
    """Everything :func:`myotriage.web.app.create_app` needs to know."""

    settings: Settings = field(default_factory=Settings.from_env)
    #: Sign-in delays (:mod:`myotriage.web.throttle`): wrong passwords allowed before any
    #: wait, for one account from one browser or address (typos; the browser's own
    #: count when it holds a device cookie of the account).
    login_free_failures: int = 3
    #: The same for one account from everywhere together (many addresses guessing at it).
    login_account_free_failures: int = 10
    #: The same for one client address over every account (one address trying many).
    login_client_free_failures: int = 20
    #: The wait after the first failure past those grows 1, 2, 4 ... seconds up to this:
    #: a stranger's guesses can make the owner wait at most a minute, never lock them out.
    login_max_delay_s: float = 60
    #: A count is forgotten this long after its last failure.
    login_forget_s: float = 15 * 60
    #: How long a device cookie (set at a successful sign-in) vouches for its browser.
    device_cookie_days: int = 180
    #: A session ends after this long without a request (ASVS 3.3.2 level 2: 30 minutes;
    #: NIST SP 800-63B AAL2) ...
    session_idle_s: float = 30 * 60
    #: ... and this long after sign-in, however active (ASVS 3.3.2 level 2: 12 hours).
    session_lifetime_s: float = 12 * 60 * 60
    #: Wrong share codes a clinician may enter within the window (codes are guessable only
    #: by brute force; this keeps that out of reach).
    code_limit: int = 10
    code_window_s: float = 15 * 60
    #: Sign-ups one client address may make within the window (``MYOTRIAGE_SIGNUP_LIMIT``
    #: overrides it, e.g. for a load test that signs up many people from one address).
    signup_limit: int = field(
        default_factory=lambda: int(os.environ.get("MYOTRIAGE_SIGNUP_LIMIT", "10"))
    )
    signup_window_s: float = 60 * 60
    #: Password hashes (argon2, 64 MiB each) computed at the same time in one process.
    max_concurrent_hashes: int = 2
    #: The largest request body the app reads, for every route (answered 413 above it).
    #: The largest legitimate body is a case for ``/api/v1/assess`` (a few KiB).
    max_body_bytes: int = 256 * 1024
    #: What one person may keep: a cramp every hour for two years is about 17,500 episodes.
    max_episodes: int = 20_000
    max_days: int = 20_000
    #: Share codes one person may make in 24 hours (each holds a copy of the report).
    max_shares_per_day: int = 20

    @property
    def secret_key(self) -> str:
        return self.settings.secret_key

    @property
    def production(self) -> bool:
        return self.settings.environment == "production"
