"""Versions of an organisation's record (django-simple-history): readable changes between two,
who changed a field last, and the three-way merge of a save that met someone else's (the last
two shared with the admin and the resources, in eprm_hub/versions.py)."""

from eprm_hub.models import Mineral, SupplyChainTier
from eprm_hub.versions import last_changes, merge, person  # noqa: F401  (shared: versions.py)
from eprm_hub.versions import recorded as version  # noqa: F401

from .models import ORGANISATION_HISTORY, Organisation

HIDDEN = {"version", "created", "updated", "search_vector", "id"}
TERMS = {"supply_chain_tiers": SupplyChainTier, "minerals": Mineral}


def _display(field, value):
    if field in TERMS:
        return _term_names(TERMS[field], value)
    if field == "reporting_templates":
        labels = dict(Organisation.ReportingTemplate.choices)
        return ", ".join(str(labels.get(v, v)) for v in value or []) or "—"
    model_field = Organisation._meta.get_field(field)
    if model_field.choices and not getattr(model_field, "base_field", None):
        return dict(model_field.flatchoices).get(value, value) or "—"
    return _plain(value)


def _term_names(model, value):
    """The names of the terms a history record's many-to-many rows point to, sorted."""
    ids = [row[model._meta.model_name] for row in value or []]
    names = {t.pk: t.label for t in model.objects.filter(pk__in=ids)}
    return ", ".join(sorted(names.get(pk, "?") for pk in ids)) or "—"


def _plain(value):
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
        # None when the system saved (an import, the link checker): the page says so.
        by = person(record.history_user) if record.history_user else None
        entries.append({"record": record, "by": by, "changes": changes(record, previous)})
    return entries
