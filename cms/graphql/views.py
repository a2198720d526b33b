from django.conf import settings
from django.views.decorators.csrf import csrf_exempt
from graphene_django.views import GraphQLView


class AcademyGraphQLView(GraphQLView):
    """The single GraphQL endpoint for the web site and the app."""


# TODO: cookie-authenticated clients need CSRF protection once sign-in exists.
graphql_view = csrf_exempt(AcademyGraphQLView.as_view(graphiql=settings.GRAPHIQL_ENABLED))
