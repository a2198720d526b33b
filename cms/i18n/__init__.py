"""Danish language support: collation, slugs and the translation catalogue check."""
