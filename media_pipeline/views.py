from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.chooser import ChooserViewSet


class FilmChooserViewSet(ChooserViewSet):
    model = "media_pipeline.Film"
    icon = "media"
    choose_one_text = _("Choose a film")
    choose_another_text = _("Choose another film")
    edit_item_text = _("Edit this film")
    form_fields = None


film_chooser_viewset = FilmChooserViewSet("film_chooser")
