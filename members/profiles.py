"""Saving an organisation's profile: one service for "My organisation" (views.py) and the
admin (admin.py), so that both keep the same rules (docs/services.md).

- **No lost update**: a save from a form loaded at an older version is refused (Stale),
  under a row lock; the caller's form becomes the three-way merge of the version it was
  loaded from, the one saved since and its own submission (VersionedForm.become_merge,
  eprm_hub/versions.py). The admin's form checks as it is validated, inside the admin's
  transaction; the check here then finds it current.
- **Version**: every save moves it forward, from the stored one (a revert's starts from an
  old version).
- **History**: one record per save, the record and its many-to-many values together, by the
  person who saved (history.record_once).
"""

from collections.abc import Callable
from typing import Any

from django.db import transaction

from eprm_hub.versions import locked

from . import history
from .models import Organisation


class Stale(Exception):
    """Someone saved the organisation since the form was loaded: `current` is their
    version, stored and locked no more."""

    def __init__(self, current: Organisation):
        super().__init__(current)
        self.current = current


def save_profile(
    organisation: Organisation,
    *,
    loaded_version: int | None,
    user=None,
    related: Callable[[], Any] | None = None,
) -> Organisation:
    """Save the organisation and what `related` saves with it (the many-to-many values of
    the form, which need its id) as one new version with one history record by `user`.
    Raises Stale when `loaded_version` (the version the form was loaded from) is no longer
    the stored one; a new organisation has none to compare."""
    with transaction.atomic():
        if not organisation._state.adding:
            current = locked(Organisation, organisation.pk)
            if current.version != loaded_version:
                raise Stale(current)
            organisation.version = current.version + 1
        if user is not None:
            organisation._history_user = user
        history.record_once(organisation, lambda: _save(organisation, related))
    return organisation


def _save(organisation, related):
    organisation.save()
    if related is not None:
        related()
