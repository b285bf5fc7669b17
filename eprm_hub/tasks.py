"""Work done after a change, off the visitor's request, by the job engine (django-tasks).

"Did you mean" reads a words view of the library, its vocabulary and its thesaurus: a full
scan to refresh. Each saved or deleted row of a table the view reads queues its refresh once
the transaction commits; the refresh does nothing when the catalogue's version has not moved
(Catalogue.refresh_words), so the queued duplicates of a bulk edit cost a query each.
Importers refresh once at the end instead, in their own job.
"""

from functools import cache, partial

from django.db import transaction
from django_tasks import task

from . import triggers


@task()
def refresh_words(catalogue_name):
    triggers.CATALOGUES[catalogue_name].refresh_words()


@cache
def _tables_of_words():
    """{catalogue name: the tables its words view reads, through its declaration}."""
    declared = triggers.declared(triggers.CATALOGUES.values())
    shared = declared["vocabulary"] | declared["thesaurus"]
    return {
        name: declared[name] | shared
        for name, catalogue in triggers.CATALOGUES.items()
        if catalogue.words_view
    }


def queue_refresh(sender, action="post_", **kwargs):
    """A post_save, post_delete and m2m_changed receiver (whose pre_ actions are left out)."""
    if not action.startswith("post_") or sender.__module__ == "__fake__":
        return  # a pre_ action, or a migration's model: migrate fills the view itself
    table = sender._meta.db_table
    connection = transaction.get_connection()
    for name, tables in _tables_of_words().items():
        if table not in tables:
            continue
        # Once per transaction: loading a fixture or an import saves thousands of rows, and
        # one refresh after the commit sees them all.
        queued = (getattr(func, "words_view", None) for _, func, _ in connection.run_on_commit)
        if name in queued:
            continue
        callback = partial(refresh_words.enqueue, name)
        callback.words_view = name
        transaction.on_commit(callback)
