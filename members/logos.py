"""Logo uploads: PNG, JPEG or WebP checked by content, at most 2 MB, re-encoded and resized."""

import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.text import slugify
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

MAX_BYTES = 2 * 1024 * 1024
MAX_PIXELS = 40_000_000  # refuse decompression bombs long before Pillow's own limit
FORMATS = {"PNG", "JPEG", "WEBP"}
BOX = (400, 400)


def normalise(upload, name):
    """A clean PNG of the uploaded logo, at most 400×400 pixels, or a ValidationError."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("The logo is %(size).1f MB; the most it can be is 2 MB.")
            % {"size": upload.size / 1024 / 1024}
        )
    upload.seek(0)
    data = upload.read()
    try:
        with Image.open(io.BytesIO(data)) as probe:
            kind = probe.format
            probe.verify()
        image = Image.open(io.BytesIO(data))
        if kind not in FORMATS:
            raise ValidationError(
                _("The logo must be a PNG, JPEG or WebP image; this file is %(kind)s.")
                % {"kind": kind}
            )
        if image.width * image.height > MAX_PIXELS:
            raise ValidationError(_("The logo has too many pixels; use a smaller image."))
        image.load()
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError):
        raise ValidationError(
            _("This file is not an image we can read. Upload a PNG, JPEG or WebP file.")
        ) from None
    image = image.convert("RGBA")
    image.thumbnail(BOX)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return ContentFile(out.getvalue(), name=f"{slugify(name) or 'logo'}.png")
