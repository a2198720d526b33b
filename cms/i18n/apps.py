from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _


class I18nConfig(AppConfig):
    name = "cms.i18n"
    label = "cms_i18n"
    verbose_name = _("Danish language support")

    def ready(self):
        from cms.i18n.collation import register_sqlite_collation
        from cms.i18n.slugs import use_danish_slugs_for_pages

        connection_created.connect(register_sqlite_collation, dispatch_uid="cms.i18n.sqlite_collation")
        use_danish_slugs_for_pages()
