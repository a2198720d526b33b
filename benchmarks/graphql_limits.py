"""Measure how fast the GraphQL abuse limits reject oversized documents.

Run from the repository root:

    .venv/bin/python benchmarks/graphql_limits.py [--repeat N]

For each document it times three things, best of N runs:

- the limit pass alone (``cms.graphql.auth.check_limits``: parse with the
  token limit, then the limit rules), with the default limits;
- the limit pass with the token limit lifted, so that the alias and field
  rules themselves do the rejecting;
- graphql-core's standard validation of the same document, which is what
  would run without the limit pass;
- the whole endpoint view (``cms.graphql.views.graphql_view``) answering an
  anonymous POST of the document in-process, from JSON body to the 400
  response, without sockets.

It needs no database: the limits look at the document only, and an anonymous
request that is rejected before execution runs no query.
"""

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from graphene_django.settings import graphene_settings  # noqa: E402
from graphql import GraphQLError, parse, validate  # noqa: E402

from django.test import RequestFactory  # noqa: E402

from cms.graphql.auth import check_limits  # noqa: E402
from cms.graphql.views import graphql_view  # noqa: E402

DOCUMENTS = {
    "1,000 aliases": "{ " + " ".join(f"a{number}: pages {{ id }}" for number in range(1000)) + " }",
    "1,000 repeated fields": "{ " + "pages { id } " * 1000 + "}",
    "depth 100 (tree fields)": "{ pages { " + "children { " * 100 + "id" + " }" * 100 + " } }",
    "depth 1,000 (tree fields)": "{ pages { " + "children { " * 1000 + "id" + " }" * 1000 + " } }",
}


def best_time(function, repeat):
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        timings.append(time.perf_counter() - start)
    return min(timings), result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="Runs per measurement; the best is reported.")
    arguments = parser.parse_args()

    schema = graphene_settings.SCHEMA.graphql_schema
    print(f"Python {platform.python_version()}, {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs")
    print(f"best of {arguments.repeat} runs, milliseconds\n")
    print(
        "| document | bytes | limit pass (default limits) | code | limit pass (no token limit) | code "
        "| graphql-core validation | endpoint view | HTTP status |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name, query in DOCUMENTS.items():
        default_time, default_errors = best_time(lambda: check_limits(schema, query, None), arguments.repeat)

        limits = dict(getattr(settings, "GRAPHQL_LIMITS", {}))
        settings.GRAPHQL_LIMITS = {**limits, "MAX_TOKENS": 1_000_000}
        rules_time, rules_errors = best_time(lambda: check_limits(schema, query, None), arguments.repeat)
        settings.GRAPHQL_LIMITS = limits

        try:
            document = parse(query)
        except GraphQLError:
            standard = "parser rejects it"
        else:
            standard_time, _errors = best_time(lambda: validate(schema, document), 1)
            standard = f"{standard_time * 1000:.0f}"

        body = json.dumps({"query": query})
        view_time, response = best_time(
            lambda: graphql_view(RequestFactory().post("/graphql/", body, content_type="application/json")),
            arguments.repeat,
        )

        print(
            f"| {name} | {len(query.encode())} | {default_time * 1000:.1f} | {default_errors[0].extensions['code']} "
            f"| {rules_time * 1000:.1f} | {rules_errors[0].extensions['code']} | {standard} "
            f"| {view_time * 1000:.1f} | {response.status_code} |"
        )


if __name__ == "__main__":
    main()
