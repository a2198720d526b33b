"""Audience choices read as audiences in Danish, apart from the role names with the same English words."""

import pytest
from django.utils import translation

from cms.accounts.roles import Role
from pages.models.choices import Audience


@pytest.mark.parametrize(
    ("audience", "label"),
    [(Audience.VOLUNTEERS, "Frivillige"), (Audience.STAFF, "Ansatte"), (Audience.BOTH, "Frivillige og ansatte")],
)
def test_audience_label_is_danish(audience, label):
    with translation.override("da"):
        assert str(audience.label) == label


def test_staff_role_keeps_singular():
    with translation.override("da"):
        assert str(Role.STAFF.label) == "Ansat"
