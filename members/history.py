"""Versions of an organisation's record (django-simple-history): readable changes between two,
who changed a field last, and the three-way merge of a save that met someone else's."""

from django.utils.translation import gettext as _

from eprm_hub.models import Mineral, SupplyChainTier

from .models import ORGANISATION_HISTORY, Organisation

HIDDEN = {"version", "created", "updated", "search_vector", "id"}
TERMS = {"supply_chain_tiers": SupplyChainTier, "minerals": Mineral}
UNCHANGED = object()  # what a submission gives for a field it leaves as it was loaded
_UNKNOWN = object()  # the base of a version that is not in the history: equal to nothing


def _display(field, value):
    if field in TERMS:
        model = TERMS[field]
        key = f"{model._meta.model_name}"
        ids = [row[key] for row in value or []]
        names = {t.pk: t.label for t in model.objects.filter(pk__in=ids)}
        return ", ".join(sorted(names.get(pk, "?") for pk in ids)) or "—"
    model_field = Organisation._meta.get_field(field)
    if model_field.choices and not getattr(model_field, "base_field", None):
        return dict(model_field.flatchoices).get(value, value) or "—"
    if field == "reporting_templates":
        labels = dict(Organisation.ReportingTemplate.choices)
        return ", ".join(str(labels.get(v, v)) for v in value or []) or "—"
    if value in (None, ""):
        return "—"
    if value is True or value is False:
        return "✓" if value else "✗"
    return str(value)


def record_once(organisation, save):
    """Run save() (the record and its many-to-many fields) and keep one history entry for it.

    Left alone, simple-history writes an entry on the save and one per many-to-many change,
    showing in between a state nobody saved ("Minerals: Tin → —", then "— → Gold")."""
    organisation.skip_history_when_saving = True
    try:
        save()
    finally:
        del organisation.skip_history_when_saving
    ORGANISATION_HISTORY.create_historical_record(organisation, "~")


def changes(new, old):
    """[{field, label, old, new}] of what differs from the old record to the new one."""
    if old is None:
        return []
    delta = new.diff_against(old, excluded_fields=HIDDEN)
    rows = []
    for change in delta.changes:
        field = Organisation._meta.get_field(change.field)
        rows.append(
            {
                "field": change.field,
                "label": str(field.verbose_name),
                "old": _display(change.field, change.old),
                "new": _display(change.field, change.new),
            }
        )
    return rows


def timeline(organisation, limit=50):
    """The organisation's versions, newest first, each with who, when and what changed."""
    records = list(
        organisation.history.select_related("history_user").order_by("-history_date")[: limit + 1]
    )
    entries = []
    for record, previous in zip(records, [*records[1:], None], strict=False):
        if len(entries) == limit:
            break
        entries.append({"record": record, "changes": changes(record, previous)})
    return entries


def person(user):
    """How the pages name someone who saved: their full name, else their username."""
    if user is None:
        return _("an editor")
    return user.get_full_name() or user.get_username()


def version(organisation, number):
    """The record of one version of the organisation, or None if the history has none.

    A version can have several records (each many-to-many change writes one outside the
    profile form); the last one holds the version as it was seen."""
    return organisation.history.filter(version=number).order_by("-history_date").first()


def term_ids(record, field):
    """The primary keys in a many-to-many field, of an organisation or of a historical record."""
    rows = getattr(record, field).all()
    if isinstance(record, Organisation):
        return [row.pk for row in rows]
    key = f"{TERMS[field]._meta.model_name}_id"
    return [getattr(row, key) for row in rows]


def merge(base, theirs, mine):
    """Three-way merge of {field: value} dicts: (merged values, fields in conflict).

    A field only one side changed takes that side's value, a field both changed alike is no
    conflict; a field both changed differently is a conflict and keeps mine for now. Without
    a base (the loaded version is not in the history) every difference is a conflict."""
    merged, conflicts = {}, []
    for field, my_value in mine.items():
        their_value = theirs[field]
        base_value = _UNKNOWN if base is None else base[field]
        if my_value is UNCHANGED or my_value in (their_value, base_value):
            merged[field] = their_value
        else:
            merged[field] = my_value
            if their_value != base_value:
                conflicts.append(field)
    return merged, conflicts


def last_changes(organisation, fields, limit=50):
    """{field: the history record that last changed it}, over the last `limit` records."""
    records = list(
        organisation.history.select_related("history_user").order_by("-history_date")[:limit]
    )
    found = {}
    for record, previous in zip(records, records[1:], strict=False):
        missing = [field for field in fields if field not in found]
        if not missing:
            break
        for change in record.diff_against(previous, included_fields=missing).changes:
            found[change.field] = record
    return found
