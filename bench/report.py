"""What `make bench` prints: its tables of pages and of indexes."""


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
