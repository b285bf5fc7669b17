"""CSV import and export of resources: one format, used by the admin and by the commands.

    title,url,publisher,year,resource_type,languages,minerals,supply_chain_tiers,oecd_steps,
    business_needs,regions,tags,summary[,status]

UTF-8 with a header row; list fields separated by ";"; vocabulary values by slug or name,
in any case. Cells that would start a spreadsheet formula are written with a leading
apostrophe, which the import takes off (eprm_hub/spreadsheets.py). The url decides insert
versus update. An import is all-or-nothing: one bad row rejects the file, and every bad row
is reported with its line, column and the allowed values.
"""

import tablib
from django.core.exceptions import ValidationError
from django.db import transaction
from import_export import fields, resources, widgets
from taggit.models import Tag

from eprm_hub import languages
from eprm_hub.models import BusinessNeed, Mineral, OECDStep, Region, ResourceType, SupplyChainTier
from eprm_hub.spreadsheets import neutralised, restored

from .models import Publisher, Resource
from .search import CATALOGUE

COLUMNS = [
    "title", "url", "publisher", "year", "resource_type", "languages", "minerals",
    "supply_chain_tiers", "oecd_steps", "business_needs", "regions", "tags", "summary",
]  # fmt: skip
OPTIONAL_COLUMNS = ["status"]
SEPARATOR = ";"


def _split(value):
    return [item.strip() for item in str(value or "").split(SEPARATOR) if item.strip()]


class TermsWidget(widgets.ManyToManyWidget):
    """Vocabulary terms by slug, or also by name where the format allows it."""

    def __init__(self, model, by_name=True):
        super().__init__(model, separator=SEPARATOR, field="slug")
        self.by_name = by_name

    def clean(self, value, row=None, **kwargs):
        terms = list(self.model.objects.all())
        lookup = {term.slug.lower(): term for term in terms}
        if self.by_name:
            lookup |= {term.name.lower(): term for term in terms}
        found, unknown = [], []
        for item in _split(value):
            term = lookup.get(item.lower())
            (found.append(term) if term else unknown.append(item))
        if unknown:
            raise ValueError(
                f"unknown {self.model._meta.verbose_name}: {', '.join(unknown)}. "
                f"Allowed: {', '.join(t.slug for t in terms)}"
            )
        return list(dict.fromkeys(found))


class TermWidget(widgets.ForeignKeyWidget):
    """One vocabulary term by slug."""

    def __init__(self, model):
        super().__init__(model, field="slug")

    def clean(self, value, row=None, **kwargs):
        slug = str(value or "").strip().lower()
        if not slug:
            raise ValueError(f"a {self.model._meta.verbose_name} is required")
        try:
            return self.model.objects.get(slug=slug)
        except self.model.DoesNotExist:
            allowed = ", ".join(self.model.objects.values_list("slug", flat=True))
            raise ValueError(
                f"unknown {self.model._meta.verbose_name}: {value}. Allowed: {allowed}"
            ) from None


class PublisherWidget(widgets.ForeignKeyWidget):
    """A publisher by name; a name not seen before creates the publisher."""

    def __init__(self):
        super().__init__(Publisher, field="name")

    def clean(self, value, row=None, **kwargs):
        name = " ".join(str(value or "").split())
        if not name:
            return None
        publisher = Publisher.objects.filter(name__iexact=name).first()
        return publisher or Publisher.objects.create(name=name)


class LanguagesWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        codes = list(dict.fromkeys(code.lower() for code in _split(value)))
        unknown = [code for code in codes if not languages.is_valid(code)]
        if unknown:
            raise ValueError(
                f"not ISO 639-1 language codes: {', '.join(unknown)}. "
                "Use two-letter codes such as en, fr, de, zh"
            )
        return codes

    def render(self, value, obj=None, **kwargs):
        return SEPARATOR.join(value or [])


class TagsWidget(widgets.ManyToManyWidget):
    def __init__(self):
        super().__init__(Tag, separator=SEPARATOR, field="name")

    def clean(self, value, row=None, **kwargs):
        tags = []
        for name in dict.fromkeys(_split(value)):
            tag = Tag.objects.filter(name__iexact=name).first()
            tags.append(tag or Tag.objects.create(name=name))
        return tags


class YearWidget(widgets.IntegerWidget):
    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row, **kwargs)
        except (ValueError, ArithmeticError):
            raise ValueError(f"not a year: {value}. Use four digits, such as 2019") from None


class ResourceCSV(resources.ModelResource):
    """The resource library as rows of the import format."""

    title = fields.Field("title", "title")
    url = fields.Field("url", "url")
    publisher = fields.Field("publisher", "publisher", PublisherWidget())
    year = fields.Field("year", "year", YearWidget())
    resource_type = fields.Field("resource_type", "resource_type", TermWidget(ResourceType))
    languages = fields.Field("languages", "languages", LanguagesWidget())
    minerals = fields.Field("minerals", "minerals", TermsWidget(Mineral))
    supply_chain_tiers = fields.Field(
        "supply_chain_tiers", "supply_chain_tiers", TermsWidget(SupplyChainTier)
    )
    oecd_steps = fields.Field("oecd_steps", "oecd_steps", TermsWidget(OECDStep))
    business_needs = fields.Field(
        "business_needs", "business_needs", TermsWidget(BusinessNeed, by_name=False)
    )
    regions = fields.Field("regions", "regions", TermsWidget(Region, by_name=False))
    tags = fields.Field("tags", "tags", TagsWidget())
    summary = fields.Field("summary", "summary")

    class Meta:
        model = Resource
        fields = COLUMNS
        export_order = COLUMNS
        import_id_fields = ["url"]
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        use_transactions = True

    def __init__(self, with_status=False, **kwargs):
        super().__init__(**kwargs)
        self._seen_urls = {}
        if with_status:
            self.fields["status"] = fields.Field("status", "status")

    def get_export_order(self):
        return [*COLUMNS, "status"] if "status" in self.fields else COLUMNS

    def get_queryset(self):
        return Resource.objects.select_related("publisher", "resource_type").prefetch_related(
            "minerals", "supply_chain_tiers", "oecd_steps", "business_needs", "regions", "tags"
        )

    def before_import(self, dataset, **kwargs):
        headers = [header.strip().lower() for header in dataset.headers or []]
        missing = [column for column in COLUMNS if column not in headers]
        unknown = [h for h in headers if h not in COLUMNS and h not in OPTIONAL_COLUMNS]
        if missing or unknown:
            problems = []
            if missing:
                problems.append(f"missing columns: {', '.join(missing)}")
            if unknown:
                problems.append(f"unknown columns: {', '.join(unknown)}")
            del dataset[:]  # the rows cannot be read right: the header is the one problem
            raise ValidationError(
                f"The header row is wrong ({'; '.join(problems)}). "
                f"The columns are: {','.join(COLUMNS)} (and optionally status)."
            )
        dataset.headers = headers
        if "status" in headers and "status" not in self.fields:
            self.fields["status"] = fields.Field("status", "status")

    def export_field(self, field, instance, **kwargs):
        return neutralised(super().export_field(field, instance, **kwargs))

    def before_import_row(self, row, row_number=None, **kwargs):
        for column, value in row.items():
            row[column] = restored(value)
        url = str(row.get("url") or "").strip()
        row["url"] = url
        if url in self._seen_urls:
            raise ValidationError(
                {"url": f"the same url is on line {self._seen_urls[url] + 1} already"}
            )
        if url:
            self._seen_urls[url] = row_number
        if "status" in row:
            status = str(row["status"] or "").strip().lower()
            if status not in Resource.Status.values:
                raise ValidationError(
                    {"status": f"unknown status: {row['status']}. "
                     f"Allowed: {', '.join(Resource.Status.values)}"}
                )  # fmt: skip
            row["status"] = status

    def import_instance(self, instance, row, **kwargs):
        # The library checks many-to-many values only when it saves them; checking them here
        # reports them like the other columns, with the column's name.
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for field in self.get_import_fields():
            if isinstance(field.widget, widgets.ManyToManyWidget) and field.column_name in row:
                try:
                    field.clean(row)
                except ValueError as error:
                    errors[field.attribute] = [str(error)]
        if errors:
            raise ValidationError(errors)

    def after_init_instance(self, instance, new, row, **kwargs):
        if new and "status" not in row:
            instance.status = Resource.Status.PUBLISHED

    def after_import(self, dataset, result, **kwargs):
        changed = [
            row.object_id
            for row in result.rows
            if row.import_type in (row.IMPORT_TYPE_NEW, row.IMPORT_TYPE_UPDATE)
        ]
        Resource.objects.filter(pk__in=changed).refresh_search_text()
        if changed:
            CATALOGUE.refresh_words()


def load_csv(data: bytes):
    """A tablib Dataset from the bytes of an uploaded or read file."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(
            f"The file is not UTF-8 text (byte {error.start + 1} cannot be read). "
            "Save it as CSV UTF-8 and try again."
        ) from None
    return tablib.Dataset().load(text, format="csv")


def problems(result):
    """Every problem of an import result, as lines a person can act on."""
    lines = []
    for error in result.base_errors:
        lines += getattr(error.error, "messages", [str(error.error)])
    for number, row_errors in result.row_errors():
        lines += [f"line {number + 1}: {error.error}" for error in row_errors]
    for invalid in result.invalid_rows:
        for column, messages in invalid.error_dict.items():
            for message in messages:
                where = f"column {column}" if column != "__all__" else "row"
                lines.append(f"line {invalid.number + 1}, {where}: {message}")
    return lines


def import_csv(data: bytes, dry_run=False):
    """Import the file, all or nothing. Returns (result, problems)."""
    dataset = load_csv(data)
    csv = ResourceCSV()
    with transaction.atomic():
        result = csv.import_data(
            dataset, dry_run=dry_run, use_transactions=True, rollback_on_validation_errors=True
        )
        found = problems(result)
        if found or dry_run:
            transaction.set_rollback(True)
    return result, found


def export_csv(queryset=None, with_status=False):
    """The resources (all by default) as CSV text in the import format."""
    csv = ResourceCSV(with_status=with_status)
    return csv.export(queryset).csv
