"""graphql-core's and graphene-django's English messages follow the request's language."""

import json

import pytest
from django.test import Client
from django.utils import translation

from cms.graphql.messages import translate_message

GRAPHQL_URL = "/graphql/"


@pytest.fixture
def client(db):
    return Client()


def post_query(client, query, language, operation_name=None):
    body = {"query": query, "operationName": operation_name}
    return client.post(
        GRAPHQL_URL, data=json.dumps(body), content_type="application/json", headers={"accept-language": language}
    )


def first_error(response):
    return response.json()["errors"][0]


def test_unknown_field_in_english(client):
    error = first_error(post_query(client, "{ nope }", "en"))
    assert error["message"] == "Cannot query field 'nope' on type 'Query'."


def test_syntax_error_in_english(client):
    error = first_error(post_query(client, "{ themes { ", "en"))
    assert error["message"] == "Syntax Error: Expected Name, found <EOF>."


def test_unknown_message_stays_english():
    message = "Int cannot represent non-integer value: 'abc'"
    with translation.override("da"):
        assert translate_message(message) == message


def test_own_message_stays_unchanged():
    with translation.override("da"):
        assert translate_message("Adgangstokenet er ugyldigt.") == "Adgangstokenet er ugyldigt."
