"""``manage.py import_people FILE.csv``: create accounts for many people at once."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from cms.accounts.importing import ImportFileError, import_people
from cms.accounts.passwords import send_invitation


class Command(BaseCommand):
    help = _(
        "Import people from a CSV file with the columns name, email, centre and role. "
        "Rerunning the same file is safe."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help=_("Path of the CSV file (UTF-8, comma or semicolon separated)."))
        parser.add_argument(
            "--dry-run", action="store_true", help=_("Report what would happen without saving anything.")
        )
        parser.add_argument(
            "--send-invitations",
            action="store_true",
            help=_("Email each created person an invitation with a link to choose a password."),
        )

    def handle(self, *args, **options):
        try:
            with open(options["file"], "rb") as csv_file:
                data = csv_file.read()
        except FileNotFoundError:
            raise CommandError(_("Cannot read %(file)s: the file does not exist.") % {"file": options["file"]}) from None
        except IsADirectoryError:
            raise CommandError(
                _("Cannot read %(file)s: it is a folder; give the path of a CSV file.") % {"file": options["file"]}
            ) from None
        except PermissionError:
            raise CommandError(
                _("Cannot read %(file)s: permission denied for this user.") % {"file": options["file"]}
            ) from None
        except OSError as error:
            # NOTE: other operating-system errors keep the system's own (untranslated) text.
            raise CommandError(
                _("Cannot read %(file)s: %(error)s") % {"file": options["file"], "error": error.strerror}
            ) from None

        on_created = send_invitation if options["send_invitations"] else None
        try:
            report = import_people(data, dry_run=options["dry_run"], on_created=on_created)
        except ImportFileError as error:
            raise CommandError(str(error)) from None

        for outcome in report.with_status("rejected"):
            self.stderr.write(
                _("Line %(line)s (%(email)s) rejected: %(reason)s")
                % {"line": outcome.line, "email": outcome.email or "-", "reason": outcome.reason}
            )
        summary = _("%(created)s created, %(updated)s updated, %(skipped)s skipped, %(rejected)s rejected.") % {
            status: len(report.with_status(status)) for status in ("created", "updated", "skipped", "rejected")
        }
        if options["dry_run"]:
            summary = _("Dry run, nothing saved: %(summary)s") % {"summary": summary}
        elif on_created is not None:
            summary += " " + _("%(count)s invitations sent.") % {"count": len(report.with_status("created"))}
        self.stdout.write(summary)
