"""The app serves GraphQL over real HTTP, read with the gql client library."""

import pytest
from gql import Client, gql
from gql.transport.requests import RequestsHTTPTransport

from pages.demo.loader import DemoLoader
from tests.infra.servers import wsgi_server

pytestmark = pytest.mark.slow

MODULES_QUERY = gql(
    """
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
)


@pytest.fixture
def graphql_client(transactional_db):
    """Load the demo, serve the app on a real HTTP server, and return a gql client for it.

    The demo is committed (a transactional test) because the server's threads use
    their own database connections.
    """
    DemoLoader().load()
    with wsgi_server() as base_url:
        transport = RequestsHTTPTransport(url=f"{base_url}/graphql/", timeout=30, retries=0)
        with Client(transport=transport, fetch_schema_from_transport=False) as session:
            yield session


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_http_query_reads_demo_modules(graphql_client):
    result = graphql_client.execute(MODULES_QUERY)
    modules = {module["title"]: module for module in result["modules"]["items"]}
    assert result["modules"]["totalCount"] >= 8
    assert "Anonymitet og tavshedspligt" in modules
    assert modules["Anonymitet og tavshedspligt"]["isObligatory"] is True
    assert {"name": "Den gode modtagelse"} in modules["Den gode modtagelse af en ung"]["themes"]
