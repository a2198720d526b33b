"""Paths of pages on the web site, as clients route them."""


def page_site_path(request, page):
    """Return ``page``'s path below its site root, e.g. ``/moduler/tavshedspligt/``, or None outside any site.

    Wagtail caches the site root paths, so this costs no query per page.
    """
    url_parts = page.get_url_parts(request=request)
    if url_parts is None:
        return None
    _site_id, _root_url, page_path = url_parts
    return page_path
