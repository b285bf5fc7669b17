"""Tags for what the listing pages (templates/listing.html and the three listings) repeat on
every row and every facet value. A tag writes such a fragment in a few microseconds, where
the same markup as a loop of the template costs tens for each of its variables: a page has
twenty rows and up to hundreds of facet values."""

import html

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from .hub import swatch

register = template.Library()


def _safe(value):
    """The value escaped for HTML unless it is safe already: conditional_escape() without
    the check for lazy strings that every call of it makes (a third of these tags' time)."""
    own = getattr(value, "__html__", None)
    return own() if own else html.escape(str(value))


@register.simple_tag
def facet_values(facet):
    """A facet's values on the page (FacetResult.shown), each a checkbox with its label and
    count: a long facet asked for in full has hundreds."""
    name = _safe(facet.name)
    items = []
    for value in facet.shown:
        nested = " facet__value--nested" if value.nested else ""
        dom_id = _safe(value.dom_id)
        checked = " checked" if value.selected else ""
        colour = swatch(value.colour) if value.colour else ""
        items.append(
            f'<li class="facet__value{nested}"><input type="checkbox" id="{dom_id}" '
            f'name="{name}" value="{_safe(value.key)}"{checked}><label for="{dom_id}">{colour}'
            f'<span class="facet__label">{_safe(value.label)}</span> '
            f'<span class="facet__count">{value.count}</span></label></li>'
        )
    return mark_safe("\n".join(items))


@register.simple_tag
def mineral_badges(minerals):
    """A row's minerals (terms, or models with a label and a colour) as coloured badges."""
    if not minerals:
        return ""
    badges = "".join(
        f'<span class="term-badge">{swatch(mineral.colour)}{_safe(mineral.label)}</span>'
        for mineral in minerals
    )
    heading = _safe(_("Minerals:"))
    return mark_safe(
        f'<p class="result__terms"><span class="visually-hidden">{heading} </span>{badges}</p>'
    )


@register.simple_tag
def resource_facts(terms):
    """A resource row's tiers, OECD steps and business needs ({facet: its terms}, from the
    index), each kind under its heading."""
    tiers, steps, needs = (terms.get(name) for name in ("tier", "step", "need"))
    facts = []
    if tiers:
        facts.append((_("Tiers:"), [_fact(tier.label) for tier in tiers]))
    if steps:
        facts.append((_("OECD steps:"), [_fact(step.key, step.label) for step in steps]))
    if needs:
        facts.append((_("Helps to:"), [_fact(need.label) for need in needs]))
    if not facts:
        return ""
    kinds = "".join(
        f"<div><dt>{_safe(heading)}</dt><dd>{''.join(items)}</dd></div>" for heading, items in facts
    )
    return mark_safe(f'<dl class="result__facts">{kinds}</dl>')


def _fact(text, title=None):
    if title is None:
        return f'<span class="fact">{_safe(text)}</span>'
    return f'<span class="fact fact--step" title="{_safe(title)}">{_safe(text)}</span>'


@register.simple_tag
def country_names(countries, terms):
    """A row's countries (django_countries's Country objects) by name, from the country
    facet's terms ({code: Term}), which hold each name in every language: django_countries
    would translate each one again (35 µs a name, where a page has dozens)."""
    return ", ".join(country_name(country, terms) for country in countries)


@register.simple_tag
def country_name(country, terms):
    """A row's country by name, as country_names() names them."""
    term = terms.get(country.code)
    return term.label if term else country.name
