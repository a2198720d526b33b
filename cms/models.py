"""Models of the ``cms`` app, defined in ``cms.accounts`` and re-exported for Django."""

from cms.accounts.models import APIKey, AuthToken, Membership, membership_for

__all__ = ["APIKey", "AuthToken", "Membership", "membership_for"]
