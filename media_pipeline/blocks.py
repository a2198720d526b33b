from media_pipeline.chooser import film_chooser_viewset

FilmChooserBlock = film_chooser_viewset.get_block_class(
    name="FilmChooserBlock", module_path="media_pipeline.blocks"
)
