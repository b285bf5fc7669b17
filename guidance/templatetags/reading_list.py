"""The reading list's card on "My organisation", a page of the members app, which imports
nothing from the apps above it: `{% reading_card organisation as reading %}`."""

from django import template

from guidance.reading_list import ReadingCard, reading_card

register = template.Library()


@register.simple_tag(name="reading_card")
def reading_card_tag(organisation) -> ReadingCard:
    return reading_card(organisation)
