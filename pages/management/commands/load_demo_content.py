"""Load the demo academy: ``manage.py load_demo_content``."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pages.demo.loader import DemoLoader


class Command(BaseCommand):
    help = gettext_lazy(
        "Create the demo academy (themes, centres, modules, inspiration, learning events, images and a film). "
        "Objects that already exist are left unchanged, so running it again creates nothing."
    )

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        loader = DemoLoader(write=self.stdout.write if verbosity >= 2 else None, verbosity=verbosity)
        loader.load()

        for kind, count in sorted(loader.created.items()):
            self.stdout.write(_("Created %(count)d × %(kind)s.") % {"count": count, "kind": kind})
        self.stdout.write(
            self.style.SUCCESS(
                _("Demo content is ready: %(created)d objects created, %(found)d already there.")
                % {"created": sum(loader.created.values()), "found": sum(loader.found.values())}
            )
        )
