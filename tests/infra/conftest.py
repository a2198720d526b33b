"""Fixtures for the infrastructure tests: the demo academy and free ports for servers."""

import socket

import pytest
from django.db import transaction

from pages.demo.loader import DemoLoader

# This test package starts servers only on ports in this range, so parallel
# test runs of other packages never collide with it.
PORT_RANGE = range(8200, 8250)


def free_port():
    """Return a port in ``PORT_RANGE`` that nothing listens on at 127.0.0.1."""
    for port in PORT_RANGE:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"No free port on 127.0.0.1 in {PORT_RANGE.start}-{PORT_RANGE.stop - 1}.")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Load the demo academy once for a test module, and roll it back afterwards.

    Loading takes seconds (it encodes and processes a film), so the tests of a
    module share one load inside a transaction that is never committed.
    """
    with django_db_blocker.unblock():
        with transaction.atomic():
            loader = DemoLoader()
            loader.load()
            yield loader
            transaction.set_rollback(True)
