"""Parsing of the ``ID`` arguments of lookups and list filters.

A database id is at most a signed 64-bit integer (PostgreSQL's bigint, SQLite's
INTEGER). A larger number fits a Python int, but SQLite's driver raises
OverflowError on it, so it is rejected here, before any query. (Django 5.2
itself turns an out-of-range exact lookup on PostgreSQL into an empty result.)
"""

from django.utils.translation import gettext as _

from cms.graphql.errors import ErrorCode, client_error

MIN_ID = -(2**63)
MAX_ID = 2**63 - 1


def to_database_id(value):
    """Return ``value`` as an integer in the database id range, or None when it is not one."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    if not MIN_ID <= number <= MAX_ID:
        return None
    return number


def parse_id(value, argument):
    """Return ``value`` as a database id, or raise an INVALID_ARGUMENT error naming ``argument``.

    List filters use this, so that an invalid id raises an error instead of
    silently dropping the filter.
    """
    try:
        int(value)
    except (TypeError, ValueError):
        raise client_error(
            _("The argument %(argument)s must be a numeric id, not %(value)r.") % {"argument": argument, "value": value},
            ErrorCode.INVALID_ARGUMENT,
        ) from None
    number = to_database_id(value)
    if number is None:
        raise client_error(
            _("The argument %(argument)s is not a valid id: %(value)s is out of range.")
            % {"argument": argument, "value": value},
            ErrorCode.INVALID_ARGUMENT,
        )
    return number
