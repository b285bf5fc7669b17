"""Model helpers every app uses: web addresses and unique slugs."""

from django import forms
from django.core.validators import URLValidator
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

web_url = URLValidator(
    schemes=["http", "https"], message=_("Enter a web address starting with https:// or http://.")
)


class WebURLFormField(forms.URLField):
    default_validators = [web_url]
    default_error_messages = {"invalid": web_url.message}


class WebURLField(models.URLField):
    """A URL that must be http(s): no ftp, no javascript:, no mailto:."""

    default_validators = [web_url]

    def formfield(self, **kwargs):
        return super().formfield(
            **{"form_class": WebURLFormField, "assume_scheme": "https", **kwargs}
        )


def unique_slug(model, text, max_length=80, exclude_pk=None):
    """A slug from text, made unique in model with -2, -3… when needed."""
    base = slugify(text)[:max_length].strip("-") or "item"
    slug, n = base, 1
    taken = model.objects.exclude(pk=exclude_pk)
    while taken.filter(slug=slug).exists():
        n += 1
        slug = f"{base[: max_length - len(str(n)) - 1]}-{n}"
    return slug
