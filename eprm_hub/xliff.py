"""Translations to and from translation agencies as XLIFF 2.0 files (docs/languages.md,
"Translation agencies"), read and written with translate-toolkit.

A file holds one target language. Each unit is one field of one record: its id is stable
("resources.resource.42.summary"), its source the original text as exported, its notes the
context (what the record is, the field, its address on the Hub, the longest text allowed).
A unit whose translation is outdated carries that translation as its target, in state
"initial": a starting point, which an import leaves alone until the agency marks it
translated.

An import is all or nothing: a file with any error (not XML, another language, a record that
no longer exists, a text too long) changes nothing and says which line is wrong. A unit whose
original text changed since the export is reported and not applied; one whose translation is
the one the record has already changes nothing."""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from lxml import etree
from translate.storage.xliff2 import Xliff2File

from . import i18n

NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0"
# The content whose translations go to agencies, in the order a file lists them.
MODELS = ("resources.resource", "projects.project", "members.organisation")
# The texts an export asks for by default: those missing and those outdated.
MISSING, OUTDATED, UNREVIEWED = "missing", "outdated", "unreviewed"
DEFAULT_WANTED = (MISSING, OUTDATED)


class XliffError(Exception):
    """A file that cannot be imported: its messages, each naming a line where one is known."""

    def __init__(self, messages):
        super().__init__("\n".join(messages))
        self.messages = messages


@dataclass
class Unit:
    line: int
    id: str
    source: str
    target: str
    state: str  # XLIFF's segment state: initial, translated, reviewed or final ("" when none)


@dataclass
class ImportResult:
    language: str
    applied: list[str] = field(default_factory=list)  # "line 12: resource "…", title"
    unchanged: int = 0
    skipped: int = 0  # no target yet, or one still in state "initial"
    stale: list[str] = field(default_factory=list)  # reported, not applied


def content_models():
    return [apps.get_model(label) for label in MODELS]


def unit_id(record, name):
    return f"{record._meta.label_lower}.{record.pk}.{name}"


def wanted_state(record, name, language):
    """Why this field of the record would go to an agency (MISSING, OUTDATED, UNREVIEWED),
    or None: there is nothing to translate, or its translation is reviewed. A record written
    in another language than English is not sent: a file has one source language."""
    if record.original_language != settings.LANGUAGE_CODE or not getattr(record, name):
        return None
    state = record.translation_state(name, language)
    if not record.translation(name, language):
        return MISSING
    if state == i18n.OUTDATED:
        return OUTDATED
    if state == i18n.UNREVIEWED:
        return UNREVIEWED
    return None


def export(querysets, language, wanted=DEFAULT_WANTED):
    """The XLIFF 2.0 file (bytes) of the fields these records' translations into `language`
    lack (MISSING), have outdated (OUTDATED) or have not had reviewed (UNREVIEWED), and how
    many units it holds."""
    store = Xliff2File()
    store.setsourcelanguage(settings.LANGUAGE_CODE)
    store.settargetlanguage(language)
    count = 0
    for queryset in querysets:
        for record in queryset.order_by("pk"):
            for name in record.translated_fields:
                why = wanted_state(record, name, language)
                if why in wanted:
                    _add_unit(store, record, name, language, why)
                    count += 1
    return bytes(store), count


def _add_unit(store, record, name, language, why):
    model_field = record._meta.get_field(name)
    unit = store.addsourceunit(getattr(record, name))
    unit.setid(unit_id(record, name))
    segment = unit.xmlelement
    element = unit.getunitelement()
    # XLIFF 2.0 puts xml:space and the notes on the unit, before its segment.
    space = segment.attrib.pop("{http://www.w3.org/XML/1998/namespace}space", None)
    if space:
        element.set("{http://www.w3.org/XML/1998/namespace}space", space)
    element.set("name", f"{record._meta.model_name}.{name}")
    notes = etree.Element(store.namespaced("notes"))
    context = [
        ("record", f"{capfirst(record._meta.verbose_name)}: {record}"),
        ("field", str(capfirst(model_field.verbose_name))),
        ("location", settings.SITE_URL + _in_english(record)),
    ]
    if model_field.max_length:
        context.append(("length", f"At most {model_field.max_length} characters."))
    if why == OUTDATED:
        context.append(("status", "The original changed since this was translated: revise it."))
    for category, text in context:
        note = etree.SubElement(notes, store.namespaced("note"), category=category)
        note.text = text
    element.insert(0, notes)
    if why in (OUTDATED, UNREVIEWED):
        unit.target = record.translation(name, language)
        segment.set("state", "initial" if why == OUTDATED else "translated")


def _in_english(record):
    with translation.override(settings.LANGUAGE_CODE):
        return record.get_absolute_url()


def parse(data):
    """(target language, [Unit]) of an XLIFF 2.0 file; XliffError when it is not one."""
    # Checked before the library reads it, by a parser that fetches and expands nothing.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        message = _("this is not well-formed XML (%(error)s).") % {"error": error.msg}
        raise XliffError([_at(error.lineno, message)]) from error
    if root.tag != f"{{{NAMESPACE}}}xliff" or not root.get("version", "").startswith("2."):
        raise XliffError(
            [_('This is not an XLIFF 2 file: its root is not <xliff version="2.x"> in the '
               "namespace %(namespace)s.") % {"namespace": NAMESPACE}]
        )  # fmt: skip
    store = Xliff2File.parsestring(data)
    units = [
        Unit(
            line=unit.xmlelement.sourceline or 0,
            id=unit.getid() or "",
            source=unit.source or "",
            target=unit.target or "",
            state=unit.xmlelement.get("state", ""),
        )
        for unit in store.units
    ]
    return store.gettargetlanguage() or "", units


def _at(line, message):
    return _("Line %(line)s: %(message)s") % {"line": line, "message": message}


def import_file(data, reviewed=False, language=None, user=None, reason=""):
    """Apply a file's translations, all or nothing (XliffError lists every problem), marked
    reviewed or not as the editor says. `language`, when given, is the one the file must be."""
    target, units = parse(data)
    if target not in i18n.codes() or target == settings.LANGUAGE_CODE:
        message = _("The file's target language (trgLang) is %(found)r, not one the Hub "
                    "translates into.")  # fmt: skip
        raise XliffError([message % {"found": target}])
    if language and target != language:
        message = _("The file is in %(found)s, not %(wanted)s.")
        raise XliffError([message % {"found": i18n.name(target), "wanted": i18n.name(language)}])
    result = ImportResult(language=target)
    errors = []
    changes = _check(units, target, reviewed, errors, result)
    if errors:
        raise XliffError(errors)
    with transaction.atomic():
        for record, texts in changes.values():
            for name, (text, line) in texts.items():
                record.set_translation(name, target, text, reviewed=reviewed)
                result.applied.append(_at(line, f"{record}, {_field_name(record, name)}"))
            record._change_reason = reason or _("Translations imported")
            if user is not None:
                record._history_user = user
            record.save()
    return result


def _field_name(record, name):
    return str(record._meta.get_field(name).verbose_name)


def _check(units, language, reviewed, errors, result):
    """{(model, pk): (record, {field: (text, line)})} of the units to apply; the errors and
    the stale units found on the way."""
    models = {model._meta.label_lower: model for model in content_models()}
    wanted = {}
    seen = set()
    for unit in units:
        app, model_name, pk, name = [*unit.id.split("."), "", "", "", ""][:4]
        model = models.get(f"{app}.{model_name}")
        if model is None or name not in model.translated_fields or not pk.isdigit():
            message = _("unit %(id)r is not one the Hub exported.") % {"id": unit.id}
            errors.append(_at(unit.line, message))
        elif unit.id in seen:
            errors.append(_at(unit.line, _("unit %(id)r comes twice.") % {"id": unit.id}))
        else:
            seen.add(unit.id)
            wanted.setdefault(model, {}).setdefault(int(pk), []).append((unit, name))
    changes = {}
    for model, by_pk in wanted.items():
        found = model.objects.in_bulk(list(by_pk))
        for pk, pairs in by_pk.items():
            record = found.get(pk)
            for unit, name in pairs:
                if record is None:
                    message = _("the %(model)s with id %(pk)s no longer exists.")
                    errors.append(
                        _at(unit.line, message % {"model": model._meta.verbose_name, "pk": pk})
                    )
                elif _applies(record, name, unit, language, reviewed, errors, result):
                    texts = changes.setdefault((model, pk), (record, {}))[1]
                    texts[name] = (unit.target.strip(), unit.line)
    return changes


def _applies(record, name, unit, language, reviewed, errors, result):
    """Whether the unit changes the record; its error, or its being stale, on the way."""
    text = unit.target.strip()
    where = f"{record}, {_field_name(record, name)}"
    if not text or unit.state == "initial":
        result.skipped += 1
        return False
    if language == record.original_language:
        message = _("%(record)s is written in %(language)s: it needs no translation into it.")
        errors.append(_at(unit.line, message % {"record": record, "language": i18n.name(language)}))
        return False
    if unit.source.strip() != getattr(record, name).strip():
        message = _("the original of %(where)s changed since the export: not applied. Export "
                    "it again.")  # fmt: skip
        result.stale.append(_at(unit.line, message % {"where": where}))
        return False
    limit = record._meta.get_field(name).max_length
    if limit and len(text) > limit:
        message = _("the translation of %(where)s has %(count)s characters; at most %(limit)s "
                    "are allowed.")  # fmt: skip
        errors.append(
            _at(unit.line, message % {"where": where, "count": len(text), "limit": limit})
        )
        return False
    same = text == record.translation(name, language)
    # The same text changes something only when the editor marks it reviewed and it was not.
    if same and (not reviewed or record.translation_state(name, language) == i18n.REVIEWED):
        result.unchanged += 1
        return False
    return True
