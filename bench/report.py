"""What `make bench` prints: its tables of pages and of indexes, and of the large size's other
cases."""

import statistics


def index_line(f):
    s = f.size
    return (
        f"facet index: built in {f.build_ms:.0f} ms (first request {f.first_ms:.0f} ms); "
        f"{f.rows:,} visible rows; {s.mib():.1f} MiB: "
        f"{s.objects['bitsets']:,} bitsets {s.mib('bitsets'):.1f} MiB, "
        f"{s.objects['arrays']:,} arrays {s.mib('arrays'):.1f} MiB, "
        f"other {s.mib('other'):.1f} MiB"
    )


def print_columns(header, rows, align):
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, None, *rows]:
        if row is None:
            print("  ".join("-" * w for w in widths))
            continue
        cells = zip(row, align, widths, strict=True)
        print("  ".join(f"{cell:{a}{w}}" for cell, a, w in cells).rstrip())


def print_table(results, runs, warmup):
    rows = []
    for r in results:
        queries = f"{min(r.queries)}-{max(r.queries)}" if r.queries_vary else str(r.query_count)
        name = r.page.name if r.page.budgeted else f"({r.page.name})"
        matches = "-" if r.matches is None else f"{r.matches:,}"
        if r.page_adjusted:
            matches += f" (page {r.page_shown})"
        if r.ignored:
            matches += " IGNORED " + ",".join(key for key, _ in r.ignored)
        row = (name, f"{r.median:.1f}", f"{r.p95:.1f}", queries, str(r.status), matches)
        rows.append((*row, r.page.shown_url))
    header = ("page", "median ms", "p95 ms", "queries", "status", "matches", "URL")
    print_columns(header, rows, ["<", ">", ">", ">", ">", ">", "<"])
    print(f"({runs} requests per page after {warmup} warm-ups; rows in parentheses: no budget)")


def print_indexes(label, indexes):
    print(f"\n== facet indexes at the {label} size ==")
    rows = [
        (
            f.catalogue,
            f"{f.rows:,}",
            f"{f.size.mib():.1f}",
            f"{f.size.mib('bitsets'):.1f} ({f.size.objects['bitsets']:,})",
            f"{f.size.mib('arrays'):.1f} ({f.size.objects['arrays']:,})",
            f"{f.size.mib('other'):.1f}",
            f"{f.build_ms:.0f}",
        )
        for f in indexes
    ]
    header = ("catalogue", "visible rows", "MiB", "bitsets MiB (n)", "arrays MiB (n)")
    header += ("other MiB", "build ms")
    print_columns(header, rows, ["<", ">", ">", ">", ">", ">", ">"])
    print("(sys.getsizeof of everything each index holds, once; bitsets: ints over 64 bits)")


def print_busy(figures):
    """The busy editors' case: each run's percentiles, side by side."""
    names = ", ".join(page.name for page in figures.pages)
    print(f"pages in turn: {names}")
    rows = []
    for run in (figures.quiet, figures.busy):
        statuses = "all 200" if not run.bad_statuses else f"{len(run.bad_statuses)} not 200"
        rows.append(
            (
                run.name,
                f"{len(run.times_ms)}",
                f"{run.seconds:.0f}",
                f"{run.median:.1f}",
                f"{run.percentile(95):.1f}",
                f"{run.percentile(99):.1f}",
                f"{max(run.times_ms, default=float('nan')):.1f}",
                _calls(run.builds_ms),
                _calls(run.applied_ms),
                statuses,
            )
        )
    header = ("run", "requests", "seconds", "median ms", "p95 ms", "p99 ms", "max ms")
    header += ("index builds", "changes applied", "status")
    print_columns(header, rows, ["<", ">", ">", ">", ">", ">", ">", ">", ">", "<"])
    slowest = [
        f"{ms:,.0f} ms {page}{f' ({waited})' if waited else ''}"
        for ms, page, waited in figures.busy.slowest(5)
    ]
    print(f"slowest busy requests: {'; '.join(slowest)}")
    for run in (figures.quiet, figures.busy):
        if run.error:
            print(f"{run.name}: first failed request: {run.error}")
    editor = figures.editor
    print(
        f"editor: {editor['saves']} saves in its own process (median {editor['median_ms']:.0f} "
        f"ms, slowest {editor['max_ms']:.0f} ms), one a second while the busy run lasted"
    )
    print(
        "(index builds in any thread, changes applied to the index by requests: how many, "
        "median ms; - when the engine has no such step)"
    )


def _calls(times):
    if times is None:
        return "-"
    return f"{len(times)}, {statistics.median(times):.0f} ms" if times else "0"


def print_throughput(figures, workers, clients):
    bad = ", ".join(f"{count} × {status}" for status, count in figures.bad.items()) or "none"
    print(
        f"{figures.per_second:.1f} requests a second: {len(figures.times_ms):,} in "
        f"{figures.seconds:.1f} s, {clients} clients, gunicorn with {workers} sync workers, "
        f"{figures.pages} search pages in turn"
    )
    print(
        f"time a client waited: median {figures.percentile(50):.1f} ms, p95 "
        f"{figures.percentile(95):.1f} ms, p99 {figures.percentile(99):.1f} ms; "
        f"answers other than 200: {bad}"
    )
    slowest = "; ".join(f"{ms:.0f} ms {url}" for ms, url in figures.slowest(3))
    print(f"longest medians: {slowest}")
    print(
        f"(gunicorn's workers built their indexes before their first request: ready in "
        f"{figures.start_seconds:.0f} s; Accept-Encoding: gzip, a new connection each request)"
    )


def print_compression(found):
    plain = {f.url: f for f in found if not f.accepted}
    rows = []
    for f in found:
        base = plain[f.url]
        timed = f.median_ms is not None
        rows.append(
            (
                f.url,
                f.accepted or "(nothing)",
                f.encoding or "(plain)",
                f"{f.bytes:,}",
                f"{f.bytes / base.bytes:.1%}" if base.bytes else "-",
                str(len(f.times_ms)) if timed else "-",
                f"{f.median_ms:.1f}" if timed else "not timed",
                f"{f.median_ms - base.median_ms:+.1f}" if timed and f is not base else "",
                "" if f.compress_ms is None else f"{f.compress_ms:.1f}",
            )
        )
    header = ("page", "accepts", "sent as", "bytes", "of plain", "runs", "median ms")
    header += ("vs plain", "compressing ms")
    print_columns(header, rows, ["<", "<", "<", ">", ">", ">", ">", ">", ">"])
    print(
        "(compressing ms: django.utils.text.compress_string alone on the plain answer; br is "
        "asked for once, and timed only if the Hub answers in it)"
    )
    for f in plain.values():
        if f.content.lstrip().startswith(b"<?xml"):  # a sitemap: the protocol's 50,000 URLs
            print(f"{f.url}: {f.content.count(b'<url>'):,} <url> entries")
