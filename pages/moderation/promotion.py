"""Promotion: an approved contribution or proposed learning event becomes a draft module or catalogue item."""

import logging

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from cms.i18n.slugs import danish_slugify

logger = logging.getLogger(__name__)

TARGET_MODULE = "module"
TARGET_INSPIRATION = "inspiration"
SUMMARY_MAX_LENGTH = 600


def is_promotable(page):
    """Return whether ``page`` is a published contribution, or a published learning event proposed as formal learning."""
    from pages.models import ContributionPage, LearningEventPage

    page = page.specific
    if not page.live:
        return False
    if isinstance(page, ContributionPage):
        return True
    return isinstance(page, LearningEventPage) and page.proposed_as_formal_learning


def promotions_of(page):
    """Return the modules and catalogue items already promoted from ``page``."""
    from pages.models import InspirationItemPage, ModulePage

    return list(ModulePage.objects.filter(source_page=page)) + list(InspirationItemPage.objects.filter(source_page=page))


def promotion_parent(source, target):
    """Return the academy's module index or inspiration catalogue that ``source`` would be promoted under."""
    from pages.models import AcademyHomePage, InspirationCatalogPage, ModuleIndexPage

    home = AcademyHomePage.objects.ancestor_of(source).first()
    parent_model = ModuleIndexPage if target == TARGET_MODULE else InspirationCatalogPage
    parent = parent_model.objects.child_of(home).first() if home else None
    if parent is None:
        raise ValidationError(
            _("There is no %(parent)s in the academy to promote into.")
            % {"parent": parent_model._meta.verbose_name}
        )
    return parent


def user_can_promote(user, page):
    """Return whether ``user`` may create a draft under the academy's module index and catalogue."""
    from pages.models import AcademyHomePage

    home = AcademyHomePage.objects.ancestor_of(page).first()
    return bool(home) and home.permissions_for_user(user).can_publish_subpage()


def _unique_slug(parent, title):
    base = danish_slugify(title)[:70] or "side"
    slug, counter = base, 2
    while parent.get_children().filter(slug=slug).exists():
        slug = f"{base}-{counter}"
        counter += 1
    return slug


def _fields_from_contribution(contribution):
    return {
        "title": contribution.title,
        "summary": contribution.summary,
        "body": list(contribution.body.raw_data),
        "source_centre": contribution.get_parent().specific,
        "source_page": contribution.page_ptr,
        "source_theme": contribution.themes.first(),
    }, list(contribution.themes.all())


def _fields_from_event(event):
    text = strip_tags(event.outcome or event.description or "").strip()
    summary = Truncator(text).chars(SUMMARY_MAX_LENGTH) or event.title
    body = []
    for heading, value in ((_("Description"), event.description), (_("Outcome"), event.outcome)):
        if value:
            body.append({"type": "heading", "value": {"text": heading, "level": "h2"}})
            body.append({"type": "paragraph", "value": value})
    return {
        "title": event.theme.name if event.theme else event.title,
        "summary": summary,
        "body": body,
        "source_centre": event.get_parent().specific,
        "source_page": event.page_ptr,
        "source_learning_event": event,
        "source_theme": event.theme,
    }, [event.theme] if event.theme else []


@transaction.atomic
def promote(source, target, user):
    """Create a draft module or catalogue item from ``source``, keep its provenance and start the workflow on it.

    Raises ``PermissionDenied`` when ``user`` may not create formal learning and
    ``ValidationError`` when ``source`` cannot be promoted (not approved, not
    proposed, already promoted, or no place to put it).
    """
    from pages.models import ContributionPage, InspirationItemPage, ModulePage

    source = type(source.specific).objects.select_for_update().get(pk=source.pk)
    if not user_can_promote(user, source):
        raise PermissionDenied(_("Only the academy team can promote pages to formal learning."))
    if target not in (TARGET_MODULE, TARGET_INSPIRATION):
        raise ValidationError(_("Choose a module or a catalogue item."))
    if not is_promotable(source):
        raise ValidationError(
            _("Only published contributions and published learning events proposed as formal learning can be promoted.")
        )
    existing = promotions_of(source)
    if existing:
        raise ValidationError(
            _("“%(source)s” has already been promoted to “%(target)s”.") % {"source": source.title, "target": existing[0].title}
        )

    # Copy from the live version: an approved page's table row is its published content.
    if isinstance(source, ContributionPage):
        fields, themes = _fields_from_contribution(source)
    else:
        fields, themes = _fields_from_event(source)

    parent = promotion_parent(source, target)
    model = ModulePage if target == TARGET_MODULE else InspirationItemPage
    if model is InspirationItemPage:
        fields["contributing_centre"] = fields["source_centre"]
        if isinstance(source, ContributionPage):
            fields["kind"] = source.kind
    draft = model(slug=_unique_slug(parent, fields["title"]), live=False, owner=user, **fields)
    draft.themes.set(themes)
    parent.add_child(instance=draft)
    draft.save_revision(user=user, log_action=True)

    workflow = draft.get_workflow()
    if workflow is not None:
        workflow.start(draft, user)
    else:
        logger.warning("Promoted page %s has no workflow to start; is setup_centres run?", draft.pk)

    logger.info(
        "User %s promoted page %s to %s %s", user.pk, source.pk, model._meta.model_name, draft.pk
    )
    return draft
