"""The app serves GraphQL over real HTTP: a volunteer signs in and reads the demo with the gql client."""

import pytest
from django.contrib.auth import get_user_model
from gql import Client, GraphQLRequest
from gql.transport.requests import RequestsHTTPTransport

from cms.accounts.models import Membership
from cms.accounts.roles import Role
from pages.demo.loader import DemoLoader
from pages.models import CentrePage
from tests.infra.servers import wsgi_server

pytestmark = pytest.mark.slow

VOLUNTEER_USERNAME = "frivillig-http"
VOLUNTEER_PASSWORD = "en-lang-adgangskode-til-testen"

SIGN_IN = """
mutation SignIn($username: String!, $password: String!) {
  signIn(username: $username, password: $password) {
    accessToken
  }
}
"""

MODULES_QUERY = """
query DemoModules {
  modules(limit: 50) {
    totalCount
    items {
      title
      isObligatory
      themes { name }
    }
  }
}
"""


def execute(url, document, variables=None, token=None):
    """Send one GraphQL request over HTTP with the gql client and return its data."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    transport = RequestsHTTPTransport(url=url, headers=headers, timeout=30, retries=0)
    with Client(transport=transport, fetch_schema_from_transport=False) as session:
        return session.execute(GraphQLRequest(document, variable_values=variables))


@pytest.fixture
def graphql_url(transactional_db):
    """Load the demo and a volunteer, serve the app on a real HTTP server, and return its GraphQL URL.

    The data is committed (a transactional test) because the server's threads
    use their own database connections.
    """
    DemoLoader().load()
    volunteer = get_user_model().objects.create_user(VOLUNTEER_USERNAME, password=VOLUNTEER_PASSWORD)
    Membership.objects.create(user=volunteer, centre=CentrePage.objects.get(slug="odense"), roles=[Role.VOLUNTEER])
    with wsgi_server() as base_url:
        yield f"{base_url}/graphql/"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_volunteer_reads_demo_modules_over_http(graphql_url):
    signed_in = execute(graphql_url, SIGN_IN, {"username": VOLUNTEER_USERNAME, "password": VOLUNTEER_PASSWORD})
    token = signed_in["signIn"]["accessToken"]

    result = execute(graphql_url, MODULES_QUERY, token=token)

    modules = {module["title"]: module for module in result["modules"]["items"]}
    assert result["modules"]["totalCount"] >= 8
    assert "Anonymitet og tavshedspligt" in modules
    assert modules["Anonymitet og tavshedspligt"]["isObligatory"] is True
    assert {"name": "Den gode modtagelse"} in modules["Den gode modtagelse af en ung"]["themes"]
