"""Tags for what the listing pages (templates/listing.html and the three listings) repeat on
every row and every facet value. A tag writes such a fragment in a few microseconds, where
the same markup as a loop of the template costs tens for each of its variables: a page has
twenty rows and up to hundreds of facet values."""

import html

from django import template
from django.template.defaultfilters import truncatewords
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from .hub import euros, lang, swatch

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


def _position(context, number):
    """` data-position="n"`: the row's number in the results, when the page counts which
    result a visitor opens (eprm_hub/insights/)."""
    if not context.get("search_insight"):
        return ""
    return f' data-position="{context["search"].first_number + number}"'


@register.simple_tag(takes_context=True)
def resource_result(context, resource, number):
    """A row of the resource library (number: its place on the page, from 0), with its title
    and summary as page_rows() marked them."""
    url = _safe(resource.get_absolute_url())
    shown_title, shown_summary = resource.in_language("title"), resource.in_language("summary")
    meta = [f'<span class="type-badge">{_safe(resource.resource_type.label)}</span>']
    if resource.publisher:
        meta.append(f"<span>{_safe(resource.publisher.name)}</span>")
    if resource.year:
        meta.append(f"<span>{resource.year}</span>")
    title = f'<a href="{url}"{_position(context, number)}>{_safe(resource.title_marked)}</a>'
    summary = _safe(resource.summary_marked)
    return mark_safe(
        "\n".join(
            [
                '<li class="result">',
                f'<h3 class="result__title"{lang(shown_title)}>{title}</h3>',
                f'<p class="result__meta">{" ".join(meta)}</p>',
                f'<p class="result__summary"{lang(shown_summary)}>{summary}</p>',
                resource_facts(resource.terms),
                mineral_badges(resource.terms["mineral"]),
                "</li>",
            ]
        )
    )


@register.simple_tag(takes_context=True)
def project_result(context, project, number):
    """A row of the project portfolio (number: its place on the page, from 0)."""
    url = _safe(project.get_absolute_url())
    shown_title, shown_summary = project.in_language("title"), project.in_language("summary")
    status = f'<span class="status-badge status-badge--{project.status}">'
    meta = [f"{status}{_safe(project.status_label)}</span>"]
    if project.countries:
        names = country_names(project.countries, context["search"].terms["country"])
        meta.append(f"<span>{_safe(names)}</span>")
    if project.start_year:
        end = f"–{project.end_year}" if project.end_year else ""
        meta.append(f"<span>{project.start_year}{end}</span>")
    if project.eprm_grant:
        grant = _("EPRM grant %(amount)s") % {"amount": euros(project.eprm_grant)}
        meta.append(f"<span>{_safe(grant)}</span>")
    title = (
        f'<a href="{url}"{lang(shown_title)}{_position(context, number)}>{_safe(shown_title)}</a>'
    )
    summary = _safe(truncatewords(shown_summary, 45))
    lead = project.lead_name
    return mark_safe(
        "\n".join(
            [
                '<li class="result">',
                f'<h3 class="result__title">{title}</h3>',
                '<p class="result__meta">',
                *meta,
                "</p>",
                f'<p class="result__summary"{lang(shown_summary)}>{summary}</p>',
                f'<p class="result__lead">{_safe(_("Led by"))} {_safe(lead)}</p>' if lead else "",
                mineral_badges(project.terms["mineral"]),
                "</li>",
            ]
        )
    )
