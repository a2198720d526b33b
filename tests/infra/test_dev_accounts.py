"""The development accounts exist only with the development settings, with memberships."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from cms.accounts.roles import Role
from tests.factories import CentrePageFactory

DEMO_CENTRES = ["odense", "aarhus", "aalborg"]


@pytest.fixture
def demo_centres(academy):
    return {slug: CentrePageFactory(parent=academy.centres, slug=slug) for slug in DEMO_CENTRES}


@pytest.fixture
def dev_settings(settings):
    settings.DEBUG = True
    settings.DEV_ACCOUNTS_ENABLED = True


def create_dev_accounts():
    call_command("create_dev_accounts", stdout=io.StringIO())


def test_dev_accounts_rejected_without_dev_settings(demo_centres):
    with pytest.raises(CommandError):
        create_dev_accounts()
    assert not get_user_model().objects.exists()


def test_dev_accounts_rejected_without_debug(demo_centres, settings):
    settings.DEV_ACCOUNTS_ENABLED = True
    settings.DEBUG = False
    with pytest.raises(CommandError):
        create_dev_accounts()


def test_dev_admin_is_superuser(demo_centres, dev_settings):
    create_dev_accounts()
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser
    assert admin.check_password("academy-dev")
    assert admin.membership.is_secretariat


def test_dev_volunteer_belongs_to_odense(demo_centres, dev_settings):
    create_dev_accounts()
    membership = get_user_model().objects.get(username="frivillig").membership
    assert membership.centre == demo_centres["odense"]
    assert membership.roles == [Role.VOLUNTEER]


def test_dev_accounts_second_run_changes_nothing(demo_centres, dev_settings):
    create_dev_accounts()
    get_user_model().objects.filter(username="frivillig").update(first_name="Uændret")
    create_dev_accounts()
    assert get_user_model().objects.count() == 4
    assert get_user_model().objects.get(username="frivillig").first_name == "Uændret"


def test_dev_accounts_need_demo_centres(academy, dev_settings):
    with pytest.raises(CommandError):
        create_dev_accounts()
    assert not get_user_model().objects.exists()
