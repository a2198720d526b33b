from django.db import models
from django.utils.translation import gettext_lazy as _


class Audience(models.TextChoices):
    """Who a module, inspiration item or learning event is written for."""

    VOLUNTEERS = "volunteers", _("Volunteers")
    STAFF = "staff", _("Staff")
    BOTH = "both", _("Volunteers and staff")


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
