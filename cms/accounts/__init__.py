"""Accounts of the academy's people: memberships, sign-in tokens and API keys."""
