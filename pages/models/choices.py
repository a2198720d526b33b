from django.db import models
from django.utils.translation import gettext_lazy as _, pgettext_lazy


class Audience(models.TextChoices):
    """Intended readers of a module, inspiration item or learning event."""

    # The context keeps these apart from the same words as role names ("Staff" is
    # "Ansat" as a role but "Ansatte" as an audience).
    VOLUNTEERS = "volunteers", pgettext_lazy("audience", "Volunteers")
    STAFF = "staff", pgettext_lazy("audience", "Staff")
    BOTH = "both", pgettext_lazy("audience", "Volunteers and staff")


class InspirationKind(models.TextChoices):
    IDEA = "idea", _("Idea")
    TIP = "tip", _("Tip")
    METHOD = "method", _("Method")
    FILM = "film", _("Film")


class Region(models.TextChoices):
    HOVEDSTADEN = "hovedstaden", _("Capital Region of Denmark")
    SJAELLAND = "sjaelland", _("Region Zealand")
    SYDDANMARK = "syddanmark", _("Region of Southern Denmark")
    MIDTJYLLAND = "midtjylland", _("Central Denmark Region")
    NORDJYLLAND = "nordjylland", _("North Denmark Region")
