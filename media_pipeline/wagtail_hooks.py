from django.utils.translation import gettext_lazy as _, ngettext
from wagtail import hooks
from wagtail.admin.forms.collections import collection_member_permission_formset_factory

from media_pipeline.models import Film
from media_pipeline.chooser import film_chooser_viewset
from media_pipeline.views import film_viewset


@hooks.register("register_admin_viewset")
def register_film_viewset():
    return film_viewset


@hooks.register("register_admin_viewset")
def register_film_chooser_viewset():
    return film_chooser_viewset


@hooks.register("register_group_permission_panel")
def register_film_permissions_panel():
    return collection_member_permission_formset_factory(
        Film,
        [
            ("add_film", _("Add"), _("Add films, and edit and delete the films you uploaded")),
            ("change_film", _("Edit"), _("Edit and delete any film")),
            ("choose_film", _("Choose"), _("Select films in choosers")),
        ],
        "media_pipeline/permissions/film_permissions_formset.html",
    )


@hooks.register("describe_collection_contents")
def describe_collection_films(collection):
    count = Film.objects.filter(collection=collection).count()
    if count:
        return {
            "count": count,
            "count_text": ngettext("%(count)s film", "%(count)s films", count) % {"count": count},
        }
