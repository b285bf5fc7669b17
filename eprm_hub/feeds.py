"""The Hub's Atom feeds: each entry in the language of its own text.

A feed is in the language of its address (`xml:lang` on <feed>), but an entry shows a record's
text in that language only when it has been translated; otherwise it shows the original, as
the pages do (eprm_hub/i18n.py). Such an entry says so with its own `xml:lang` (RFC 4287 §2,
XML 1.0 §2.12), as a page marks a fallback with `lang`, so that a reader hyphenates, reads
aloud and translates it as what it is. A summary in yet another language than its title gets
one of its own.
"""

from django.contrib.syndication.views import Feed

from .cleaning import CleanAtom1Feed


class LanguageAtom1Feed(CleanAtom1Feed):
    """An Atom feed whose entries carry `language` (their title's) and `summary_language`
    when these differ from the feed's."""

    def item_attributes(self, item):
        attributes = super().item_attributes(item)
        language = item.get("language")
        if language and language != self.feed["language"]:
            attributes["xml:lang"] = language
        return attributes

    def add_item_elements(self, handler, item):
        entry = item.get("language") or self.feed["language"]
        summary = item.get("summary_language")
        if summary and summary != entry:
            handler = _SummaryIn(handler, summary)
        super().add_item_elements(handler, item)


class _SummaryIn:
    """The XML writer, with `xml:lang` on the <summary> it writes."""

    def __init__(self, handler, language):
        self._handler = handler
        self._language = language

    def addQuickElement(self, name, contents=None, attrs=None):  # noqa: N802 (the writer's name)
        if name == "summary":
            attrs = {**(attrs or {}), "xml:lang": self._language}
        return self._handler.addQuickElement(name, contents, attrs)

    def __getattr__(self, name):
        return getattr(self._handler, name)


class TranslatedFeed(Feed):
    """A feed of Translated records (title and summary): each entry says its language."""

    feed_type = LanguageAtom1Feed  # control characters out, and each entry's language

    def item_title(self, item):
        return item.in_language("title")

    def item_description(self, item):
        return item.in_language("summary")

    def item_extra_kwargs(self, item):
        return {
            "language": item.in_language("title").language,
            "summary_language": item.in_language("summary").language,
        }
