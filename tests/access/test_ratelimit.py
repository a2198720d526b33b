import pytest
from django.core.cache import cache
from django.test import RequestFactory

from cms.accounts import ratelimit


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def fail(times, identifier="mette@example.dk", ip="10.0.0.1"):
    for _ in range(times):
        ratelimit.record_failure(identifier, ip)


def test_account_locks_after_max_failures(settings):
    settings.SIGN_IN_MAX_FAILURES_PER_ACCOUNT = 3
    fail(3)
    assert ratelimit.seconds_locked("mette@example.dk", "10.0.0.2") > 0


def test_account_open_below_max_failures(settings):
    settings.SIGN_IN_MAX_FAILURES_PER_ACCOUNT = 3
    fail(2)
    assert ratelimit.seconds_locked("mette@example.dk", "10.0.0.2") == 0


def test_account_lock_ignores_case(settings):
    settings.SIGN_IN_MAX_FAILURES_PER_ACCOUNT = 3
    fail(3, identifier="Mette@Example.dk")
    assert ratelimit.seconds_locked("mette@example.dk", "10.0.0.2") > 0


def test_address_locks_across_accounts(settings):
    settings.SIGN_IN_MAX_FAILURES_PER_IP = 4
    for number in range(4):
        ratelimit.record_failure(f"person{number}@example.dk", "10.0.0.9")
    assert ratelimit.seconds_locked("someone-else@example.dk", "10.0.0.9") > 0


def test_lock_lasts_lockout_window(settings):
    settings.SIGN_IN_MAX_FAILURES_PER_ACCOUNT = 1
    settings.SIGN_IN_LOCKOUT_SECONDS = 600
    fail(1)
    assert 590 <= ratelimit.seconds_locked("mette@example.dk", "10.0.0.2") <= 601


def test_reset_account_unlocks_account(settings):
    settings.SIGN_IN_MAX_FAILURES_PER_ACCOUNT = 2
    fail(2)
    ratelimit.reset_account("mette@example.dk")
    assert ratelimit.seconds_locked("mette@example.dk", "10.0.0.2") == 0


def test_client_ip_is_remote_addr_without_proxies():
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="1.2.3.4")
    assert ratelimit.client_ip(request) == "10.0.0.5"


def test_client_ip_trusts_configured_proxies(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="6.6.6.6, 1.2.3.4")
    assert ratelimit.client_ip(request) == "1.2.3.4"
