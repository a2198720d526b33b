"""Shared fixtures: a small academy tree that most tests build on."""

from types import SimpleNamespace

import pytest
from wagtail.models import Page, Site

from tests.factories import (
    AcademyHomePageFactory,
    CentreIndexPageFactory,
    InspirationCatalogPageFactory,
    ModuleIndexPageFactory,
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
