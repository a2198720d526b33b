"""Bulk import of people from CSV: name, email, centre, role.

Each row is imported in its own transaction, so a bad row loses nothing and
leaves nothing half-written. Rerunning a file is safe: a person is found by
email, and a row that adds nothing new is skipped.
"""

import contextlib
import csv
import dataclasses
import io
import logging

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from cms.accounts.models import Membership
from cms.accounts.roles import Role

logger = logging.getLogger(__name__)

REQUIRED_COLUMNS = ("name", "email", "centre", "role")

# Centre values that mean the secretariat rather than a local centre.
SECRETARIAT_NAMES = {"secretariat", "sekretariatet", "sekretariat"}

# Danish role names that spreadsheets from the centres use, beside the role values.
ROLE_ALIASES = {
    "frivillig": Role.VOLUNTEER,
    "ansat": Role.STAFF,
    "lokal redaktør": Role.CENTRE_EDITOR,
    "redaktør": Role.CENTRE_EDITOR,
    "læringspilot": Role.LEARNING_PILOT,
    "academy-team": Role.ACADEMY_TEAM,
    "academy-teamet": Role.ACADEMY_TEAM,
}


class ImportFileError(Exception):
    """The file as a whole cannot be read, e.g. a missing column or a wrong encoding."""


class RowRejected(Exception):
    """One row cannot be imported. The exception message is the reason."""


@dataclasses.dataclass
class RowOutcome:
    line: int
    email: str
    status: str  # "created", "updated", "skipped" or "rejected"
    reason: str = ""
    user: object = None


@dataclasses.dataclass
class ImportReport:
    outcomes: list = dataclasses.field(default_factory=list)

    def with_status(self, status):
        return [outcome for outcome in self.outcomes if outcome.status == status]


def read_rows(data):
    """Yield ``(line number, row dict)`` from CSV bytes, with comma or semicolon separators."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _("The file is not UTF-8 encoded (byte %(position)s); save it as CSV UTF-8 and try again.")
            % {"position": error.start}
        ) from None
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    columns = [(name or "").strip().lower() for name in reader.fieldnames or []]
    missing = [column for column in REQUIRED_COLUMNS if column not in columns]
    if missing:
        raise ImportFileError(
            _("The file lacks the column(s) %(missing)s; the first line must name: %(required)s.")
            % {"missing": ", ".join(missing), "required": ", ".join(REQUIRED_COLUMNS)}
        )
    reader.fieldnames = columns
    for row in reader:
        # The reader's line_num is the line the row ended on; rows span one line here.
        yield reader.line_num, {key: (value or "").strip() for key, value in row.items() if key}


def parse_roles(value):
    roles = []
    for part in value.replace("|", ";").replace(",", ";").split(";"):
        name = part.strip().lower()
        if not name:
            continue
        role = ROLE_ALIASES.get(name) or (name.replace(" ", "_") if name.replace(" ", "_") in Role.values else None)
        if role is None:
            raise RowRejected(
                _("unknown role “%(role)s”; use one of: %(roles)s")
                % {"role": part.strip(), "roles": ", ".join([*Role.values, *ROLE_ALIASES])}
            )
        roles.append(Role(role).value)
    if not roles:
        raise RowRejected(_("the role is missing"))
    return roles


def find_centre(value, centres):
    """Return ``(centre, is_secretariat)`` for a centre column value."""
    name = value.strip().lower()
    if not name:
        raise RowRejected(_("the centre is missing; write the centre's name or “secretariat”"))
    if name in SECRETARIAT_NAMES:
        return None, True
    centre = centres.get(name)
    if centre is None:
        raise RowRejected(_("unknown centre “%(centre)s”") % {"centre": value})
    return centre, False


def split_name(name):
    first, _sep, last = name.strip().rpartition(" ")
    return (first, last) if first else (last, "")


def _check_new_user(user):
    """Raise RowRejected unless ``user`` passes the model's validation (lengths, email format)."""
    username_max = user._meta.get_field(user.USERNAME_FIELD).max_length
    if len(user.get_username()) > username_max:
        # The username is the email address, which the email field alone would allow up to 254 characters.
        raise RowRejected(
            _("the email address is longer than %(max)s characters, the maximum for a username") % {"max": username_max}
        )
    try:
        # Usernames are email addresses, whose characters the username validator would reject.
        user.full_clean(exclude=["password", user.USERNAME_FIELD], validate_unique=False)
    except ValidationError as error:
        raise RowRejected(
            " ".join(
                f"{user._meta.get_field(field).verbose_name}: {message}"
                for field, messages in error.message_dict.items()
                for message in messages
            )
        ) from None


def import_row(row, centres):
    """Create or extend one person from a row; return ``(status, user)``. Raises RowRejected."""
    for column, value in row.items():
        # PostgreSQL cannot store NUL in text, and no name or address contains one.
        if "\x00" in value:
            raise RowRejected(_("the %(column)s column contains a NUL character; remove it") % {"column": column})
    name = row["name"]
    email = row["email"].lower()
    if not name:
        raise RowRejected(_("the name is missing"))
    try:
        validate_email(email)
    except ValidationError:
        raise RowRejected(_("invalid email address “%(email)s”") % {"email": row["email"]}) from None
    roles = parse_roles(row["role"])
    centre, is_secretariat = find_centre(row["centre"], centres)

    User = get_user_model()
    matches = list(User.objects.filter(email__iexact=email)[:2])
    if len(matches) > 1:
        raise RowRejected(_("several accounts have this email address; merge them in the admin first"))
    if not matches:
        first_name, last_name = split_name(name)
        if User.objects.filter(username__iexact=email).exists():
            raise RowRejected(_("the username “%(username)s” is taken by another account") % {"username": email})
        user = User(username=email, email=email, first_name=first_name, last_name=last_name)
        _check_new_user(user)
        # People choose their own password through the invitation link.
        user.set_unusable_password()
        user.save()
        membership = Membership(user=user, centre=centre, is_secretariat=is_secretariat, roles=roles)
        _save_membership(membership)
        return "created", user

    user = matches[0]
    if not user.is_active:
        raise RowRejected(_("the account is deactivated; reactivate it in the admin if the person is back"))
    membership = Membership.objects.filter(user=user).first()
    if membership is None:
        _save_membership(Membership(user=user, centre=centre, is_secretariat=is_secretariat, roles=roles))
        return "updated", user
    if membership.centre_id != (centre.pk if centre else None) or membership.is_secretariat != is_secretariat:
        raise RowRejected(
            _("the person already belongs to %(current)s; change the centre in the admin") % {
                "current": _("the secretariat") if membership.is_secretariat else (membership.centre or _("no centre"))
            }
        )
    new_roles = [role for role in roles if role not in membership.roles]
    if not new_roles:
        return "skipped", user
    membership.roles = membership.roles + new_roles
    _save_membership(membership)
    return "updated", user


def _save_membership(membership):
    try:
        membership.full_clean(exclude=["user"])
    except ValidationError as error:
        raise RowRejected(" ".join(error.messages)) from None
    membership.save()


def import_people(data, dry_run=False, on_created=None):
    """Import every row of a CSV file; return an ImportReport.

    A person may appear on several lines, one per role. ``on_created(user)``
    runs for each created person once all rows are committed, never in a dry run.
    """
    from pages.models import CentrePage

    centres = {}
    for centre in CentrePage.objects.all():
        centres[centre.title.strip().lower()] = centre
        centres[centre.slug.lower()] = centre

    report = ImportReport()
    # A dry run imports for real inside one transaction and rolls it back, so
    # its report matches a real run, also for people listed on several lines.
    with transaction.atomic() if dry_run else contextlib.nullcontext():
        for line, row in read_rows(data):
            report.outcomes.append(_import_line(line, row, centres))
        if dry_run:
            transaction.set_rollback(True)
    if not dry_run and on_created is not None:
        for outcome in report.with_status("created"):
            on_created(outcome.user)
    return report


def _import_line(line, row, centres):
    email = row.get("email", "").lower()
    try:
        with transaction.atomic():
            status, user = import_row(row, centres)
    except RowRejected as error:
        logger.info("Import line %s rejected: %s", line, error)
        return RowOutcome(line, email, "rejected", str(error))
    return RowOutcome(line, email, status, user=user)
