"""Shared fixtures: a small academy tree that most tests build on."""

import os
from types import SimpleNamespace

import pytest
from wagtail.models import Page, Site

from tests.browser import CHROMIUM_PATH
from tests.factories import (
    AcademyHomePageFactory,
    CentreIndexPageFactory,
    InspirationCatalogPageFactory,
    ModuleIndexPageFactory,
)


def pytest_runtest_setup(item):
    """Fail, never skip, a browser test when Chromium is missing, with the command that installs it."""
    if item.get_closest_marker("browser") and not os.access(CHROMIUM_PATH, os.X_OK):
        pytest.fail(
            f"Chromium is missing at {CHROMIUM_PATH}: install it with `apt-get install chromium` "
            "(`make test` does this when run as root).",
            pytrace=False,
        )


@pytest.fixture
def academy(db):
    """Return the academy home page and its three index pages, with the default site pointing at home."""
    root = Page.get_first_root_node()
    home = AcademyHomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "headspace academy"},
    )
    return SimpleNamespace(
        home=home,
        modules=ModuleIndexPageFactory(parent=home),
        inspiration=InspirationCatalogPageFactory(parent=home),
        centres=CentreIndexPageFactory(parent=home),
    )
