"""Rich text links: routable attributes for visible pages, plain text for hidden or deleted ones."""

from tests.factories import CentrePageFactory, LearningEventPageFactory, ModulePageFactory
from tests.graphql.conftest import body_blocks, rich_text_page_link
from tests.graphql.factories import DocumentFactory

EVENT_DESCRIPTION = "{ learningEvents { items { description } } }"


def event_description(academy, graphql, description):
    centre = CentrePageFactory(parent=academy.centres)
    LearningEventPageFactory(parent=centre, description=description)
    return graphql.data(EVENT_DESCRIPTION)["learningEvents"]["items"][0]["description"]


def test_link_to_visible_page_has_route_attributes(academy, graphql):
    module = ModulePageFactory(parent=academy.modules, slug="tavshedspligt")
    html = event_description(academy, graphql, rich_text_page_link(module, "modulet"))
    expected = (
        f'<a href="/moduler/tavshedspligt/" data-page-id="{module.pk}" data-page-type="ModulePage">modulet</a>'
    )
    assert expected in html


def test_link_to_draft_page_becomes_text(academy, graphql):
    draft = ModulePageFactory(parent=academy.modules, live=False)
    html = event_description(academy, graphql, rich_text_page_link(draft, "hemmeligt modul"))
    assert "<a" not in html
    assert "hemmeligt modul" in html


def test_link_to_deleted_page_becomes_text(academy, graphql):
    module = ModulePageFactory(parent=academy.modules)
    source = rich_text_page_link(module, "slettet modul")
    module.delete()
    html = event_description(academy, graphql, source)
    assert "<a" not in html
    assert "slettet modul" in html


def test_link_to_document_has_absolute_href(academy, graphql):
    document = DocumentFactory()
    html = event_description(
        academy, graphql, f'<p><a linktype="document" id="{document.pk}">hent</a></p>'
    )
    assert f'<a href="http://testserver{document.url}">hent</a>' in html


def test_link_to_deleted_document_becomes_text(academy, graphql):
    document = DocumentFactory()
    source = f'<p><a linktype="document" id="{document.pk}">hent</a></p>'
    document.delete()
    html = event_description(academy, graphql, source)
    assert "<a" not in html


def test_external_link_is_kept(academy, graphql):
    html = event_description(academy, graphql, '<p><a href="https://headspace.dk/">headspace</a></p>')
    assert '<a href="https://headspace.dk/">headspace</a>' in html


def test_rich_text_block_link_to_draft_becomes_text(academy, graphql):
    draft = ModulePageFactory(parent=academy.modules, live=False)
    ModulePageFactory(
        parent=academy.modules, body=body_blocks(rich_text=rich_text_page_link(draft, "kladden"))
    )
    data = graphql.data("{ modules { items { body { ... on RichTextBlock { value } } } } }")
    html = data["modules"]["items"][0]["body"][1]["value"]
    assert "<a" not in html
    assert "kladden" in html


def test_many_links_cost_one_page_query(academy, graphql, django_assert_max_num_queries):
    modules = [ModulePageFactory(parent=academy.modules) for _ in range(10)]
    source = "".join(rich_text_page_link(module, f"modul {index}") for index, module in enumerate(modules))
    centre = CentrePageFactory(parent=academy.centres)
    event = LearningEventPageFactory(parent=centre, description=source)
    from django.test import RequestFactory

    from cms.accounts.readers import reader_for
    from cms.accounts.roles import Role
    from cms.graphql.richtext import render_rich_text
    from tests.access.factories import person

    request = RequestFactory().get("/graphql/")
    request.user = person([Role.STAFF])
    reader_for(request)  # Reading the reader's membership is not part of the rendering.
    with django_assert_max_num_queries(3):
        html = render_rich_text(request, event.description)
    assert html.count("data-page-id") == 10
