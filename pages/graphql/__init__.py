"""GraphQL root query fields for the academy's pages and themes, composed in ``cms.graphql.schema``."""
