"""People's roles in the academy and the Django groups they map to."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """A person's function in the academy. A person may have several roles."""

    VOLUNTEER = "volunteer", _("Volunteer")
    STAFF = "staff", _("Staff")
    CENTRE_EDITOR = "centre_editor", _("Centre editor")
    LEARNING_PILOT = "learning_pilot", _("Learning pilot")
    ACADEMY_TEAM = "academy_team", _("Academy team")


# One global group per role, so that permissions can be granted per role.
# The names are data, not interface text: other features look groups up by them.
# They are Danish because editors read them in the admin's user and group screens.
ROLE_GROUP_NAMES = {
    Role.VOLUNTEER: "Frivillige",
    Role.STAFF: "Ansatte",
    Role.CENTRE_EDITOR: "Centerredaktører",
    Role.LEARNING_PILOT: "Læringspiloter",
    Role.ACADEMY_TEAM: "Academy-teamet",
}

# Centre editors and learning pilots also join their centre's own group. The
# centre's provisioning (pages.moderation.centres) creates those groups, links
# them from the centre's CentreAccess and names them "<centre title> – redaktører"
# and "<centre title> – læringspiloter", with an en dash.
CENTRE_GROUP_SUFFIXES = {
    Role.CENTRE_EDITOR: "redaktører",
    Role.LEARNING_PILOT: "læringspiloter",
}
CENTRE_GROUP_NAME_PATTERN = r" – (redaktører|læringspiloter)$"

# Roles whose holders read the academy as staff (staff content and shared content).
STAFF_READER_ROLES = frozenset(
    {Role.STAFF, Role.CENTRE_EDITOR, Role.LEARNING_PILOT, Role.ACADEMY_TEAM}
)


def centre_group(centre, role):
    """Return ``centre``'s own group for ``role``, or None when the role or the centre has none."""
    from django.contrib.auth.models import Group

    suffix = CENTRE_GROUP_SUFFIXES.get(role)
    if centre is None or suffix is None:
        return None
    # RelatedObjectDoesNotExist is an AttributeError, so a centre not yet provisioned gives None.
    access = getattr(centre, "access", None)
    if access is not None:
        return access.editors_group if role == Role.CENTRE_EDITOR else access.learning_pilots_group
    return Group.objects.filter(name=f"{centre.title} – {suffix}").first()
