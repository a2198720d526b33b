"""Check the Danish catalogues: complete, up to date with the source, and compiled."""

import subprocess

from django.core.management.base import BaseCommand, CommandError

from cms.i18n.catalogue import check_catalogues, update_catalogue

PROBLEM_TITLES = {
    "missing": "msgids in the source but not in the catalogue",
    "stale": "entries the source no longer uses",
    "obsolete": "obsolete (#~) entries",
    "untranslated": "untranslated entries",
    "fuzzy": "fuzzy entries",
    "format_errors": "format string errors (msgfmt --check-format)",
    "outdated_mo": "compiled .mo files that differ from their .po",
}


class Command(BaseCommand):
    help = (
        "Check that locale/da/LC_MESSAGES/django.po has every msgid of the source, translated and "
        "not fuzzy, and that every Danish .mo matches its .po. With --update, extract the msgids "
        "into the catalogue and compile it instead."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--update",
            action="store_true",
            help="Run makemessages into the project catalogue (dropping unused entries) and compile it.",
        )

    def handle(self, *args, update=False, **options):
        try:
            if update:
                path = update_catalogue()
                self.stdout.write(f"Updated and compiled {path}. Translate its empty entries, then compile again.")
                return
            problems = check_catalogues()
        except subprocess.CalledProcessError as error:
            raise CommandError(f"{' '.join(error.cmd)} failed: {error.stderr.strip()}") from error

        if not problems:
            self.stdout.write(self.style.SUCCESS("The Danish catalogues are complete and compiled."))
            return

        count = 0
        for kind, entries in problems.items():
            if not entries:
                continue
            count += len(entries)
            self.stdout.write(self.style.ERROR(f"{len(entries)} {PROBLEM_TITLES[kind]}:"))
            for entry in entries:
                self.stdout.write(f"  {entry}")
        raise CommandError(
            f"{count} problems in the Danish catalogues. Run `manage.py check_translations --update`, "
            "translate the empty entries in locale/da/LC_MESSAGES/django.po, and run it again."
        )
