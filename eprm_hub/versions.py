"""No lost update: optimistic concurrency and the three-way merge, for every form that edits a
versioned record (a member's profile form, the admin's organisations and resources).

A versioned model has a `version` (editable=False) and a django-simple-history history whose
records carry it. Its form (VersionedForm) carries the version it was loaded from. A save
whose version is no longer the stored one is refused; the form comes back as a merge of the
version loaded (its history record), the one saved since and the submission: what only the
other person changed takes their value, what only you changed keeps yours, and each field you
both changed differently waits for a choice (keep_<field>: theirs or mine). Every writer moves
the version forward under a row lock (SELECT … FOR UPDATE), so two saves at the same moment
cannot both pass the check (docs/data.md)."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.fields.files import FieldFile
from django.http import QueryDict
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

THEIRS, MINE = "theirs", "mine"
UNCHANGED = object()  # what a submission gives for a field it leaves as it was loaded
NEW_FILE = object()  # a submission's newly uploaded file: equal to no stored one
_UNKNOWN = object()  # the base of a version that is not in the history: equal to nothing


# The record -----------------------------------------------------------------------------------


def locked(model, pk):
    """The stored row, locked until the end of the transaction (one must be open)."""
    return model._default_manager.select_for_update().get(pk=pk)


def next_version(instance):
    """Give the instance the version after the stored one, read under a row lock: two writers
    at the same moment get two versions, and a form loaded before either goes stale. Call it
    inside the transaction that saves the instance."""
    if instance._state.adding or instance.pk is None:
        return
    stored = (
        type(instance)
        ._default_manager.select_for_update()
        .filter(pk=instance.pk)
        .values_list("version", flat=True)
        .first()
    )
    instance.version = (stored or 0) + 1


def recorded(instance, number):
    """The history record of one version of the instance, or None if the history has none.

    A version can have several records (each many-to-many change writes one); the last one
    holds the version as it was saved. A version written without a record (the link checker's)
    is read as the one before it."""
    if number is None or number > instance.version:
        return None
    records = instance.history.filter(version__lte=number)
    return records.order_by("-version", "-history_date").first()


# The inactive account that stands in for people who deleted theirs: what they saved stays,
# authored by it (config/personal_data.py).
FORMER_USER = "former-user"


def person(user):
    """How the pages name someone who saved: their full name, else their username."""
    if user is None:
        return gettext("an editor")
    if user.get_username() == FORMER_USER:
        return gettext("a former user")
    return user.get_full_name() or user.get_username()


def merge(base, theirs, mine):
    """Three-way merge of {field: value} dicts: (merged values, fields in conflict).

    A field only one side changed takes that side's value, a field both changed alike is no
    conflict; a field both changed differently is a conflict and keeps mine for now. Without
    a base (the loaded version is not in the history, or the field is not kept there) every
    difference is a conflict."""
    merged, conflicts = {}, []
    for field, my_value in mine.items():
        their_value = theirs[field]
        base_value = _UNKNOWN if base is None else base.get(field, _UNKNOWN)
        if my_value is UNCHANGED or my_value in (their_value, base_value):
            merged[field] = their_value
        else:
            merged[field] = my_value
            if their_value != base_value:
                conflicts.append(field)
    return merged, conflicts


def _history_field(model, name):
    """The history's field that holds a form field, or None (translations are in one; tags
    are in none)."""
    history = model.history.model
    kept = {f.name for f in history.tracked_fields} | {f.name for f in history._history_m2m_fields}
    if name in kept:
        return name
    if name.rsplit("_", 1)[0] in getattr(model, "translated_fields", ()):
        return "translations"
    return None


def last_changes(instance, fields, limit=50):
    """{field: the history record that last changed it}, over the last `limit` records."""
    model = type(instance)
    records = list(
        instance.history.select_related("history_user").order_by("-history_date")[:limit]
    )
    wanted = {name: _history_field(model, name) for name in fields}
    found = {}
    for record, previous in zip(records, records[1:], strict=False):
        missing = {wanted[name] for name in fields if name not in found and wanted[name]}
        if not missing:
            break
        changed = {c.field for c in record.diff_against(previous, included_fields=missing).changes}
        for name in fields:
            if name not in found and wanted[name] in changed:
                found[name] = record
    return found


# The form -------------------------------------------------------------------------------------


class VersionedForm(forms.Form):
    """A model form of a versioned record, and its merge after a conflict.

    Mixed in before forms.ModelForm. `merge_fields` are the fields that take part (by default
    every field but the machinery). Values compare as the form posts them (posted()): text,
    or a sorted tuple for a field of several values. A form with `locks` (the admin's) checks
    the version itself, under a row lock, as it is validated inside the admin's transaction;
    a view can instead call locked() and compare (members.views)."""

    # Not required: a change without one (a page of before the version) counts as stale.
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    conflicts = forms.CharField(widget=forms.HiddenInput, required=False)
    machinery = {"version", "conflicts", "pending_logo"}
    locks = False
    reverting = False  # an admin revert: the instance is an old version, not the stored one
    stale_message = _(
        "Someone else saved this record while you were editing it. Nothing of yours is saved "
        "yet: the form now puts their changes and yours together."
    )

    def __init__(self, *args, asking=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound and "version" not in self.initial:
            self.initial["version"] = self.instance.version
        self.prepare_fields()
        self.conflict = None
        self._add_choices(self._conflict_fields(), asking)

    def prepare_fields(self):
        """Labels and choices a subclass sets before the merge's fields take theirs."""

    @property
    def merge_fields(self):
        return [
            name
            for name in self.fields
            if name not in self.machinery and not name.startswith("keep_")
        ]

    def _conflict_fields(self):
        """The fields the merge page asks to choose; any other name posted is ignored."""
        if not self.is_bound:
            return []
        asked = set(self.data.get(self.add_prefix("conflicts"), "").split(","))
        return [name for name in self.merge_fields if name in asked]

    def _add_choices(self, names, asking):
        self.conflict_fields = names
        self.stored = self.record_values(self.instance) if names else {}
        choose = _("Choose which version to keep.")
        for name in names:
            self.fields[f"keep_{name}"] = forms.ChoiceField(
                label=self.fields[name].label,
                choices=[(THEIRS, _("Their version")), (MINE, _("Your version"))],
                widget=forms.RadioSelect,
                # As the merge page is first shown, a choice is asked for, not missing yet.
                required=not asking,
                error_messages={"required": choose, "invalid_choice": choose},
            )

    # Values as the form posts them

    def posted(self, name, value):
        """A field's value as the form posts it, so that two versions compare."""
        field = self.fields[name]
        if isinstance(field, forms.FileField):
            return getattr(value, "name", value) or ""
        value = field.prepare_value(value)
        if isinstance(value, (list, tuple, set)) or hasattr(value, "_iterable_class"):
            return tuple(sorted(str(getattr(item, "pk", item)) for item in value))
        if value is None:
            return ""
        return str(getattr(value, "pk", value))

    def as_data(self, name, value):
        """A posted value as the list of strings the form's data holds for it."""
        if not isinstance(value, tuple):
            return [value]
        return list(value) if _several(self.fields[name]) else [", ".join(value)]

    def record_values(self, record):
        """{field: value as posted} of a record: the instance, or one of its history records
        (fields the history does not keep, such as tags, are left out: unknown)."""
        model = self._meta.model
        initial, unknown = {}, set()
        if not isinstance(record, model):
            for field in [*model._meta.many_to_many, *model._meta.private_fields]:
                if field.name not in self.fields:
                    continue
                rows = getattr(record, field.name, None)
                if rows is None or not hasattr(field, "m2m_reverse_field_name"):
                    unknown.add(field.name)
                    continue
                key = f"{field.m2m_reverse_field_name()}_id"
                initial[field.name] = [getattr(row, key) for row in rows.all()]
            record = record.instance
        loaded = type(self)(instance=record, initial=initial)
        return {
            name: self.posted(name, loaded[name].value())
            for name in self.merge_fields
            if name not in unknown
        }

    def submitted(self):
        """What a valid submission asks for, comparable with record_values(); a file is
        NEW_FILE when uploaded, "" when removed and UNCHANGED otherwise."""
        values = {}
        for name in self.merge_fields:
            value = self.cleaned_data.get(name)
            if isinstance(self.fields[name], forms.FileField):
                if value is False:
                    values[name] = ""
                elif value and not isinstance(value, FieldFile):
                    values[name] = NEW_FILE
                else:
                    values[name] = UNCHANGED
            else:
                values[name] = self.posted(name, value)
        return values

    def _saved(self, name):
        """The stored value of a field, as cleaned data: "their version" on the merge page."""
        field = self.fields[name]
        if isinstance(field, forms.FileField):
            return getattr(self.instance, name)
        value = self.stored[name]
        data = list(value) if isinstance(value, tuple) else value
        if not _several(field) and isinstance(data, list):
            data = self.as_data(name, value)[0] if data else ""
        return field.clean(data)

    # Validation

    def clean(self):
        cleaned = super().clean()
        for name in self.conflict_fields:
            if cleaned.get(f"keep_{name}") == THEIRS:
                cleaned[name] = self._saved(name)
        if self.locks and not self._errors and self.instance.pk and not self.instance._state.adding:
            self._check_version(cleaned)
        return cleaned

    def _check_version(self, cleaned):
        """Lock the stored row; if someone saved since the form was loaded, become the merge
        of their version and this submission, and refuse the save."""
        model = self._meta.model
        current = locked(model, self.instance.pk)
        loaded = cleaned.get("version")
        if current.version == loaded:
            if not self.reverting:
                # What the form does not hold, as stored now (a writer's change since the
                # record was read for this request is kept).
                for field in model._meta.concrete_fields:
                    if field.name not in self.fields and not field.generated:
                        setattr(self.instance, field.attname, getattr(current, field.attname))
            return
        self.become_merge(current, loaded)
        raise ValidationError(self.stale_message, code="stale")

    def become_merge(self, current, loaded):
        """Turn this bound form into the merge of the version loaded, the current one and its
        own submission (cleaned); it then carries the current version."""
        base = recorded(current, loaded) if loaded is not None else None
        theirs = self.record_values(current)
        base_values = self.record_values(base) if base is not None else None
        merged, conflicts = merge(base_values, theirs, self.submitted())
        data = QueryDict(mutable=True)
        for name, value in merged.items():
            field = self.fields[name]
            key = self.add_prefix(name)
            if isinstance(field, forms.FileField):
                if value == "" and theirs[name]:
                    data[field.widget.clear_checkbox_name(key)] = "on"
                elif value is NEW_FILE:
                    self.keep_new_file(name, data)
                continue
            data.setlist(key, self.as_data(name, value))
        data[self.add_prefix("version")] = str(current.version)
        data[self.add_prefix("conflicts")] = ",".join(conflicts)
        self.data = data
        self.files = {}
        self.instance = current
        self.conflict = _conflict(current, loaded, base, theirs, base_values, self)
        self._add_choices([name for name in self.merge_fields if name in conflicts], True)
        self.__dict__.pop("merge_choices", None)

    def keep_new_file(self, name, data):
        """A file uploaded with the refused save: the browser cannot send it again."""
        self.add_error(
            name, _("Your new file is not saved yet: choose it again, then save the form.")
        )

    # The merge page

    @cached_property
    def merge_choices(self):
        """For each field to choose: both versions as people read them, who saved theirs
        and when (the stored record is theirs: the merge page was built on it)."""
        if not self.conflict_fields:
            return []
        changed = last_changes(self.instance, self.conflict_fields)
        choices = []
        for name in self.conflict_fields:
            record = changed.get(name)
            choices.append(
                {
                    "name": name,
                    "label": self.fields[name].label,
                    "field": self[name],
                    "keep": self[f"keep_{name}"],
                    "by": person(record.history_user) if record else _("someone else"),
                    "at": record.history_date if record else None,
                    "theirs": self.shown(name, self.stored[name]),
                    "mine": self.shown(name, self.mine(name)),
                }
            )
        return choices

    def mine(self, name):
        """The value the merge page holds for a field, as posted."""
        value = self[name].value()
        if isinstance(value, (list, tuple)):
            return tuple(sorted(map(str, value)))
        return "" if value is None else str(value)

    def shown(self, name, value):
        """A value as people read it: choice labels, or the text itself."""
        return {"text": _shown_text(self.fields[name], value) or _("(empty)")}


def _choice_labels(choices, values):
    labels = [str(label) for key, label in choices if str(key) in values]
    return ", ".join(label for label in labels if label and label != "---------")


def _shown_text(field, value):
    values = value if isinstance(value, tuple) else (value,)
    if isinstance(field, forms.ModelChoiceField):
        found = field.queryset.filter(pk__in=[key for key in values if key.isdigit()])
        return ", ".join(field.label_from_instance(item) for item in found)  # form's order
    if hasattr(field, "choices"):
        return _choice_labels(field.choices, values)
    if isinstance(value, tuple):
        return ", ".join(value)
    return {"True": gettext("Yes"), "False": gettext("No")}.get(value, value)


def _several(field):
    return isinstance(field, (forms.MultipleChoiceField, forms.ModelMultipleChoiceField))


def _conflict(current, loaded, base, theirs, base_values, form):
    """What others saved since the form was loaded: who, when and which fields."""
    records = current.history.select_related("history_user").order_by("-history_date")
    newest = records.first()
    since = list(records.filter(version__gt=loaded or 0)) or ([newest] if newest else [])
    changes = []
    if base_values is not None:
        for name, value in theirs.items():
            if name in base_values and base_values[name] != value:
                changes.append(
                    {
                        "label": form.fields[name].label,
                        "old": form.shown(name, base_values[name])["text"],
                        "new": form.shown(name, value)["text"],
                    }
                )
    return {
        "base": base,
        "changes": changes,
        "by": sorted({person(record.history_user) for record in since}),
        "at": newest.history_date if newest else None,
    }


# The admin ------------------------------------------------------------------------------------


class VersionedAdmin:
    """A ModelAdmin (with SimpleHistoryAdmin) whose change form refuses a stale save with a
    merge (409), whose reverts are checked the same way, and whose form is a VersionedForm."""

    def get_exclude(self, request, obj=None):
        # The form's own `version` field, not the model's (which is not editable).
        return [*(super().get_exclude(request, obj) or []), "version"]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        attrs = {"locks": True, "__module__": __name__}
        current = getattr(request, "_versioned_current", None)
        if current is not None:
            # A revert starts from an old version: it is checked against the stored one.
            attrs["reverting"] = True

            def __init__(self, *args, **kwargs):
                form.__init__(self, *args, **kwargs)
                if not self.is_bound:
                    self.initial["version"] = current

            attrs["__init__"] = __init__
        return type(form.__name__, (form,), attrs)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        response = super().changeform_view(request, object_id, form_url, extra_context)
        return _stale_status(response)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        stored = self.model._default_manager.filter(pk=object_id)
        request._versioned_current = stored.values_list("version", flat=True).first()
        with transaction.atomic():  # the version check locks the row until the save is done
            response = super().history_form_view(request, object_id, version_id, extra_context)
        return _stale_status(response)


def _stale_status(response):
    adminform = (getattr(response, "context_data", None) or {}).get("adminform")
    if adminform is not None and getattr(adminform.form, "conflict", None):
        response.status_code = 409
    return response
