"""Build the demo academy: themes, media, centres, modules, inspiration and learning events.

Every object is looked up by a stable key (a slug or a title) before it is made, so
loading twice creates nothing the second time. Pages are published through
revisions, so the Wagtail history shows how they were created.
"""

import io
import logging

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import call_command, get_commands
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Page, Site

from media_pipeline.models import Film, FilmCaption
from pages.demo import content, media
from pages.demo.blocks import MediaRef
from pages.demo.modules import MODULES
from pages.models import (
    AcademyHomePage,
    CentreIndexPage,
    CentrePage,
    InspirationCatalogPage,
    InspirationItemPage,
    LearningEventPage,
    ModuleIndexPage,
    ModuleLearningGoal,
    ModulePage,
    Theme,
)

logger = logging.getLogger(__name__)


class DemoLoader:
    """Create the demo content that is missing and report each object as created or found.

    ``write`` receives one translated line per object. ``created`` and ``found``
    count objects by kind.
    """

    def __init__(self, write=None, verbosity=1):
        self.write = write or (lambda line: None)
        self.verbosity = verbosity
        self.created = {}
        self.found = {}
        self.films_to_process = []
        self.images = {}
        self.documents = {}
        self.films = {}
        self.themes = {}
        self.centres = {}
        self.modules = {}

    def load(self):
        """Load everything in one transaction, then set up the centres' permissions."""
        with transaction.atomic():
            self.load_themes()
            self.load_media()
            for film in self.films_to_process:
                self.process_film(film)
            home = self.load_home()
            self.load_centres(home)
            self.load_modules(home)
            self.load_inspiration(home)
            self.load_learning_events()

        self.setup_centre_permissions()

    # Snippets and media

    def load_themes(self):
        for slug, name, description in content.THEMES:
            theme = Theme.objects.filter(slug=slug).first()
            if theme is None:
                theme = Theme.objects.create(slug=slug, name=name, description=description)
                self.report_created(theme, name)
            else:
                self.report_found(theme, name)
            self.themes[slug] = theme

    def load_media(self):
        image_model = get_image_model()
        for key, title in content.IMAGES.items():
            image = image_model.objects.filter(title=title).first()
            if image is None:
                png = media.illustration_png(seed=key)
                image = image_model(title=title, file=ImageFile(io.BytesIO(png), name=f"{key}.png"))
                image.save()
                self.report_created(image, title)
            else:
                self.report_found(image, title)
            self.images[key] = image

        document_model = get_document_model()
        for key, (title, lines) in content.DOCUMENTS.items():
            document = document_model.objects.filter(title=title).first()
            if document is None:
                pdf = media.handout_pdf(title, lines)
                document = document_model(title=title, file=ContentFile(pdf, name=f"{key}.pdf"))
                document.save()
                self.report_created(document, title)
            else:
                self.report_found(document, title)
            self.documents[key] = document

        for key, spec in content.FILMS.items():
            self.films[key] = self.load_film(key, spec)

    def load_film(self, key, spec):
        film = Film.objects.filter(title=spec["title"]).first()
        if film is not None:
            if film.poster is not None:
                self.report_found(film.poster, film.poster.title)
            self.report_found(film, spec["title"])
            # A film left unprocessed or failed by an earlier run gets another try.
            if film.status in {Film.Status.UPLOADED, Film.Status.FAILED}:
                self.films_to_process.append(film)
            return film

        image_model = get_image_model()
        poster_title = spec["poster_title"]
        poster = image_model(
            title=poster_title, file=ImageFile(io.BytesIO(media.film_poster_png()), name=f"{key}-poster.png")
        )
        poster.save()
        self.report_created(poster, poster_title)

        mp4 = media.film_mp4(seconds=spec["seconds"])
        film = Film(title=spec["title"], description=spec["description"], poster=poster)
        film.file.save(f"{key}.mp4", ContentFile(mp4), save=False)
        film.save()
        caption = FilmCaption(film=film, language="da", label="Dansk")
        caption.file.save(f"{key}.da.vtt", ContentFile(media.captions_vtt(spec["captions"]).encode()), save=False)
        caption.save()
        self.report_created(film, spec["title"])
        self.films_to_process.append(film)
        return film

    # Pages

    def load_home(self):
        root = Page.get_first_root_node()
        home = self.ensure_page(root, AcademyHomePage, content.HOME)
        self.point_default_site_at(home)
        self.remove_wagtail_welcome_page(home)
        self.ensure_page(home, ModuleIndexPage, content.MODULE_INDEX)
        self.ensure_page(home, InspirationCatalogPage, content.INSPIRATION_CATALOG)
        self.ensure_page(home, CentreIndexPage, content.CENTRE_INDEX)
        return home

    def load_centres(self, home):
        centre_index = CentreIndexPage.objects.child_of(home).get(slug=content.CENTRE_INDEX["slug"])
        for spec in content.CENTRES:
            self.centres[spec["slug"]] = self.ensure_page(centre_index, CentrePage, spec)

    def load_modules(self, home):
        module_index = ModuleIndexPage.objects.child_of(home).get(slug=content.MODULE_INDEX["slug"])
        for spec in MODULES:
            fields = {
                key: value
                for key, value in spec.items()
                if key not in {"themes", "learning_goals", "body"}
            }
            fields["image"] = self.images[spec["slug"]]
            fields["body"] = self.stream(spec["body"])
            fields["themes"] = [self.themes[slug] for slug in spec["themes"]]
            fields["learning_goals"] = [ModuleLearningGoal(text=text) for text in spec["learning_goals"]]
            self.modules[spec["slug"]] = self.ensure_page(module_index, ModulePage, fields)

    def load_inspiration(self, home):
        catalog = InspirationCatalogPage.objects.child_of(home).get(slug=content.INSPIRATION_CATALOG["slug"])
        for spec in content.INSPIRATION_ITEMS:
            fields = {
                "slug": spec["slug"],
                "title": spec["title"],
                "summary": spec["summary"],
                "kind": spec["kind"],
                "audience": spec["audience"],
                "image": self.images[spec["slug"]],
                "contributing_centre": self.centres[spec["centre"]],
                "themes": [self.themes[slug] for slug in spec["themes"]],
                "related_modules": [self.modules[slug] for slug in spec["related_modules"]],
                "body": self.stream(spec["body"]),
            }
            self.ensure_page(catalog, InspirationItemPage, fields)

    def load_learning_events(self):
        for spec in content.LEARNING_EVENTS:
            start, end = content.event_times(spec)
            fields = {
                key: value
                for key, value in spec.items()
                if key not in {"centre", "theme", "days_from_now", "hours"}
            }
            fields.update(start=start, end=end, theme=self.themes[spec["theme"]])
            self.ensure_page(self.centres[spec["centre"]], LearningEventPage, fields)

    def ensure_page(self, parent, model, fields):
        """Return the child of ``parent`` with ``fields["slug"]``, creating and publishing it if missing.

        A page found as a draft, because its film was not ready on an earlier run,
        is published now if it can be.
        """
        page = model.objects.child_of(parent).filter(slug=fields["slug"]).first()
        if page is not None:
            self.report_found(page, page.title)
            if not page.live:
                self.publish(page, page.latest_revision)
            return page

        page = parent.add_child(instance=model(live=False, **fields))
        log(instance=page, action="wagtail.create")
        self.publish(page, page.save_revision())
        page.refresh_from_db()
        self.report_created(page, page.title)
        return page

    def publish(self, page, revision):
        """Publish ``revision``, or leave ``page`` as a draft when a publish rule rejects it.

        The accessibility rule rejects pages whose films are not ready yet. A later
        run publishes such pages once a task worker has processed the film.
        """
        try:
            with transaction.atomic():
                revision.publish()
        except ValidationError as error:
            reason = " ".join(error.messages)
            logger.warning("Demo page %s kept as a draft: %s", page.pk, reason)
            self.write(_("Kept “%(title)s” as a draft: %(reason)s") % {"title": page.title, "reason": reason})
            return False
        return True

    def point_default_site_at(self, home):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="headspace academy"
            )
            self.write(_("Created the default site with the academy home page as its root."))
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.site_name = "headspace academy"
            site.save()
            self.write(_("Set the academy home page as the root of the default site."))

    def remove_wagtail_welcome_page(self, home):
        """Delete the placeholder page Wagtail's first migration creates, unless someone has built on it."""
        page_type = ContentType.objects.get_for_model(Page)
        welcome = Page.objects.filter(depth=2, slug="home", content_type=page_type, numchild=0).exclude(pk=home.pk)
        for page in welcome:
            page.delete()
            self.write(_("Removed Wagtail's default welcome page."))

    def stream(self, blocks):
        """Return raw StreamField data for ``blocks``, with media references swapped for ids."""
        return [{"type": block_type, "value": self.resolve(value)} for block_type, value in blocks]

    def resolve(self, value):
        if isinstance(value, MediaRef):
            registry = {"image": self.images, "document": self.documents, "film": self.films}[value.kind]
            return registry[value.key].pk
        if isinstance(value, dict):
            return {key: self.resolve(item) for key, item in value.items()}
        return value

    # After the transaction

    def setup_centre_permissions(self):
        """Create the centres' editor groups and permissions, where that command is installed."""
        # The moderation app provides ``setup_centres``. Without it the demo centres
        # get no editor groups.
        if "setup_centres" in get_commands():
            output = None if self.verbosity >= 2 else io.StringIO()
            call_command("setup_centres", stdout=output)

    def process_film(self, film):
        """Process ``film`` now, so pages showing it can be published, or queue it for a task worker.

        Without the film pipeline the film stays uploaded, and the pages that show it
        stay drafts until ``load_demo_content`` runs again after the film is ready.
        """
        try:
            from media_pipeline import tasks
        except ImportError:
            logger.warning("Film %s left as uploaded: media_pipeline.tasks is not installed", film.pk)
            self.write(
                _("The film “%(title)s” stays in status uploaded because the film pipeline is not installed.")
                % {"title": film.title}
            )
            return

        if hasattr(tasks, "process_film_now"):
            self.write(_("Processing the film “%(title)s” …") % {"title": film.title})
            try:
                with transaction.atomic():
                    tasks.process_film_now(film)
            # The demo must load even when the pipeline fails; the film then keeps
            # its failure reason and the pages that show it stay drafts.
            except Exception:
                logger.exception("Processing demo film %s failed", film.pk)
            film.refresh_from_db()
            self.write(
                _("The film “%(title)s” is now in status %(status)s.")
                % {"title": film.title, "status": film.get_status_display()}
            )
            return

        transaction.on_commit(lambda: tasks.enqueue_film_processing(film))
        self.write(
            _("Queued the film “%(title)s” for processing. Run load_demo_content again when it is ready.")
            % {"title": film.title}
        )

    # Reporting

    def report_created(self, obj, name):
        kind = str(obj._meta.verbose_name)
        self.created[kind] = self.created.get(kind, 0) + 1
        self.write(_("Created %(kind)s “%(name)s”.") % {"kind": kind, "name": name})

    def report_found(self, obj, name):
        kind = str(obj._meta.verbose_name)
        self.found[kind] = self.found.get(kind, 0) + 1
        self.write(_("Found %(kind)s “%(name)s”, left unchanged.") % {"kind": kind, "name": name})
