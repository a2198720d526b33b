"""Sign-in rate limits: lock an account or a client address after repeated failures.

Failures are counted in Django's cache (Redis in production, so every web
process shares the counts; local memory in development). A window opens with
the first failure and lasts ``SIGN_IN_LOCKOUT_SECONDS``. When the count of a
window reaches its limit, that account or address is locked until the window ends.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)


def _setting(name, default):
    return getattr(settings, name, default)


def max_failures_per_account():
    return _setting("SIGN_IN_MAX_FAILURES_PER_ACCOUNT", 5)


def max_failures_per_ip():
    return _setting("SIGN_IN_MAX_FAILURES_PER_IP", 20)


def lockout_seconds():
    return _setting("SIGN_IN_LOCKOUT_SECONDS", 15 * 60)


def client_ip(request):
    """Return the client's address, trusting ``TRUSTED_PROXY_COUNT`` proxies' X-Forwarded-For."""
    proxies = _setting("TRUSTED_PROXY_COUNT", 0)
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _account_key(identifier):
    # Hashed so that e-mail addresses do not sit in the cache in clear text.
    normalised = identifier.strip().lower().encode("utf-8")
    return "sign-in-failures:account:" + hashlib.sha256(normalised).hexdigest()


def _ip_key(ip):
    return "sign-in-failures:ip:" + ip


def _count(key):
    entry = cache.get(key)
    return entry if entry else (0, 0.0)


def _keys_and_limits(identifier, ip):
    # A check without a request has no address, so only the account counts.
    pairs = [(_account_key(identifier), max_failures_per_account())]
    if ip is not None:
        pairs.append((_ip_key(ip), max_failures_per_ip()))
    return pairs


def seconds_locked(identifier, ip):
    """Return how many seconds sign-in stays locked for this account or address, or 0 if open.

    An ``ip`` of None checks the account only.
    """
    now = time.time()
    locked = 0
    for key, limit in _keys_and_limits(identifier, ip):
        count, window_end = _count(key)
        if count >= limit and window_end > now:
            locked = max(locked, int(window_end - now) + 1)
    return locked


def record_failure(identifier, ip):
    """Count one failed sign-in against the account and the address."""
    now = time.time()
    for key, _limit in _keys_and_limits(identifier, ip):
        count, window_end = _count(key)
        if window_end <= now:
            count, window_end = 0, now + lockout_seconds()
        # NOTE: get-then-set can lose a count under concurrent failures; an
        # attacker gains at most one extra try per concurrent request.
        cache.set(key, (count + 1, window_end), timeout=int(window_end - now) + 1)


def reset_account(identifier):
    """Forget an account's failures after a successful sign-in; the address keeps its count."""
    cache.delete(_account_key(identifier))
