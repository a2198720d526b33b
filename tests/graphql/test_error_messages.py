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


def test_unknown_field_in_danish(client):
    error = first_error(post_query(client, "{ nope }", "da"))
    assert error["message"] == "Feltet 'nope' findes ikke på typen 'Query'."
    assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"


def test_syntax_error_in_danish(client):
    error = first_error(post_query(client, "{ themes { ", "da"))
    assert error["message"] == "Syntaksfejl: Forventede Name, fandt <EOF>."
    assert error["extensions"]["code"] == "GRAPHQL_PARSE_FAILED"


def test_unknown_operation_in_danish(client):
    error = first_error(post_query(client, "query A { __typename }", "da", operation_name="B"))
    assert error["message"] == "Ukendt operation med navnet 'B'."


def test_invalid_variables_in_danish(client):
    response = client.get(
        GRAPHQL_URL, {"query": "{ __typename }", "variables": "{oops"}, headers={"accept-language": "da"}
    )
    assert first_error(response)["message"] == "Variablerne er ikke gyldig JSON."


def test_mutation_by_get_in_danish(client):
    response = client.get(
        GRAPHQL_URL, {"query": "mutation { signOut { ok } }"}, headers={"accept-language": "da"}
    )
    assert first_error(response)["message"] == "En mutation-operation kan kun udføres fra en POST-forespørgsel."


def test_suggestions_in_danish():
    message = "Cannot query field 'titel' on type 'ModulePage'. Did you mean 'title', 'slug', or 'summary'?"
    with translation.override("da"):
        translated = translate_message(message)
    assert translated == "Feltet 'titel' findes ikke på typen 'ModulePage'. Mente du 'title', 'slug', 'summary'?"
