"""Filters and orders of the root lists."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import (
    CentrePageFactory,
    InspirationItemPageFactory,
    LearningEventPageFactory,
    ModulePageFactory,
    ThemeFactory,
)


def titles(data, field):
    return [item["title"] for item in data[field]["items"]]


@pytest.fixture
def theme():
    return ThemeFactory(slug="sparring")


def test_modules_filter_by_theme(academy, graphql, theme):
    tagged = ModulePageFactory(parent=academy.modules, title="Med tema")
    tagged.themes.add(theme)
    tagged.save()
    ModulePageFactory(parent=academy.modules, title="Uden tema")
    data = graphql.data('{ modules(theme: "sparring") { items { title } } }')
    assert titles(data, "modules") == ["Med tema"]


def test_modules_filter_by_unknown_theme_is_empty(academy, graphql):
    ModulePageFactory(parent=academy.modules)
    data = graphql.data('{ modules(theme: "findes-ikke") { totalCount } }')
    assert data["modules"]["totalCount"] == 0


def test_modules_filter_by_obligatory(academy, graphql):
    ModulePageFactory(parent=academy.modules, title="Obligatorisk", is_obligatory=True)
    ModulePageFactory(parent=academy.modules, title="Valgfri", is_obligatory=False)
    assert titles(graphql.data("{ modules(obligatory: true) { items { title } } }"), "modules") == ["Obligatorisk"]
    assert titles(graphql.data("{ modules(obligatory: false) { items { title } } }"), "modules") == ["Valgfri"]


def test_modules_filter_by_audience_includes_both(academy, graphql):
    ModulePageFactory(parent=academy.modules, title="A frivillige", audience="volunteers")
    ModulePageFactory(parent=academy.modules, title="B ansatte", audience="staff")
    ModulePageFactory(parent=academy.modules, title="C alle", audience="both")
    volunteers = graphql.data("{ modules(audience: VOLUNTEERS) { items { title } } }")
    both = graphql.data("{ modules(audience: BOTH) { items { title } } }")
    assert titles(volunteers, "modules") == ["A frivillige", "C alle"]
    assert titles(both, "modules") == ["C alle"]


def test_modules_order_by_title(academy, graphql):
    ModulePageFactory(parent=academy.modules, title="Beta")
    ModulePageFactory(parent=academy.modules, title="Alfa")
    data = graphql.data("{ modules(order: TITLE) { items { title } } }")
    assert titles(data, "modules") == ["Alfa", "Beta"]


def test_modules_order_newest_first(academy, graphql):
    older = ModulePageFactory(parent=academy.modules, title="Ældre")
    older.first_published_at = timezone.now() - datetime.timedelta(days=3)
    older.save()
    ModulePageFactory(parent=academy.modules, title="Nyere")
    data = graphql.data("{ modules(order: NEWEST) { items { title } } }")
    assert titles(data, "modules") == ["Nyere", "Ældre"]


def test_modules_raw_order_string_is_rejected(graphql):
    result = graphql.post('{ modules(order: "-title") { totalCount } }')
    assert result.status_code == 400


def test_inspiration_filter_by_kind(academy, graphql):
    InspirationItemPageFactory(parent=academy.inspiration, title="Metode", kind="method")
    InspirationItemPageFactory(parent=academy.inspiration, title="Tip", kind="tip")
    data = graphql.data("{ inspirationItems(kind: METHOD) { items { title kind } } }")
    assert titles(data, "inspirationItems") == ["Metode"]
    assert data["inspirationItems"]["items"][0]["kind"] == "METHOD"


def test_inspiration_filter_by_theme(academy, graphql, theme):
    tagged = InspirationItemPageFactory(parent=academy.inspiration, title="Med tema")
    tagged.themes.add(theme)
    tagged.save()
    InspirationItemPageFactory(parent=academy.inspiration, title="Uden tema")
    data = graphql.data('{ inspirationItems(theme: "sparring") { items { title } } }')
    assert titles(data, "inspirationItems") == ["Med tema"]


def test_inspiration_filter_by_centre(academy, graphql):
    odense = CentrePageFactory(parent=academy.centres)
    InspirationItemPageFactory(parent=academy.inspiration, title="Fra Odense", contributing_centre=odense)
    InspirationItemPageFactory(parent=academy.inspiration, title="Andet")
    data = graphql.data("query($c: ID) { inspirationItems(centre: $c) { items { title } } }", {"c": odense.pk})
    assert titles(data, "inspirationItems") == ["Fra Odense"]


def test_inspiration_filter_by_invalid_centre_is_error(graphql):
    result = graphql.execute('{ inspirationItems(centre: "odense") { totalCount } }')
    assert result["errors"][0]["extensions"]["code"] == "INVALID_ARGUMENT"


def test_inspiration_order_by_title(academy, graphql):
    InspirationItemPageFactory(parent=academy.inspiration, title="Beta")
    InspirationItemPageFactory(parent=academy.inspiration, title="Alfa")
    data = graphql.data("{ inspirationItems(order: TITLE) { items { title } } }")
    assert titles(data, "inspirationItems") == ["Alfa", "Beta"]


@pytest.fixture
def events(academy):
    centre = CentrePageFactory(parent=academy.centres)
    now = timezone.now()
    past = LearningEventPageFactory(
        parent=centre,
        title="Forbi",
        start=now - datetime.timedelta(days=10),
        end=now - datetime.timedelta(days=10, hours=-2),
    )
    soon = LearningEventPageFactory(parent=centre, title="Snart", start=now + datetime.timedelta(days=1))
    later = LearningEventPageFactory(parent=centre, title="Senere", start=now + datetime.timedelta(days=20))
    return centre, past, soon, later


def test_learning_events_upcoming_by_default(graphql, events):
    data = graphql.data("{ learningEvents { items { title } } }")
    assert titles(data, "learningEvents") == ["Snart", "Senere"]


def test_learning_events_past_latest_first(graphql, events):
    data = graphql.data("{ learningEvents(when: PAST) { items { title } } }")
    assert titles(data, "learningEvents") == ["Forbi"]


def test_learning_events_all_in_start_order(graphql, events):
    data = graphql.data("{ learningEvents(when: ALL) { items { title } } }")
    assert titles(data, "learningEvents") == ["Forbi", "Snart", "Senere"]


def test_learning_events_order_start_desc(graphql, events):
    data = graphql.data("{ learningEvents(when: ALL, order: START_DESC) { items { title } } }")
    assert titles(data, "learningEvents") == ["Senere", "Snart", "Forbi"]


def test_learning_events_filter_by_centre(academy, graphql, events):
    centre = events[0]
    other = CentrePageFactory(parent=academy.centres)
    LearningEventPageFactory(parent=other, title="Andet center")
    data = graphql.data("query($c: ID) { learningEvents(centre: $c) { items { title } } }", {"c": centre.pk})
    assert titles(data, "learningEvents") == ["Snart", "Senere"]


def test_learning_events_filter_by_theme(academy, graphql, theme):
    centre = CentrePageFactory(parent=academy.centres)
    LearningEventPageFactory(parent=centre, title="Med tema", theme=theme)
    LearningEventPageFactory(parent=centre, title="Uden tema")
    data = graphql.data('{ learningEvents(theme: "sparring") { items { title } } }')
    assert titles(data, "learningEvents") == ["Med tema"]


def test_centres_filter_by_region(academy, graphql):
    CentrePageFactory(parent=academy.centres, title="headspace Odense", region="syddanmark")
    CentrePageFactory(parent=academy.centres, title="headspace Aalborg", region="nordjylland")
    data = graphql.data("{ centres(region: NORDJYLLAND) { items { name region } } }")
    assert data["centres"]["items"] == [{"name": "headspace Aalborg", "region": "NORDJYLLAND"}]


def test_themes_by_name(graphql):
    ThemeFactory(name="Sparring")
    ThemeFactory(name="Anonymitet")
    data = graphql.data("{ themes { items { name } } }")
    assert [theme["name"] for theme in data["themes"]["items"]] == ["Anonymitet", "Sparring"]
