from wagtail import hooks

from media_pipeline.views import film_chooser_viewset


@hooks.register("register_admin_viewset")
def register_film_chooser_viewset():
    return film_chooser_viewset
