from django.db import models
from django.utils.translation import gettext_lazy as _


class CentreAccess(models.Model):
    """The groups and media collection that a centre's provisioning created.

    Kept as links rather than looked up by name, so that renaming a centre
    renames its groups instead of creating new ones.
    """

    centre = models.OneToOneField(
        "pages.CentrePage", verbose_name=_("centre"), on_delete=models.CASCADE, related_name="access"
    )
    editors_group = models.OneToOneField(
        "auth.Group", verbose_name=_("editors' group"), on_delete=models.PROTECT, related_name="+"
    )
    learning_pilots_group = models.OneToOneField(
        "auth.Group", verbose_name=_("learning pilots' group"), on_delete=models.PROTECT, related_name="+"
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection", verbose_name=_("media collection"), on_delete=models.PROTECT, related_name="+"
    )

    def __str__(self):
        return str(self.centre)

    class Meta:
        verbose_name = _("centre access")
        verbose_name_plural = _("centre access")
