"""The one place that picks a text's translation for the page's language."""

from django.utils.translation import get_language


def in_language(english, french):
    """The French text on French pages when there is one, the English otherwise."""
    return french if french and get_language() == "fr" else english
