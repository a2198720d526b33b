"""The film chooser, importable while models load (``pages.blocks`` needs it)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.permissions import policy_registry


class ChoosableFilmsMixin:
    """List only the films the editor may choose, through the collection permissions."""

    def get_object_list(self):
        return policy_registry.get_by_type(self.model_class).instances_user_has_permission_for(self.request.user, "choose")


class FilmChooseView(ChoosableFilmsMixin, ChooseView):
    pass


class FilmChooseResultsView(ChoosableFilmsMixin, ChooseResultsView):
    pass


class FilmChooserViewSet(ChooserViewSet):
    model = "media_pipeline.Film"
    icon = "media"
    choose_one_text = _("Choose a film")
    choose_another_text = _("Choose another film")
    edit_item_text = _("Edit this film")
    form_fields = None
    choose_view_class = FilmChooseView
    choose_results_view_class = FilmChooseResultsView


film_chooser_viewset = FilmChooserViewSet("film_chooser")
