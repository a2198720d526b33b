"""Moderation: centres as tenants, the review workflow, the publish guard and promotion."""
