"""Write the GraphQL schema that client teams build against, or check that the committed file is current."""

import difflib
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from graphql import lexicographic_sort_schema, print_schema

DEFAULT_PATH = Path(settings.BASE_DIR) / "frontend_schema" / "schema.graphql"


def render_schema():
    """Return the schema in SDL, with types and fields sorted so the file changes only when the API does."""
    from cms.graphql.schema import schema

    return print_schema(lexicographic_sort_schema(schema.graphql_schema)) + "\n"


class Command(BaseCommand):
    help = _("Write frontend_schema/schema.graphql from the code, or with --check fail when it differs.")

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help=_("Write nothing; exit with status 1 and print a diff when the file differs from the code."),
        )
        parser.add_argument(
            "--path",
            default=str(DEFAULT_PATH),
            help=_("File to write or check; frontend_schema/schema.graphql by default."),
        )

    def handle(self, *args, check=False, path=None, **options):
        path = Path(path)
        current = render_schema()

        if not check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(current, encoding="utf-8")
            self.stdout.write(_("Wrote the GraphQL schema to %(path)s.") % {"path": path})
            return

        committed = path.read_text(encoding="utf-8") if path.exists() else ""
        if committed == current:
            self.stdout.write(_("%(path)s matches the code.") % {"path": path})
            return
        diff = difflib.unified_diff(
            committed.splitlines(keepends=True),
            current.splitlines(keepends=True),
            fromfile=f"{path} (committed)",
            tofile=f"{path} (from the code)",
        )
        self.stdout.write("".join(diff))
        raise CommandError(
            _("%(path)s differs from the code; run manage.py export_graphql_schema and commit the file.")
            % {"path": path}
        )
