"""Resources that may be one: found when one is saved or imported, shown to editors with a
link to the other, until an editor confirms that they are different.

Two resources are a possible duplicate when
- they have the same publisher and titles at least TITLE_SIMILARITY alike (pg_trgm's
  trigram similarity: the share of three-letter pieces they have in common), unless both
  titles have numbers and not the same ones (parts, editions, years of one series), or
- their links differ only in form: scheme, `www.`, trailing slash, tracking parameters
  (resources/urlkeys.py).

The pairs are stored (DuplicatePair), so the editors' desk counts them without comparing the
whole library on each visit, and a pair confirmed "not a duplicate" is never flagged again.
"""

from django.db import connection, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import DuplicatePair, Resource

# Distinct documents of the demo library reach 0.63 ("Supplement on Tin, Tantalum and
# Tungsten (OECD…)" and "Supplement on Gold (OECD…)"); one title with or without its
# edition, acronym or version number stays above 0.8.
TITLE_SIMILARITY = 0.7

_BY_URL = """
SELECT a.id, b.id, 'url', NULL::double precision
FROM resources_resource a JOIN resources_resource b ON b.url_key = a.url_key AND b.id <> a.id
WHERE a.id = ANY(%(ids)s) AND a.url_key <> ''
"""
# The trigram operator uses the GIN index (with the threshold set in find()); similarity()
# gives the figure shown to editors.
_BY_TITLE = r"""
SELECT a.id, b.id, 'title', similarity(a.title, b.title)
FROM resources_resource a
JOIN resources_resource b
  ON b.publisher_id = a.publisher_id AND b.id <> a.id AND a.title %% b.title
WHERE a.id = ANY(%(ids)s)
  -- "Progress report 2" and "Progress report 3" are two documents, however alike.
  AND NOT (a.title ~ '\d' AND b.title ~ '\d'
           AND regexp_replace(a.title, '\D+', ' ', 'g') <> regexp_replace(b.title, '\D+', ' ', 'g'))
"""
_SET_THRESHOLD = "SELECT set_config('pg_trgm.similarity_threshold', %s, true)"
# Titles compared per import, at most: each is a probe of the trigram index, about 1 ms in a
# library of 1,000 resources but 20 ms in one of 20,000, where a 100,000-row file would take
# hours. Links are compared for every row (an index lookup each).
IMPORT_TITLE_ROWS = 2000


def find(ids, titles=True):
    """[(id, other id, reason, similarity)] for the resources `ids`, against the library;
    by their links only when `titles` is false."""
    ids = list(ids)
    if not ids:
        return []
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(_BY_URL, {"ids": ids})
        found = cursor.fetchall()
        if titles:
            # The threshold of the trigram operator, for this query only: set for the rest of
            # the transaction, it would also narrow "did you mean" (eprm_hub/facets/spelling.py).
            # show_limit(), not current_setting(): the setting exists only once pg_trgm is
            # loaded in the session, which a fresh connection's first save has not done.
            cursor.execute("SELECT show_limit()::text")
            (before,) = cursor.fetchone()
            cursor.execute(_SET_THRESHOLD, [str(TITLE_SIMILARITY)])
            cursor.execute(_BY_TITLE, {"ids": ids})
            found += cursor.fetchall()
            # (Should the query fail, the savepoint's rollback restores it.)
            cursor.execute(_SET_THRESHOLD, [before])
    return found


def refresh(ids, titles=True):
    """Find again the possible duplicates of these resources (after they were saved or
    imported): pairs no longer alike go, new ones are stored, confirmed ones stay. Returns
    what find() found."""
    ids = list(ids)
    if not ids:
        return []
    found_rows = find(ids, titles)
    found = {}
    for pk, other, reason, similarity in found_rows:
        key = (min(pk, other), max(pk, other))
        if key not in found or reason == DuplicatePair.Reason.URL:  # the surer reason
            found[key] = (reason, similarity)
    with transaction.atomic():
        stale = open_pairs().filter(Q(first__in=ids) | Q(second__in=ids))
        if not titles:  # title pairs found before stand until titles are compared again
            stale = stale.filter(reason=DuplicatePair.Reason.URL)
        stale.delete()
        DuplicatePair.objects.bulk_create(
            [
                DuplicatePair(first_id=a, second_id=b, reason=reason, similarity=similarity)
                for (a, b), (reason, similarity) in found.items()
            ],
            ignore_conflicts=True,  # a pair confirmed not a duplicate stays as it is
        )
    return found_rows


def open_pairs():
    return DuplicatePair.objects.filter(not_duplicate=False)


def flagged(queryset=None):
    """The resources of the queryset that are in a pair no editor has settled."""
    queryset = Resource.objects.all() if queryset is None else queryset
    pairs = open_pairs()
    return queryset.filter(
        Exists(pairs.filter(first=OuterRef("pk"))) | Exists(pairs.filter(second=OuterRef("pk")))
    )


def of(resource):
    """The open pairs of a resource, each as (pair, the other resource)."""
    pairs = open_pairs().filter(Q(first=resource) | Q(second=resource))
    pairs = list(pairs.select_related("first", "second").order_by("reason", "-similarity"))
    return [(pair, pair.second if pair.first_id == resource.pk else pair.first) for pair in pairs]


def confirm_not_duplicate(resource, other, user):
    """The editor says they are two resources: the pair is kept, marked, and not flagged
    again. Returns False when there was no such open pair."""
    first, second = sorted([resource.pk, other.pk])
    return bool(
        open_pairs()
        .filter(first=first, second=second)
        .update(not_duplicate=True, confirmed_by=user, confirmed_at=timezone.now())
    )


def in_import(written, first_new_id, titles=True):
    """Store and list the possible duplicates of an import's batch, as the preview and the
    command show them: `written` is {resource id: its line in the file}; resources from
    `first_new_id` on were added by this import (and do not exist yet in a dry run)."""
    found = refresh(written, titles)
    if not found:
        return []
    others = Resource.objects.in_bulk({other for _pk, other, _r, _s in found} | set(written))
    rows, seen = [], set()
    for pk, other, reason, similarity in sorted(found, key=lambda row: (written[row[0]], row[1])):
        in_file = other >= first_new_id
        if (pk, other) in seen or (in_file and other in written and written[other] > written[pk]):
            continue  # two rows of the file: reported once, on the later line
        seen.add((pk, other))
        resource, twin = others[pk], others[other]
        rows.append(
            {
                "line": written[pk],
                "title": resource.title,
                "url": resource.url,
                "reason": reason,
                "why": str(DuplicatePair.Reason(reason).label),
                "text": "",
                "similarity": similarity and round(similarity, 2),
                "other_id": None if in_file else other,
                "other_line": written.get(other) if in_file else None,
                "other_title": twin.title,
                "other_url": twin.url,
            }
        )
    for row in rows:
        row["text"] = describe(row)
    return rows


def describe(found):
    """One possible duplicate of an import, in the words of the command and the preview."""
    if found["other_id"] is None:
        other = _("row “%(title)s” of this file") % {"title": found["other_title"]}
        if found["other_line"]:
            other = _("line %(line)d of this file (“%(title)s”)") % {
                "line": found["other_line"],
                "title": found["other_title"],
            }
    else:
        other = _("“%(title)s” (%(url)s)") % {
            "title": found["other_title"],
            "url": found["other_url"],
        }
    why = found["why"]
    if found["similarity"]:
        why = _("%(why)s, %(percent)d %% alike") % {
            "why": why,
            "percent": round(found["similarity"] * 100),
        }
    return _("line %(line)d: may be the same resource as %(other)s: %(why)s") % {
        "line": found["line"],
        "other": other,
        "why": why,
    }


def duplicate_lines(found):
    """The command's report of an import's possible duplicates: imported all the same."""
    if not found:
        return []
    heading = ngettext(
        "%(count)d possible duplicate (imported all the same; check it in the admin):",
        "%(count)d possible duplicates (imported all the same; check them in the admin):",
        len(found),
    ) % {"count": len(found)}
    return [heading, *(describe(each) for each in found)]
