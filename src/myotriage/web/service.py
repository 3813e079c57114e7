"""The web app's service layer: users, sessions, share codes and the clinic audit trail.

Routes call these methods and never touch the database themselves. Like the
diary's service, every method takes keyword arguments, and anything that belongs
to someone takes that someone: a share is only ever read by its owner or by the
clinician who redeemed it, and every clinic read is written to the audit trail.

    service = WebService(engine)
    user = service.create_user(email="a@example.org", password="...", role="person")
    token = service.create_session(user_id=user.id)
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict
from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from myotriage.diary.db import read_connection, write_connection
from myotriage.errors import InvalidInputError, NotFoundError, StorageError
from myotriage.knowledge.wording import LEVEL_RANK
from myotriage.safetext import check_text, scrub, text_problem
from myotriage.web import security
from myotriage.web.db import ensure_web_schema
from myotriage.web.models import audit, sessions, shares, users

__all__ = ["AuditEntry", "EmailTaken", "Role", "Share", "User", "WebService", "diary_owner"]

Role = Literal["person", "clinician"]
ROLES: tuple[str, ...] = ("person", "clinician")
SESSION_DAYS = 14
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


def check_password(password: Any) -> str:
    """A password long enough to resist guessing."""
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise InvalidInputError("password", f"expected at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise InvalidInputError("password", f"expected at most {MAX_PASSWORD} characters")
    return check_text(password, "password")


def check_display_name(name: Any) -> str:
    """The name a clinic sees on a shared report: short, plain text."""
    if name is not None and not isinstance(name, str):
        raise InvalidInputError("display_name", "expected text")
    return check_text((name or "").strip()[:120], "display_name")


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

    def __init__(self, engine: Engine, *, shares_per_day: int | None = None) -> None:
        self.engine = engine
        self.shares_per_day = shares_per_day
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
        secret = check_password(password)
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

    # -- sessions --------------------------------------------------------------------

    def create_session(self, *, user_id: int) -> str:
        """A new session token for ``user_id`` (the database keeps only its digest)."""
        token = security.new_token()
        now = datetime.now(UTC)
        with write_connection(self.engine) as connection:
            connection.execute(
                delete(sessions).where(sessions.c.user_id == user_id, sessions.c.expires_at < now)
            )
            connection.execute(
                sessions.insert().values(
                    token_hash=security.hash_token(token),
                    user_id=user_id,
                    created_at=now,
                    expires_at=now + timedelta(days=SESSION_DAYS),
                )
            )
        return token

    def session_user(self, *, token: str) -> User | None:
        """The signed-in user of a session token, or ``None`` if it is unknown or expired."""
        if not token or len(token) > 200 or not token.isascii() or "\x00" in token:
            return None
        query = (
            select(users)
            .join(sessions, sessions.c.user_id == users.c.id)
            .where(
                sessions.c.token_hash == security.hash_token(token),
                sessions.c.expires_at > datetime.now(UTC),
            )
        )
        with self._read() as connection:
            row = connection.execute(query).first()
        return None if row is None else _user(row)

    def delete_session(self, *, token: str) -> None:
        """Sign out: the token stops working at once."""
        with write_connection(self.engine) as connection:
            connection.execute(
                delete(sessions).where(sessions.c.token_hash == security.hash_token(token))
            )

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
