"""The budgets `make bench` checks, from the measurements of bench/run.py."""

import re

MAX_QUERIES = 12
MAX_MEDIAN_MS = 30.0
MIN_IMPORT_ROWS_PER_SECOND = 1000
# send_alerts at the large size: 5,000 due alerts handled (searched, matched, rendered, sent)
# in under 5 minutes, a third of the cron interval; and the queries each costs (bounded: a
# search is worked out once per run, not once per alert).
MIN_ALERTS_PER_SECOND = 17
MAX_QUERIES_PER_ALERT = 12
# The re-import of unchanged rows is measured without a budget; the dry run and the import
# have one.
UNBUDGETED_IMPORT = re.compile(r"re-?import", re.IGNORECASE)
# Searches while an editor saves a resource every second (bench/busy.py): the index follows
# the edits without making the readers wait.
MAX_BUSY_P99_MS = 100.0
MAX_BUSY_MEDIAN_GROWTH = 0.20  # the busy median at most 20 % above the quiet one


def check(by_size, large, imports=None, alerts=None, busy=None, reported=None):
    """[(passed, text)] for the measurements {size label: [Result]}; the median budget and the
    comparison of query counts need the large size. busy: bench/busy.py's figures; reported:
    {case: figures} of the cases without budgets (throughput, compression), which must run."""
    every = [(label, r) for label, results in by_size.items() for r in results]
    checks = [
        _all(every, "every page answers 200", lambda r: r.status == 200, lambda r: r.status),
        # A misspelt facet is ignored, not refused, and would filter nothing.
        _all(
            [(label, r) for label, r in every if r.page.is_search],
            "every search understands all its parameters",
            lambda r: not r.ignored,
            lambda r: "ignored " + ", ".join(f"{key}={value}" for key, value in r.ignored),
        ),
    ]
    if large in by_size:
        checks += _search_checks(large, by_size[large])
    for label, r in every:
        if r.page.budgeted:
            seen = "-".join(map(str, sorted({min(r.queries), max(r.queries)})))
            checks.append(
                (
                    r.query_count <= MAX_QUERIES and not r.queries_vary,
                    f"{label}: {r.page.catalogue}: {r.page.name}: {seen} queries (at most "
                    f"{MAX_QUERIES}, the same on every request)",
                )
            )
    if len(by_size) > 1:
        checks += _same_counts(by_size)
    if large in by_size:
        for r in by_size[large]:
            if r.page.budgeted:
                checks.append(
                    (
                        r.median < MAX_MEDIAN_MS,
                        f"{large}: {r.page.catalogue}: {r.page.name}: median under "
                        f"{MAX_MEDIAN_MS:.0f} ms ({r.median:.1f} ms)",
                    )
                )
    return checks + _case_checks(imports, alerts, busy, reported or {})


def _search_checks(large, results):
    """What the searches find at the large size (at the small size, the last page stands in
    for one beyond it, and a few hundred rows may have none of a query's words)."""
    searches = [(large, r) for r in results if r.page.is_search]
    return [
        _all(
            searches,
            f"{large}: every page asked for exists",
            lambda r: not r.page_adjusted,
            lambda r: f"page {r.page_shown} of {r.pages}",
        ),
        # A query that finds nothing would measure an empty page, not a search.
        _all(searches, f"{large}: every search finds rows", lambda r: r.matches, lambda r: "none"),
    ]


def _case_checks(imports, alerts, busy, reported):
    checks = []
    if imports is not None:
        checks += _import_checks(imports)
    if alerts is not None:
        checks += _alert_checks(alerts)
    if busy is not None:
        checks += _busy_checks(busy)
    for case, figures in reported.items():
        if isinstance(figures, Exception):
            checks.append((False, f"{case}: the bench failed: {figures!r}"))
    return checks


def _busy_checks(figures):
    if isinstance(figures, Exception):
        return [(False, f"busy editors: the bench failed: {figures!r}")]
    quiet, busy = figures.quiet, figures.busy
    limit = quiet.median * (1 + MAX_BUSY_MEDIAN_GROWTH)
    saves = figures.editor["saves"]
    # Failed requests' times say nothing of the search: the times' budgets need none.
    failed = bool(quiet.bad_statuses or busy.bad_statuses)
    over = ", over failed requests" if failed else ""
    return [
        (
            not quiet.bad_statuses and not busy.bad_statuses,
            f"busy editors: every request answers 200 ({len(quiet.times_ms)} quiet, "
            f"{len(busy.times_ms)} busy)",
        ),
        # Without saves the busy run would be a second quiet one, and pass for nothing.
        (
            saves >= busy.seconds / 2,
            f"busy editors: the editor saved about once a second ({saves} saves in "
            f"{busy.seconds:.0f} s)",
        ),
        (
            not failed and busy.percentile(99) <= MAX_BUSY_P99_MS,
            f"busy editors: p99 at most {MAX_BUSY_P99_MS:.0f} ms ({busy.percentile(99):.1f} "
            f"ms{over})",
        ),
        (
            not failed and busy.median <= limit,
            f"busy editors: median within {MAX_BUSY_MEDIAN_GROWTH:.0%} of the quiet one "
            f"({busy.median:.1f} ms, quiet {quiet.median:.1f} ms: at most {limit:.1f} ms{over})",
        ),
    ]


def _alert_checks(figures):
    if isinstance(figures, Exception):
        return [(False, f"alerts: the bench failed: {figures!r}")]
    return [
        (
            figures["prepared"] + figures["nothing_new"] == figures["alerts"]
            and figures["sent"] == figures["received"] == figures["prepared"],
            f"alerts: every due alert handled, every e-mail received once "
            f"({figures['sent']:,} sent, {figures['received']:,} received)",
        ),
        (
            figures["alerts_per_second"] >= MIN_ALERTS_PER_SECOND,
            f"alerts: {MIN_ALERTS_PER_SECOND} alerts a second or more "
            f"({figures['alerts_per_second']:,.0f})",
        ),
        (
            figures["queries_per_alert"] <= MAX_QUERIES_PER_ALERT,
            f"alerts: at most {MAX_QUERIES_PER_ALERT} queries an alert "
            f"({figures['queries_per_alert']:.1f})",
        ),
    ]


def _all(labelled, text, passes, why):
    """One check over many pages, naming those that fail it."""
    failing = [
        f"{label}: {r.page.catalogue}: {r.page.name}: {why(r)}"
        for label, r in labelled
        if not passes(r)
    ]
    return (not failing, f"{text} ({'; '.join(failing) or f'{len(labelled)} pages'})")


def _same_counts(by_size):
    checks = []
    labels = list(by_size)
    first = {(r.page.catalogue, r.page.name): r for r in by_size[labels[0]]}
    for r_large in by_size[labels[-1]]:
        r_small = first.get((r_large.page.catalogue, r_large.page.name))
        if r_small is None or not r_large.page.budgeted:
            continue
        matches = ""
        if r_small.matches is not None and r_large.matches is not None:
            matches = f"; {r_small.matches:,} and {r_large.matches:,} matches"
        checks.append(
            (
                r_small.query_count == r_large.query_count,
                f"{r_large.page.catalogue}: {r_large.page.name}: same query count at "
                f"{labels[0]} and {labels[-1]} ({r_small.query_count} and "
                f"{r_large.query_count}{matches})",
            )
        )
    return checks


def _import_checks(imports):
    if isinstance(imports, Exception):
        return [(False, f"import: ran ({type(imports).__name__}: {imports})")]
    checks = []
    for figure in imports:
        name = figure.get("name", "?")
        if UNBUDGETED_IMPORT.search(name):
            continue
        rate = figure.get("rows_per_second") or 0
        checks.append(
            (
                rate >= MIN_IMPORT_ROWS_PER_SECOND,
                f"import: {name}: at least {MIN_IMPORT_ROWS_PER_SECOND:,} rows a second "
                f"({rate:,.0f})",
            )
        )
    return checks


def print_checks(checks):
    print("\n== budgets ==")
    for passed, text in checks:
        print(f"{'PASS' if passed else 'FAIL'}  {text}")
    failed = sum(1 for passed, _ in checks if not passed)
    print(f"\n{len(checks) - failed} passed, {failed} failed")
    return failed == 0
