"""Fixtures for GraphQL tests: a JSON client for /graphql/ and helpers to build StreamField bodies."""

import json

import pytest
from django.test import Client


class GraphQLClient:
    """Posts GraphQL requests as JSON to /graphql/ with Django's test client, signed in as ``user`` if given."""

    def __init__(self, user=None):
        self.client = Client()
        if user is not None:
            self.client.force_login(user)

    def post(self, query, variables=None):
        """Post ``query`` and return the HTTP response."""
        body = {"query": query, "variables": variables or {}}
        return self.client.post("/graphql/", data=json.dumps(body), content_type="application/json")

    def execute(self, query, variables=None):
        """Post ``query`` and return the decoded JSON body; fails the test on an HTTP error status."""
        response = self.post(query, variables)
        assert response.status_code == 200, response.content
        return response.json()

    def data(self, query, variables=None):
        """Post ``query`` and return its ``data``; fails the test when the response has errors."""
        result = self.execute(query, variables)
        assert "errors" not in result, result["errors"]
        return result["data"]


@pytest.fixture
def graphql(db):
    """A client signed in as a staff member, who reads content for every audience.

    Anonymous requests see no content; tests/access covers who sees what.
    """
    from cms.accounts.roles import Role
    from tests.access.factories import person

    return GraphQLClient(person([Role.STAFF], username="graphql-reader"))


def rich_text_page_link(page, text):
    """Return a rich-text paragraph in Wagtail's database format linking to ``page``."""
    return f'<p>Se <a linktype="page" id="{page.pk}">{text}</a>.</p>'


def body_blocks(image=None, film=None, document=None, rich_text=None):
    """Return StreamField data with one block per argument given, in the BodyBlock format."""
    blocks = [{"type": "heading", "value": {"text": "Overskrift", "level": "h2"}}]
    if image is not None:
        blocks.append({"type": "image", "value": {"image": image.pk, "caption": "Et billede", "alt_text": ""}})
    if film is not None:
        blocks.append({"type": "film", "value": {"film": film.pk, "caption": "En film"}})
    if document is not None:
        blocks.append({"type": "document", "value": {"document": document.pk, "title": ""}})
    if rich_text is not None:
        blocks.append({"type": "paragraph", "value": rich_text})
    return json.dumps(blocks)
