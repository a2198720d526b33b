import pytest
from wagtail.models import Page

from pages.models import AcademyHomePage


@pytest.mark.django_db
def test_academy_home_page_can_be_created_under_root():
    root = Page.get_first_root_node()
    home = root.add_child(instance=AcademyHomePage(title="Akademi", slug="akademi"))
    assert AcademyHomePage.objects.get(pk=home.pk).title == "Akademi"


def test_academy_fixture_builds_module_tree(academy):
    from tests.factories import ModulePageFactory

    module = ModulePageFactory(parent=academy.modules)
    assert module.get_parent().specific == academy.modules
    assert module.url_path.startswith(academy.home.url_path)
