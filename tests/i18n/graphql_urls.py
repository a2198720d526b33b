"""URLs for the GraphQL language tests: a small schema with a validation error in place of the real one.

The endpoint keeps the real path and URL name, so GraphQLLanguageMiddleware
treats it as the GraphQL endpoint; the admin is the real one.
"""

import graphene
from django import forms
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from graphene_django.views import GraphQLView
from graphql import GraphQLError
from wagtail.admin import urls as wagtailadmin_urls


class Query(graphene.ObjectType):
    required_name = graphene.String(name=graphene.String(required=True))

    def resolve_required_name(root, info, name):
        # Django's own form validation, whose message Django translates to Danish.
        try:
            return forms.CharField(required=True).clean(name)
        except forms.ValidationError as error:
            raise GraphQLError(error.messages[0], extensions={"code": "INVALID_INPUT"}) from error


schema = graphene.Schema(query=Query)

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("graphql/", csrf_exempt(GraphQLView.as_view(schema=schema)), name="graphql"),
]
