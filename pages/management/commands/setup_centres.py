"""Create the academy team's group, the review workflow and every centre's groups, collection and permissions."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pages.moderation.centres import provision_academy_team, provision_centre
from pages.moderation.workflow import setup_workflow


class Command(BaseCommand):
    help = gettext_lazy(
        "Set up the academy team, the review workflow and each centre's groups, media collection and "
        "permissions. Safe to run again: what exists is reused."
    )

    def add_arguments(self, parser):
        parser.add_argument("--verbose-items", action="store_true", help=gettext_lazy("List every item created or found."))

    def handle(self, *args, verbose_items=False, **options):
        from pages.models import AcademyHomePage, CentrePage

        academy_team, report = provision_academy_team()
        homes = list(AcademyHomePage.objects.all())
        if not homes:
            self.stdout.write(self.style.WARNING(_("No academy home page exists, so no workflow was assigned.")))
        for home in homes:
            setup_workflow(home, academy_team, report)
        self._write_report(_("Academy team and workflow"), report, verbose_items)

        centres = list(CentrePage.objects.order_by("path"))
        for centre in centres:
            self._write_report(centre.title, provision_centre(centre), verbose_items)
        self.stdout.write(self.style.SUCCESS(_("Done: %(count)d centres set up.") % {"count": len(centres)}))

    def _write_report(self, heading, report, verbose_items):
        self.stdout.write(
            _("%(heading)s: %(created)d created, %(found)d already there.")
            % {"heading": heading, "created": len(report.created), "found": len(report.found)}
        )
        if verbose_items:
            for item in report.created:
                self.stdout.write(f"  + {item}")
            for item in report.found:
                self.stdout.write(f"  = {item}")
