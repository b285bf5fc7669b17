"""What a catalogue's in-memory index takes, whatever its representation.

The index's fields change as the engine does (bitsets over primary keys today, over visible
rows tomorrow), so its size is measured by walking whatever it holds rather than by naming
its fields: sys.getsizeof of every object reachable from it, each counted once.
"""

import sys
import types
from array import array
from collections import Counter
from dataclasses import dataclass

# Shared by everything, not held by the index: a class, a module or a function it refers to.
NOT_HELD = (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType, types.MethodType)
BUFFERS = (array, bytes, bytearray, memoryview)
WORD_BITS = 64


@dataclass
class Size:
    bytes: Counter  # by kind: "bitsets", "arrays", "other"
    objects: Counter

    @property
    def total(self):
        return sum(self.bytes.values())

    def mib(self, kind=None):
        return (self.total if kind is None else self.bytes[kind]) / 2**20


def kind_of(obj):
    """Bitsets are Python ints wider than a machine word (a narrower one is a number, or a
    set so small its size does not matter); arrays are any buffer of numbers."""
    if isinstance(obj, int) and not isinstance(obj, bool) and obj.bit_length() > WORD_BITS:
        return "bitsets"
    if isinstance(obj, BUFFERS) or hasattr(obj, "__array_interface__"):  # numpy too
        return "arrays"
    return "other"


def deep_size(root, exclude=()):
    """The bytes of root and of every object it holds, each counted once (by id)."""
    seen = {id(obj) for obj in exclude}
    size = Size(Counter(), Counter())
    stack = [root]
    while stack:
        obj = stack.pop()
        if id(obj) in seen or isinstance(obj, NOT_HELD):
            continue
        seen.add(id(obj))
        kind = kind_of(obj)
        size.bytes[kind] += sys.getsizeof(obj)
        size.objects[kind] += 1
        stack.extend(_held_by(obj))
    return size


def _held_by(obj):
    if isinstance(obj, dict):
        return [*obj.keys(), *obj.values()]
    if isinstance(obj, list | tuple | set | frozenset):
        return list(obj)
    if isinstance(obj, memoryview):
        return [obj.obj]  # getsizeof counts the view, not the memory it shows
    held = []
    if hasattr(obj, "__dict__"):
        held.append(vars(obj))
    for cls in type(obj).__mro__:
        slots = getattr(cls, "__slots__", ())
        for slot in [slots] if isinstance(slots, str) else slots:
            if slot not in ("__dict__", "__weakref__") and hasattr(obj, slot):
                held.append(getattr(obj, slot))
    return held


def index_size(index):
    """The size of an index as its catalogue's build returned it."""
    return deep_size(index)
