"""Loaded with `-p tests.environment` (pyproject.toml), before Django's settings are read.

The suite runs with the production settings (DEBUG off); it only supplies a throwaway
SECRET_KEY, keeps the test client on plain HTTP and, without DATABASE_URL, asks for the
embedded PostgreSQL (which production refuses unless asked).
"""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-key-with-no-secret-value-0123456789")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("EMBEDDED_POSTGRES", "1")
os.environ.pop("DEBUG", None)
