"""The CSV import at scale: a 100,000-row file in the import format, imported three times by
`manage.py import_resources`, each in a process of its own.

- "dry run": `--dry-run` into an empty library (everything checked and written, then rolled
  back);
- "import": the real import into the empty library;
- "re-import": the same file again, every row unchanged (nothing is written).

For each: the seconds the command took (the process's start included), rows a second, and
the process's peak memory (its high-water mark, VmHWM). Values are realistic: the
vocabulary's slugs and names, a few hundred publishers, titles, summaries and tags from the
words of the real resources (resources/demo_data/resources.csv), some multi-line summaries.

Called by bench/run.py after django.setup(), on the migrated bench database, whose resources
it replaces. Alone:

    DJANGO_SETTINGS_MODULE=config.settings DEBUG=1 DATABASE_URL=… python -c \\
        "import django; django.setup(); from bench import importing; print(importing.run())"
"""

import csv
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.db import connection
from taggit.models import Tag, TaggedItem

from eprm_hub.models import BusinessNeed, Mineral, OECDStep, Region, ResourceType, SupplyChainTier
from resources.importing import COLUMNS
from resources.models import Publisher, Resource

from . import database
from .synthetic import reference_resources
from .writing import sentence, skewed, truncate, words

ROWS = 100_000
LANGUAGES = ["en"] * 12 + ["fr"] * 3 + ["de", "es", "zh", "pt", "nl", "sw"]


def run(rows=ROWS, seed=1):
    """Write the file, empty the library, import three times: the figures of each run."""
    empty_library()
    with tempfile.TemporaryDirectory(prefix="eprm-import-bench-") as folder:
        path = Path(folder) / "resources.csv"
        write_file(path, rows, seed)
        size = path.stat().st_size / 2**20
        print(f"{rows:,} rows, {size:.1f} MiB: {path}", flush=True)
        figures = []
        for name, options in [("dry run", ["--dry-run"]), ("import", []), ("re-import", [])]:
            seconds, peak_mib, output = import_in_a_process(path, options)
            print(f"  {name}: {output}", flush=True)
            figures.append(
                {
                    "name": name,
                    "seconds": seconds,
                    "rows_per_second": rows / seconds,
                    "peak_mib": peak_mib,
                }
            )
    return figures


def write_file(path, rows, seed=1):
    """A file of the import format with this many rows, as an editor's export would be."""
    rng = random.Random(seed)
    reference = reference_resources()
    title_words = words(r["title"] for r in reference)
    summary_words = words(r["summary"] for r in reference)
    tag_pool = sorted({t for r in reference for t in r["tags"].split(";") if t})
    publishers = [f"{sentence(rng, title_words, 1, 3)} Institute {n}" for n in range(300)]
    vocabulary = {
        "resource_type": list(ResourceType.objects.values_list("slug", flat=True)),
        # Minerals and tiers also by name, as people write them.
        "minerals": [*Mineral.objects.values_list("slug", flat=True), "Natural graphite"],
        "supply_chain_tiers": [*SupplyChainTier.objects.values_list("slug", flat=True), "Upstream"],
        "oecd_steps": list(OECDStep.objects.values_list("slug", flat=True)),
        "business_needs": list(BusinessNeed.objects.values_list("slug", flat=True)),
        "regions": list(Region.objects.values_list("slug", flat=True)),
    }
    with open(path, "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(COLUMNS)
        for n in range(1, rows + 1):
            summary = sentence(rng, summary_words, 25, 55) + "."
            if n % 50 == 0:  # a paragraph break inside a quoted cell
                summary += "\n" + sentence(rng, summary_words, 5, 15) + "."
            writer.writerow(
                [
                    sentence(rng, title_words, 4, 10)[:300],
                    f"https://example.org/library/{n}",
                    publishers[int(rng.paretovariate(1.2)) % len(publishers)],
                    rng.randint(2005, 2026),
                    rng.choice(vocabulary["resource_type"]),
                    ";".join(sorted(set(rng.choices(LANGUAGES, k=rng.randint(1, 3))))),
                    *(
                        ";".join(skewed(rng, vocabulary[column]))
                        for column in (
                            "minerals",
                            "supply_chain_tiers",
                            "oecd_steps",
                            "business_needs",
                            "regions",
                        )
                    ),  # fmt: skip
                    ";".join(rng.sample(tag_pool, k=rng.randint(0, 3))),
                    summary[:600],
                ]
            )


def empty_library():
    """No resource, publisher, tag or history of them: the import starts from nothing."""
    truncate(Resource, Publisher, Tag, TaggedItem)
    history = [
        f"{Resource.history.model._meta.db_table}_{name}"
        for name in ("minerals", "supply_chain_tiers", "oecd_steps", "business_needs", "regions")
    ]
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(history)}")


def import_in_a_process(path, options):
    """(seconds, peak MiB, last line of output) of `manage.py import_resources` on the file.

    The peak is the process's own high-water mark (VmHWM), read while it runs: the maximum
    resident set that wait4 reports would count the memory of this process, which the child
    inherits when it is forked, before it runs the command."""
    env = database.environment()
    start = time.perf_counter()
    peak_kib = 0
    with tempfile.TemporaryFile("w+") as output:
        process = subprocess.Popen(
            [sys.executable, "manage.py", "import_resources", str(path), *options],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            text=True,
        )
        while process.poll() is None:
            peak_kib = max(peak_kib, high_water_kib(process.pid))
            time.sleep(0.05)
        seconds = time.perf_counter() - start
        output.seek(0)
        text = output.read()
    if process.returncode != 0:
        raise RuntimeError(f"import_resources exited {process.returncode}:\n{text}")
    return seconds, peak_kib / 1024, text.strip().splitlines()[-1]


def high_water_kib(pid):
    """A running process's peak resident memory so far, in KiB (0 once it has ended)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0
