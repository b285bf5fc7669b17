"""Which rules apply to me? The page (/<lang>/rules/) and, from the same answers, the API's
GET /api/v1/rules/ (config/api/rules.py). docs/rules.md."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.shortcuts import render
from django.urls import reverse

from resources.models import Resource

from . import rules as judging
from .forms import CompanyForm
from .models import RuleSource

RESOURCES_SHOWN = 4


@dataclass
class Explained:
    """One rule's answer with what the page and the API show beside it."""

    answer: judging.Answer
    texts: list
    authorities: list
    resources: list
    library_url: str

    @property
    def rule(self):
        return self.answer.rule


def explain(form):
    """(rules, [Explained]) for a valid form, in the reader's language."""
    rule_list = list(judging.rules().prefetch_related("resources__publisher"))
    answers = judging.judge(form.company(), rule_list)
    return rule_list, [_explained(answer) for answer in answers]


def _explained(answer):
    rule = answer.rule
    sources = list(rule.sources.all())
    resources = [r for r in rule.resources.all() if r.status == Resource.Status.PUBLISHED]
    query = f"?{rule.library_query}" if rule.library_query else ""
    return Explained(
        answer,
        texts=[s for s in sources if s.kind == RuleSource.Kind.TEXT],
        authorities=[s for s in sources if s.kind == RuleSource.Kind.AUTHORITY],
        resources=sorted(resources, key=lambda r: (not r.featured, r.title))[:RESOURCES_SHOWN],
        library_url=f"{reverse('resources:list')}{query}",
    )


def path_url(company):
    """The path through the five steps for this company: its minerals and its size."""
    params = [("mineral", slug) for slug in company.minerals]
    if company.employees is not None:
        params.append(("size", size_class(company.employees)))
    return f"{reverse('guidance:path')}?{urlencode(params)}" if params else reverse("guidance:path")


def size_class(employees):
    """The EU's SME classes by staff headcount."""
    if employees < 10:
        return "micro"
    if employees < 50:
        return "small"
    if employees < 250:
        return "medium"
    return "large"


def rules(request):
    asked = any(name in request.GET for name in CompanyForm.base_fields)
    form = CompanyForm(request.GET if asked else None)
    context = {"form": form, "asked": asked}
    status = 200
    if asked and form.is_valid():
        rule_list, explained = explain(form)
        context.update(
            explained=explained,
            as_of=judging.as_of(rule_list),
            path_url=path_url(form.company()),
            on=form.company().on,
        )
    elif asked:
        status = 400
    else:
        context["as_of"] = judging.as_of()
    return render(request, "guidance/rules.html", context, status=status)
