from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.accounts.views import csrf_token_view
from cms.graphql.views import graphql_view

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("graphql/csrf/", csrf_token_view, name="graphql_csrf"),
    path("graphql/", graphql_view, name="graphql"),
    path("account/", include("cms.accounts.urls")),
    # HLS playlists with signed segment URLs, for readers who may see the film.
    path("films/", include("media_pipeline.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
