"""Names of uploaded files that nobody can guess: a random token, not the record's slug or the
uploader's file name, so that a file of a record that is not public (an unlisted
organisation's logo, an unpublished project's document) cannot be found by trying names.
config/media.py serves them only to those who may see the record (docs/data.md)."""

import secrets

from django.utils.deconstruct import deconstructible


@deconstructible
class RandomName:
    """upload_to: `<folder>/<random token>.<extension>` (22 URL-safe characters, 128 bits)."""

    def __init__(self, folder, extension):
        self.folder = folder.strip("/")
        self.extension = extension

    def __call__(self, instance, filename):
        return f"{self.folder}/{secrets.token_urlsafe(16)}.{self.extension}"
