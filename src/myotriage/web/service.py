"""The web app's service layer: users, sessions, share codes and the clinic audit trail.

Routes call these methods and never touch the database themselves. Like the
diary's service, every method takes keyword arguments, and anything that belongs
to someone takes that someone: a share is only ever read by its owner or by the
clinician who redeemed it, and every clinic read is written to the audit trail.

    service = WebService(engine)
    user = service.create_user(email="a@example.org", password="...", role="person")
    token = service.create_session(user_id=user.id)

A session ends ``session_idle_s`` after its last request and ``session_lifetime_s``
after it was made (both measured from the row, so new settings apply to open
sessions); "sign out everywhere" and a password change end a person's other sessions.
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict
from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError

from myotriage.diary.db import read_connection, statement_connection, write_connection
from myotriage.errors import InvalidInputError, NotFoundError, StorageError
from myotriage.knowledge.wording import LEVEL_RANK
from myotriage.safetext import check_text, scrub, text_problem
from myotriage.web import security
from myotriage.web.db import ensure_web_schema
from myotriage.web.models import audit, sessions, shares, users
from myotriage.web.passwords import password_problem
from myotriage.web.settings import WebSettings

__all__ = ["AuditEntry", "EmailTaken", "Role", "Share", "User", "WebService", "diary_owner"]

Role = Literal["person", "clinician"]
ROLES: tuple[str, ...] = ("person", "clinician")
#: A session's last request is written down at most this often (one write a minute, not
#: one per request); the idle timeout is therefore exact to within this.
TOUCH_EVERY = timedelta(seconds=60)
SHARE_DAYS = 7
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,189}\.[^@\s.]{1,63}$")
MIN_PASSWORD = 10
MAX_PASSWORD = 1024


class EmailTaken(InvalidInputError):
    """Sign-up with an address that has an account (callers answer neutrally, see signup)."""


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class User(_Out):
    """A signed-up person or clinician (never carries the password hash)."""

    id: int
    email: str
    role: Role
    display_name: str
    created_at: datetime


class Share(_Out):
    """A report shared with a clinic; ``report`` is the snapshot taken when it was shared."""

    id: int
    owner_id: int
    clinician_id: int | None
    triage: str
    report: dict[str, Any]
    created_at: datetime
    expires_at: datetime
    redeemed_at: datetime | None
    #: When its owner withdrew it (the clinic no longer sees it; its audit trail stays).
    revoked_at: datetime | None = None


class AuditEntry(_Out):
    """One clinic access to a shared report."""

    at: datetime
    clinician: str
    share_id: int
    action: str
    #: Whose report it was (their name, or e-mail when they gave none).
    patient: str = ""
    #: The share was withdrawn by its owner since (the entry itself is kept for good).
    withdrawn: bool = False


def diary_owner(user_id: int) -> str:
    """The diary ``owner`` string for a web user: one place decides it, so isolation is uniform."""
    return f"user:{user_id}"


def check_email(email: Any) -> str:
    """A plausible e-mail address, lower-cased (it is the account's name, nothing is sent)."""
    if (
        not isinstance(email, str)
        or text_problem(email) is not None
        or not _EMAIL.match(email.strip())
    ):
        raise InvalidInputError("email", "expected an e-mail address such as name@example.org")
    return email.strip().lower()


def check_password(password: Any, *, email: str = "", field: str = "password") -> str:
    """A password long enough, and not one that guessing tools try first (ASVS 2.1.1, 2.1.7).

    ``email`` is the account's address (a password containing its name is refused);
    ``field`` names the form field in the message (``new_password`` on a change).
    """
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise InvalidInputError(field, f"expected at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise InvalidInputError(field, f"expected at most {MAX_PASSWORD} characters")
    check_text(password, field)
    problem = password_problem(password, email=email)
    if problem is not None:
        raise InvalidInputError(field, problem)
    return password


def check_display_name(name: Any) -> str:
    """The name a clinic sees on a shared report: short, plain text."""
    if name is not None and not isinstance(name, str):
        raise InvalidInputError("display_name", "expected text")
    return check_text((name or "").strip()[:120], "display_name")


#: What a :class:`User` is made of (not the password hash, which a session lookup never needs).
_USER_COLUMNS = (users.c.id, users.c.email, users.c.role, users.c.display_name, users.c.created_at)


def _user(row: Any) -> User:
    m = row._mapping
    return User(
        id=m["id"],
        email=m["email"],
        role=m["role"],
        display_name=m["display_name"],
        created_at=m["created_at"],
    )


def _share(row: Any) -> Share:
    m = row._mapping
    report = scrub(dict(m["report"]))  # reports stored before text was checked
    return Share(
        id=m["id"],
        owner_id=m["owner_id"],
        clinician_id=m["clinician_id"],
        triage=str(report.get("triage", "self_care")),
        report=report,
        created_at=m["created_at"],
        expires_at=m["expires_at"],
        redeemed_at=m["redeemed_at"],
        revoked_at=m["revoked_at"],
    )


class WebService:
    """The web tables of one database, created or upgraded on construction."""

    def __init__(
        self,
        engine: Engine,
        *,
        shares_per_day: int | None = None,
        session_idle_s: float = WebSettings.session_idle_s,
        session_lifetime_s: float = WebSettings.session_lifetime_s,
    ) -> None:
        self.engine = engine
        self.shares_per_day = shares_per_day
        self.session_idle = timedelta(seconds=session_idle_s)
        self.session_lifetime = timedelta(seconds=session_lifetime_s)
        ensure_web_schema(engine)

    def _read(self) -> Any:
        try:
            return read_connection(self.engine)
        except SQLAlchemyError as exc:
            raise StorageError(f"the database could not be read: {exc}") from None

    # -- users -----------------------------------------------------------------------

    def create_user(
        self, *, email: str, password: str, role: str = "person", display_name: str = ""
    ) -> User:
        """Sign someone up; the e-mail must be new."""
        address = check_email(email)
        secret = check_password(password, email=address)
        if role not in ROLES:
            raise InvalidInputError("role", f"expected one of {', '.join(ROLES)}, got {role!r}")
        name = check_display_name(display_name) or address.split("@")[0]
        row = {
            "email": address,
            "password_hash": security.hash_password(secret),
            "role": role,
            "display_name": name,
            "created_at": datetime.now(UTC),
        }
        try:
            with write_connection(self.engine) as connection:
                new_id = connection.execute(users.insert().values(**row)).inserted_primary_key
                assert new_id is not None
                stored = connection.execute(select(users).where(users.c.id == new_id[0])).one()
        except IntegrityError:
            raise EmailTaken("email", "an account with this e-mail already exists") from None
        return _user(stored)

    def get_user(self, *, user_id: int) -> User:
        """One account by id."""
        with self._read() as connection:
            row = connection.execute(select(users).where(users.c.id == user_id)).first()
        if row is None:
            raise NotFoundError(f"user {user_id} does not exist")
        return _user(row)

    def authenticate(self, *, email: str, password: str) -> User | None:
        """The account whose e-mail and password these are, or ``None`` (same time either way)."""
        address = email.strip().lower() if isinstance(email, str) else ""
        if not address or text_problem(address) is not None or len(address) > 254:
            security.burn_password_time(password)  # no such account can exist
            return None
        with self._read() as connection:
            row = connection.execute(select(users).where(users.c.email == address)).first()
        if row is None:
            security.burn_password_time(password)
            return None
        if not security.verify_password(row._mapping["password_hash"], password):
            return None
        return _user(row)

    def change_password(
        self, *, user_id: int, current: str, new: str, keep_token: str | None = None
    ) -> int:
        """Set a new password after checking the current one; ends every other session.

        Raises :class:`InvalidInputError` naming ``new_password`` (too short, common...)
        or ``current_password`` (wrong). Returns how many other sessions were ended.
        """
        user = self.get_user(user_id=user_id)
        secret = check_password(new, email=user.email, field="new_password")
        with self._read() as connection:
            stored = connection.execute(
                select(users.c.password_hash).where(users.c.id == user_id)
            ).scalar_one()
        if not isinstance(current, str) or not security.verify_password(stored, current):
            raise InvalidInputError("current_password", "this is not the current password")
        new_hash = security.hash_password(secret)
        with write_connection(self.engine) as connection:
            connection.execute(
                update(users).where(users.c.id == user_id).values(password_hash=new_hash)
            )
            return self._end_sessions(connection, user_id=user_id, keep_token=keep_token)

    # -- sessions --------------------------------------------------------------------

    def create_session(self, *, user_id: int) -> str:
        """A new session token for ``user_id`` (the database keeps only its digest)."""
        token = security.new_token()
        now = datetime.now(UTC)
        with write_connection(self.engine) as connection:
            connection.execute(
                delete(sessions).where(
                    sessions.c.user_id == user_id,
                    (sessions.c.expires_at < now)
                    | (sessions.c.last_seen_at < now - self.session_idle),
                )
            )
            connection.execute(
                sessions.insert().values(
                    token_hash=security.hash_token(token),
                    user_id=user_id,
                    created_at=now,
                    expires_at=now + self.session_lifetime,
                    last_seen_at=now,
                )
            )
        return token

    def session_user(self, *, token: str) -> User | None:
        """The signed-in user of a session token, or ``None`` if unknown, idle or too old.

        A live session's last request is written down (at most once a minute), which
        is what keeps it alive: :attr:`session_idle` after that, it ends.

        Every signed-in request starts here, so the lookup is one query, and the one place
        that retries: if the pooled connection turns out dead (the database restarted), the
        pool drops its old connections and the lookup runs once more on a new one.
        """
        if not token or len(token) > 200 or not token.isascii() or "\x00" in token:
            return None
        now = datetime.now(UTC)
        digest = security.hash_token(token)
        query = (
            select(*_USER_COLUMNS, sessions.c.last_seen_at)
            .join(sessions, sessions.c.user_id == users.c.id)
            .where(
                sessions.c.token_hash == digest,
                sessions.c.expires_at > now,
                sessions.c.created_at > now - self.session_lifetime,
                sessions.c.last_seen_at > now - self.session_idle,
            )
        )
        for attempt in (1, 2):
            try:
                with self._read() as connection:
                    row = connection.execute(query).first()
                break
            except DBAPIError as exc:
                if attempt == 2 or not exc.connection_invalidated:
                    raise
        if row is None:
            return None
        if row._mapping["last_seen_at"] < now - TOUCH_EVERY:
            # a busy database must not turn a read into an error: the next request retries
            with suppress(StorageError), statement_connection(self.engine) as connection:
                connection.execute(
                    update(sessions)
                    .where(sessions.c.token_hash == digest, sessions.c.last_seen_at < now)
                    .values(last_seen_at=now)
                )
        return _user(row)

    def delete_session(self, *, token: str) -> None:
        """Sign out: the token stops working at once."""
        with write_connection(self.engine) as connection:
            connection.execute(
                delete(sessions).where(sessions.c.token_hash == security.hash_token(token))
            )

    def end_sessions(self, *, user_id: int, keep_token: str | None = None) -> int:
        """Sign out everywhere: end every session of ``user_id`` (but ``keep_token``'s).

        Every worker sees it at once (sessions live in the database); returns how many
        sessions ended.
        """
        with write_connection(self.engine) as connection:
            return self._end_sessions(connection, user_id=user_id, keep_token=keep_token)

    @staticmethod
    def _end_sessions(connection: Any, *, user_id: int, keep_token: str | None) -> int:
        condition = sessions.c.user_id == user_id
        if keep_token:
            condition = condition & (sessions.c.token_hash != security.hash_token(keep_token))
        return int(connection.execute(delete(sessions).where(condition)).rowcount or 0)

    # -- shares ----------------------------------------------------------------------

    def create_share(self, *, owner_id: int, report: dict[str, Any]) -> tuple[str, Share]:
        """Snapshot ``report`` for a clinic; returns the one-time code (shown once) and the share."""
        triage = str((report.get("assessment") or {}).get("triage") or "self_care")
        report = {**report, "triage": triage}
        now = datetime.now(UTC)
        if self.shares_per_day is not None:
            recent = select(func.count()).where(
                shares.c.owner_id == owner_id, shares.c.created_at > now - timedelta(days=1)
            )
            with self._read() as connection:
                made = int(connection.execute(recent).scalar_one())
            if made >= self.shares_per_day:
                raise InvalidInputError(
                    "shares",
                    f"at most {self.shares_per_day} share codes a day; try again tomorrow",
                )
        for _ in range(5):  # a collision of two live codes is astronomically rare; retry anyway
            code = security.new_share_code()
            try:
                with write_connection(self.engine) as connection:
                    new_id = connection.execute(
                        shares.insert().values(
                            code_hash=security.hash_token(code),
                            owner_id=owner_id,
                            clinician_id=None,
                            triage_rank=LEVEL_RANK.get(triage, 0),
                            report=report,
                            created_at=now,
                            expires_at=now + timedelta(days=SHARE_DAYS),
                            redeemed_at=None,
                        )
                    ).inserted_primary_key
                    assert new_id is not None
                    row = connection.execute(select(shares).where(shares.c.id == new_id[0])).one()
                return code, _share(row)
            except IntegrityError:
                continue
        raise StorageError("could not make a unique share code")  # pragma: no cover

    def list_own_shares(self, *, owner_id: int) -> list[Share]:
        """The shares ``owner_id`` made, newest first."""
        query = select(shares).where(shares.c.owner_id == owner_id).order_by(shares.c.id.desc())
        with self._read() as connection:
            return [_share(row) for row in connection.execute(query)]

    def revoke_share(self, *, owner_id: int, share_id: int) -> None:
        """The owner withdraws a share: the clinic can no longer see it.

        The share is marked, not deleted, so the audit trail of who received and opened
        it stays complete on both sides; the report snapshot is dropped (only its
        triage level is kept), since nobody may read it any more.
        """
        now = datetime.now(UTC)
        with write_connection(self.engine) as connection:
            row = connection.execute(
                select(shares.c.report, shares.c.revoked_at).where(
                    shares.c.id == share_id, shares.c.owner_id == owner_id
                )
            ).first()
            if row is None:
                raise NotFoundError(f"share {share_id} does not exist")
            if row.revoked_at is not None:
                return  # withdrawn already: nothing changes
            triage = str(dict(row.report).get("triage", "self_care"))
            connection.execute(
                update(shares)
                .where(shares.c.id == share_id)
                .values(revoked_at=now, report={"triage": triage, "withdrawn": True})
            )

    def redeem_share(self, *, clinician_id: int, code: str) -> Share:
        """A clinician enters a code: the share becomes theirs; the code never works again."""
        canonical = security.normalise_code(code if isinstance(code, str) else "")
        now = datetime.now(UTC)
        digest = security.hash_token(canonical)
        with write_connection(self.engine) as connection:
            result = connection.execute(
                update(shares)
                .where(
                    shares.c.code_hash == digest,
                    shares.c.redeemed_at.is_(None),
                    shares.c.revoked_at.is_(None),
                    shares.c.expires_at > now,
                )
                .values(clinician_id=clinician_id, redeemed_at=now)
            )
            if result.rowcount == 0:
                raise InvalidInputError("code", "this code is unknown, expired or already used")
            row = connection.execute(select(shares).where(shares.c.code_hash == digest)).one()
            connection.execute(
                audit.insert().values(
                    at=now,
                    clinician_id=clinician_id,
                    share_id=row._mapping["id"],
                    action="redeemed",
                )
            )
        return _share(row)

    def list_clinic_shares(self, *, clinician_id: int) -> list[Share]:
        """What was shared with this clinician, most urgent first, then newest."""
        query = (
            select(shares)
            .where(shares.c.clinician_id == clinician_id, shares.c.revoked_at.is_(None))
            .order_by(shares.c.triage_rank.desc(), shares.c.redeemed_at.desc(), shares.c.id)
        )
        with self._read() as connection:
            return [_share(row) for row in connection.execute(query)]

    def get_clinic_share(self, *, clinician_id: int, share_id: int) -> Share:
        """One shared report, if it was shared with this clinician; the read is audited."""
        now = datetime.now(UTC)
        with write_connection(self.engine) as connection:
            row = connection.execute(
                select(shares).where(
                    shares.c.id == share_id,
                    shares.c.clinician_id == clinician_id,
                    shares.c.revoked_at.is_(None),
                )
            ).first()
            if row is None:
                raise NotFoundError(f"share {share_id} does not exist")
            connection.execute(
                audit.insert().values(
                    at=now, clinician_id=clinician_id, share_id=share_id, action="viewed"
                )
            )
        return _share(row)

    def audit_for_owner(self, *, owner_id: int) -> list[AuditEntry]:
        """Every clinic access to ``owner_id``'s shares, newest first."""
        query = (
            select(
                audit.c.at,
                users.c.display_name,
                users.c.email,
                audit.c.share_id,
                audit.c.action,
                shares.c.revoked_at,
            )
            .join(shares, shares.c.id == audit.c.share_id)
            .join(users, users.c.id == audit.c.clinician_id)
            .where(shares.c.owner_id == owner_id)
            .order_by(audit.c.at.desc(), audit.c.id.desc())
        )
        return self._audit(query)

    def audit_for_clinician(self, *, clinician_id: int) -> list[AuditEntry]:
        """Every access this clinician made, newest first, naming whose report it was."""
        owner = users.alias("owner")
        query = (
            select(
                audit.c.at,
                users.c.display_name,
                users.c.email,
                audit.c.share_id,
                audit.c.action,
                shares.c.revoked_at,
                owner.c.display_name,
                owner.c.email,
            )
            .join(users, users.c.id == audit.c.clinician_id)
            .outerjoin(shares, shares.c.id == audit.c.share_id)
            .outerjoin(owner, owner.c.id == shares.c.owner_id)
            .where(audit.c.clinician_id == clinician_id)
            .order_by(audit.c.at.desc(), audit.c.id.desc())
        )
        return self._audit(query)

    def _audit(self, query: Any) -> list[AuditEntry]:
        with self._read() as connection:
            return [
                AuditEntry(
                    at=row[0],
                    clinician=f"{row[1]} <{row[2]}>",
                    share_id=row[3],
                    action=row[4],
                    withdrawn=row[5] is not None,
                    patient=(row[6] or row[7] or "") if len(row) > 6 else "",
                )
                for row in connection.execute(query)
            ]
