"""A busy editor, in a process of its own: saves one published resource a second as the admin
does (resources.saving.save_resource(), which calls Resource.save()), changing its title, its
summary, a mineral or its type in turn, until its standard input is closed. Then it prints
what it did as one line of JSON: {"saves": n, "median_ms": …, "max_ms": …}.

bench/busy.py starts it on the bench's database (DATABASE_URL) while it times searches; it
prints "ready" once Django is set up, so the searches begin with the first save.

    DATABASE_URL=… DJANGO_SETTINGS_MODULE=config.settings python -m bench.editor
"""

import json
import random
import select
import statistics
import sys
import time

INTERVAL = 1.0  # seconds between the starts of two saves
REASON = "bench: a busy editor"
REVISED = " (revised)"


def edit(resource, number, minerals, types):
    """Change one thing a listing shows, a different kind each time; returns the function
    that saves what needs the row's id (the many-to-many values), as the admin's form does."""
    kind = number % 4
    if kind == 0:  # the title, as an editor correcting it: a word added or taken back
        if resource.title.endswith(REVISED):
            resource.title = resource.title.removesuffix(REVISED)
        else:
            resource.title = resource.title[: 300 - len(REVISED)] + REVISED
    elif kind == 1:  # the summary: a sentence rewritten
        words = resource.summary.rstrip(".").split()
        resource.summary = " ".join(words[1:] + words[:1]).capitalize() + "."
    elif kind == 2:  # a facet: a mineral added, or taken away
        mineral = minerals[number % len(minerals)]
        if resource.minerals.filter(pk=mineral.pk).exists():
            return lambda: resource.minerals.remove(mineral)
        return lambda: resource.minerals.add(mineral)
    else:  # another facet: the type
        resource.resource_type = types[number % len(types)]
    return None


def main():
    import django

    django.setup()
    from eprm_hub.models import Mineral, ResourceType
    from resources.models import Resource
    from resources.saving import save_resource

    rng = random.Random(3)
    pks = list(Resource.objects.published().values_list("pk", flat=True))
    minerals, types = list(Mineral.objects.all()), list(ResourceType.objects.all())
    print("ready", flush=True)
    times, number = [], 0
    next_start = time.monotonic()
    while True:
        ready, _, _ = select.select([sys.stdin], [], [], max(0, next_start - time.monotonic()))
        if ready and not sys.stdin.readline():  # closed: the searches are over
            break
        if ready:
            continue
        start = time.perf_counter()
        resource = Resource.objects.get(pk=rng.choice(pks))
        related = edit(resource, number, minerals, types)
        save_resource(resource, reason=REASON, related=related)
        times.append((time.perf_counter() - start) * 1000)
        number += 1
        # The next a second after this one began; at once after a save that took longer.
        next_start = max(next_start + INTERVAL, time.monotonic())
    summary = {
        "saves": len(times),
        "median_ms": statistics.median(times) if times else 0,
        "max_ms": max(times, default=0),
    }
    print(json.dumps(summary), flush=True)


if __name__ == "__main__":
    main()
