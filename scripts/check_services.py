"""Check that the PostgreSQL server the test suite needs is reachable, before pytest starts.

Usage: python scripts/check_services.py DATABASE_URL

Exits 1 with a message saying how to start the server when it is not, so that
``make test`` fails with the cause instead of hundreds of connection errors.
"""

import sys

import dj_database_url
import psycopg


def main(database_url):
    config = dj_database_url.parse(database_url)
    if config["ENGINE"] != "django.db.backends.postgresql":
        sys.stderr.write(f"DATABASE_URL must point to PostgreSQL for the test suite, not {config['ENGINE']}.\n")
        return 1

    host = config.get("HOST") or "127.0.0.1"
    port = config.get("PORT") or 5432
    try:
        # The "postgres" database always exists; pytest-django creates the test database itself.
        psycopg.connect(
            host=host, port=port, user=config.get("USER") or None, password=config.get("PASSWORD") or None,
            dbname="postgres", connect_timeout=5,
        ).close()
    except psycopg.OperationalError as error:
        sys.stderr.write(
            f"PostgreSQL is not reachable at {host}:{port}: {error}\n"
            "Start it (on Debian: pg_ctlcluster --skip-systemctl-redirect 15 main start) "
            "or point DATABASE_URL at a running server.\n"
        )
        return 1
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.stderr.write(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
