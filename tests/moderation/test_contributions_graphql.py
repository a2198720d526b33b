"""Published contributions over GraphQL, filterable by centre and theme."""

from tests.factories import ContributionPageFactory, ThemeFactory

CONTRIBUTIONS_QUERY = """
query ($centre: ID, $theme: String, $limit: Int) {
  contributions(centre: $centre, theme: $theme, limit: $limit) {
    totalCount
    items { title }
  }
}
"""


def _published(parent, title, themes=()):
    page = ContributionPageFactory(parent=parent, title=title)
    page.themes.set(themes)
    page.save_revision().publish()
    return page


def _titles(data):
    return sorted(item["title"] for item in data["contributions"]["items"])


def test_contributions_lists_published(graphql, moderated):
    _published(moderated.odense, "Kaffe")
    _published(moderated.aarhus, "Te")

    data = graphql.data(CONTRIBUTIONS_QUERY)

    assert _titles(data) == ["Kaffe", "Te"]


def test_contributions_hides_drafts(graphql, moderated, draft_contribution):
    data = graphql.data(CONTRIBUTIONS_QUERY)
    assert _titles(data) == []


def test_contributions_hides_draft_changes(graphql, moderated):
    page = _published(moderated.odense, "Kaffe")
    page.title = "Hemmelig ny titel"
    page.save_revision()

    data = graphql.data(CONTRIBUTIONS_QUERY)

    assert _titles(data) == ["Kaffe"]


def test_contributions_filter_by_centre(graphql, moderated):
    _published(moderated.odense, "Kaffe")
    _published(moderated.aarhus, "Te")

    data = graphql.data(CONTRIBUTIONS_QUERY, {"centre": moderated.aarhus.pk})

    assert _titles(data) == ["Te"]


def test_contributions_unknown_centre_is_empty(graphql, moderated):
    _published(moderated.odense, "Kaffe")

    data = graphql.data(CONTRIBUTIONS_QUERY, {"centre": 999999})

    assert _titles(data) == []


def test_contributions_filter_by_theme(graphql, moderated):
    other_theme = ThemeFactory()
    _published(moderated.odense, "Kaffe", themes=[moderated.theme])
    _published(moderated.odense, "Te", themes=[other_theme])

    data = graphql.data(CONTRIBUTIONS_QUERY, {"theme": moderated.theme.slug})

    assert _titles(data) == ["Kaffe"]


def test_contributions_rejects_bad_limit(graphql, moderated):
    result = graphql.post(CONTRIBUTIONS_QUERY, {"limit": 0}).json()
    assert result["errors"][0]["extensions"]["code"] == "INVALID_LIMIT"


def test_contributions_rejects_bad_centre(graphql, moderated):
    result = graphql.post(CONTRIBUTIONS_QUERY, {"centre": "odense"}).json()
    assert result["errors"][0]["extensions"]["code"] == "INVALID_ARGUMENT"
