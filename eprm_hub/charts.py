"""Server-rendered SVG charts: horizontal bars and grouped horizontal bars.

The pages' content security policy allows no inline style and no script, so the charts use SVG
presentation attributes (fill, stroke, font-size…) and CSS classes only. Every text is escaped.
The root <svg> is an image (role="img") named by its <title> and <desc>; it has a viewBox and no
fixed size, so `.chart { width: 100%; height: auto }` scales it. The templates put the numbers
in a data table next to the chart.

    bar_chart("Scores", [("Step 1", 80), ("Step 2", None)], maximum=100, unit="%")
    grouped_bar_chart("Scores by check", ["Step 1", "Step 2"],
                      [("2024-03-01", [40, 55]), ("2025-03-01", [80, None])])
"""

import math
import uuid

from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext, ngettext

#: The default bar colour: the Hub's primary blue (11.9:1 against white).
BAR_COLOUR = "#0f3a55"

#: Series colours, told apart also with colour-blindness; each at least 3:1 against white.
PALETTE = (
    "#0f3a55",  # deep blue, 11.9:1
    "#d55e00",  # vermilion, 3.9:1
    "#009e73",  # bluish green, 3.4:1
    "#cc79a7",  # reddish purple, 3.1:1
    "#0072b2",  # blue, 5.2:1
    "#6b7780",  # grey, 4.6:1
)

GRID_COLOUR = "#d5dce1"  # light grid lines (not text)
AXIS_COLOUR = "#7d8b95"  # the zero line, 3.5:1

WIDTH = 640  # the viewBox width: the chart's natural size
LABEL_SIZE = 14  # font sizes at the natural size
VALUE_SIZE = 13
TICK_SIZE = 12
LINE_HEIGHT = 17
LABEL_EM = 17  # labels wrap onto more lines beyond about this width, in em (238 units at 14)
GAP = 8
#: The compact layout's viewBox width: about the width a phone gives a chart (343 px at 375),
#: so that its text shows at nearly its natural size; each label sits on its own line(s)
#: above its bar, and wraps at the chart's width.
COMPACT_WIDTH = 360
COMPACT_LABEL_EM = (COMPACT_WIDTH - 2 * GAP) / LABEL_SIZE


def responsive(chart, *args, chart_id=None, **kwargs):
    """The chart twice: at its natural size for wide screens, and in the compact layout for
    phones, where the natural one, scaled down to half its size, has unreadable text. The CSS
    shows one of them (`.chart--wide`, `.chart--compact`); print shows the wide one."""
    wide = chart(*args, chart_id=chart_id, css_class="chart chart--wide", **kwargs)
    compact = chart(
        *args,
        chart_id=f"{chart_id}-compact" if chart_id else None,
        compact=True,
        css_class="chart chart--compact",
        **kwargs,
    )
    return _join([wide, compact])


def bar_chart(
    title,
    rows,
    *,
    maximum=None,
    unit="",
    description="",
    chart_id=None,
    compact=False,
    css_class="chart",
):
    """An SVG chart with one horizontal bar per row.

    rows: (label, value) or (label, value, colour); a value of None is drawn as "no answer",
    without a bar. maximum: the end of the scale; by default a round number above the largest
    value. unit: printed after each value ("%", " t"…). description: the chart's <desc>; by
    default one sentence saying what it shows. chart_id: the base of the element ids; by default
    a unique one.
    """
    rows = [_row(row) for row in rows]
    values = [value for _, value, _ in rows if value is not None]
    maximum, ticks = _scale(values, maximum)
    if not description:
        description = ngettext(
            "Bar chart of %(count)d value on a scale from 0 to %(maximum)s.",
            "Bar chart of %(count)d values on a scale from 0 to %(maximum)s.",
            len(rows),
        ) % {"count": len(rows), "maximum": _number(maximum, unit)}

    width = COMPACT_WIDTH if compact else WIDTH
    labels = [_wrap(label, COMPACT_LABEL_EM if compact else LABEL_EM) for label, _, _ in rows]
    label_width = 2 * GAP if compact else _label_width(labels)
    value_width = _text_width(
        [_number(value, unit) for value in values] + [_number(maximum, unit)], VALUE_SIZE
    )
    plot = _Plot(label_width, width - GAP - value_width - GAP, maximum)

    bar_height = 22
    y = GAP
    parts = []
    for (_, value, colour), lines in zip(rows, labels, strict=True):
        if compact:
            parts.append(_label_above(lines, plot.x0 + 4, y))
            middle = y + len(lines) * LINE_HEIGHT + 4 + bar_height / 2
            height = len(lines) * LINE_HEIGHT + 4 + bar_height + 12
        else:
            height = max(bar_height, len(lines) * LINE_HEIGHT) + 14
            middle = y + height / 2
            parts.append(_label(lines, label_width - GAP, middle))
        parts.append(_bar(plot, value, middle, bar_height, colour, unit, VALUE_SIZE))
        y += height
    parts.insert(0, _axis(plot, ticks, GAP, y, unit))
    return _svg(title, description, chart_id, y + 24, parts, width, css_class)


def grouped_bar_chart(
    title,
    categories,
    series,
    *,
    maximum=100,
    unit="",
    description="",
    chart_id=None,
    compact=False,
    css_class="chart",
):
    """An SVG chart with, for each category, one horizontal bar per series, and a legend.

    categories: the labels (e.g. the five OECD steps). series: (name, values) or
    (name, values, colour), values aligned with categories, None for "no answer"; at most about
    five series (e.g. the checks, oldest first). maximum: the end of the scale; None for a round
    number above the largest value. unit, description, chart_id: as for bar_chart().
    """
    categories = [str(category) for category in categories]
    series = [_series(index, item, len(categories)) for index, item in enumerate(series)]
    values = [value for _, values, _ in series for value in values if value is not None]
    maximum, ticks = _scale(values, maximum)
    description = description or _grouped_description(categories, series, maximum, unit)

    width, labels, label_width = _grouped_layout(categories, compact)
    legend, y = _legend(series, width)
    plot = _value_plot(label_width, width, values, maximum, unit)

    top = y
    parts = [legend]
    for index, lines in enumerate(labels):
        group = _Group(plot, lines, [(values[index], colour) for _, values, colour in series])
        parts += group.compact(y, unit) if compact else group.beside(y, label_width, unit)
        if index:  # a light line between categories
            parts.append(_separator(y, width))
        y += group.height(compact)
    parts.insert(1, _axis(plot, ticks, top, y, unit))
    return _svg(title, description, chart_id, y + 24, parts, width, css_class)


def _grouped_layout(categories, compact):
    """(width, wrapped labels, label width): compact charts put each label above its bars."""
    if compact:
        return COMPACT_WIDTH, [_wrap(c, COMPACT_LABEL_EM) for c in categories], 2 * GAP
    labels = [_wrap(category, LABEL_EM) for category in categories]
    return WIDTH, labels, _label_width(labels)


def _value_plot(label_width, width, values, maximum, unit):
    """The bars' room: after the labels, and before the widest value printed at a bar's end."""
    value_width = _text_width(
        [_number(value, unit) for value in values] + [_number(maximum, unit)], TICK_SIZE
    )
    return _Plot(label_width, width - GAP - value_width - GAP, maximum)


def _separator(y, width):
    return format_html(
        '<line class="chart__separator" x1="0" y1="{}" x2="{}" y2="{}" stroke="{}"/>',
        _n(y),
        width,
        _n(y),
        GRID_COLOUR,
    )


def _grouped_description(categories, series, maximum, unit):
    return gettext(
        "Grouped bar chart: %(categories)s, one bar for each of %(series)s, "
        "on a scale from 0 to %(maximum)s."
    ) % {
        "categories": ngettext("%(count)d category", "%(count)d categories", len(categories))
        % {"count": len(categories)},
        "series": ", ".join(name for name, _, _ in series) or "—",
        "maximum": _number(maximum, unit),
    }


class _Group:
    """One category of a grouped bar chart: its label and one bar per series, either beside the
    label (wide) or under it (compact)."""

    BAR_HEIGHT, BAR_GAP = 16, 4

    def __init__(self, plot, lines, bars):
        self.plot, self.lines, self.bars = plot, lines, bars
        self.bars_height = len(bars) * (self.BAR_HEIGHT + self.BAR_GAP) - self.BAR_GAP

    def height(self, compact):
        if compact:
            return len(self.lines) * LINE_HEIGHT + 12 + self.bars_height + 12
        return max(self.bars_height, len(self.lines) * LINE_HEIGHT) + 20

    def beside(self, y, label_width, unit):
        height = self.height(compact=False)
        label = _label(self.lines, label_width - GAP, y + height / 2)
        return [label, *self._bars(y + (height - self.bars_height) / 2, unit)]

    def compact(self, y, unit):
        label = _label_above(self.lines, self.plot.x0 + 4, y + 8)
        return [label, *self._bars(y + len(self.lines) * LINE_HEIGHT + 12, unit)]

    def _bars(self, bar_y, unit):
        parts = []
        for value, colour in self.bars:
            middle = bar_y + self.BAR_HEIGHT / 2
            parts.append(_bar(self.plot, value, middle, self.BAR_HEIGHT, colour, unit, TICK_SIZE))
            bar_y += self.BAR_HEIGHT + self.BAR_GAP
        return parts


class _Plot:
    """Where the bars go: from x0 to x1 for 0 to maximum."""

    def __init__(self, x0, x1, maximum):
        self.x0, self.x1, self.maximum = x0, x1, maximum

    def x(self, value):
        value = min(max(value, 0), self.maximum)  # out-of-scale values still print as they are
        return self.x0 + (self.x1 - self.x0) * value / self.maximum


def _svg(title, description, chart_id, height, parts, width=WIDTH, css_class="chart"):
    base = slugify(str(chart_id)) if chart_id else ""
    base = base or f"chart-{uuid.uuid4().hex[:12]}"
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="{}" role="img" '
        'viewBox="0 0 {} {}" aria-labelledby="{}-title {}-desc" id="{}">'
        '<title id="{}-title">{}</title><desc id="{}-desc">{}</desc>{}</svg>',
        css_class,
        width,
        _n(height),
        base,
        base,
        base,
        base,
        str(title),
        base,
        str(description),
        _join(parts),
    )


def _join(parts):
    # Every part was built by format_html(), which escaped what it put in.
    return mark_safe("".join(parts))


def _axis(plot, ticks, top, bottom, unit):
    parts = []
    for tick in ticks:
        x = _n(plot.x(tick))
        parts.append(
            format_html(
                '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}"/>'
                '<text x="{}" y="{}" text-anchor="middle" font-size="{}" fill="currentColor">'
                "{}</text>",
                x,
                _n(top),
                x,
                _n(bottom),
                AXIS_COLOUR if tick == 0 else GRID_COLOUR,
                x,
                _n(bottom + 18),
                TICK_SIZE,
                _number(tick, unit),
            )
        )
    return format_html('<g class="chart__axis" aria-hidden="true">{}</g>', _join(parts))


def _label(lines, x, middle):
    first = middle - (len(lines) - 1) * LINE_HEIGHT / 2 + 0.35 * LABEL_SIZE
    tspans = [
        format_html('<tspan x="{}" y="{}">{}</tspan>', _n(x), _n(first + i * LINE_HEIGHT), line)
        for i, line in enumerate(lines)
    ]
    return format_html(
        '<text class="chart__label" text-anchor="end" font-size="{}" fill="currentColor">{}</text>',
        LABEL_SIZE,
        _join(tspans),
    )


def _label_above(lines, x, top):
    """A label on its own line(s), starting at x, its first line's top at top."""
    tspans = [
        format_html(
            '<tspan x="{}" y="{}">{}</tspan>',
            _n(x),
            _n(top + 0.8 * LABEL_SIZE + i * LINE_HEIGHT),
            line,
        )
        for i, line in enumerate(lines)
    ]
    return format_html(
        '<text class="chart__label" font-size="{}" fill="currentColor">{}</text>',
        LABEL_SIZE,
        _join(tspans),
    )


def _bar(plot, value, middle, height, colour, unit, font_size):
    baseline = _n(middle + 0.35 * font_size)
    if value is None:
        return format_html(
            '<text class="chart__missing" x="{}" y="{}" font-size="{}" font-style="italic" '
            'fill="currentColor">{}</text>',
            _n(plot.x0 + 6),
            baseline,
            font_size,
            gettext("no answer"),
        )
    end = plot.x(value)
    return format_html(
        '<rect class="chart__bar" x="{}" y="{}" width="{}" height="{}" fill="{}"/>'
        '<text class="chart__value" x="{}" y="{}" font-size="{}" fill="currentColor">{}</text>',
        _n(plot.x0),
        _n(middle - height / 2),
        _n(end - plot.x0),
        height,
        colour,
        _n(end + 6),
        baseline,
        font_size,
        _number(value, unit),
    )


def _legend(series, width=WIDTH):
    """The legend's SVG and the y where the chart below it starts."""
    parts, x, y = [], 0, GAP
    for name, _, colour in series:
        size = 14 + 6 + _text_width([name], VALUE_SIZE)
        if x and x + size > width:
            x, y = 0, y + 22
        parts.append(
            format_html(
                '<rect class="chart__swatch" x="{}" y="{}" width="14" height="14" fill="{}"/>'
                '<text x="{}" y="{}" font-size="{}" fill="currentColor">{}</text>',
                _n(x),
                _n(y),
                colour,
                _n(x + 20),
                _n(y + 7 + 0.35 * VALUE_SIZE),
                VALUE_SIZE,
                name,
            )
        )
        x += size + 20
    legend = format_html('<g class="chart__legend">{}</g>', _join(parts))
    return legend, (y + 22 + GAP if series else GAP)


def _row(row):
    label, value, *rest = row
    return str(label), _value(value), rest[0] if rest and rest[0] else BAR_COLOUR


def _series(index, item, length):
    name, values, *rest = item
    values = [_value(value) for value in values]
    if len(values) != length:
        raise ValueError(f"Series {name!r} has {len(values)} values for {length} categories.")
    colour = rest[0] if rest and rest[0] else PALETTE[index % len(PALETTE)]
    return str(name), values, colour


def _value(value):
    return None if value is None else float(value)


def _scale(values, maximum):
    """(maximum, ticks): a given maximum, or a round one above the largest value."""
    if maximum is not None and maximum > 0:
        return _given_scale(float(maximum))
    top = max([*values, 0])
    if top <= 0:
        return 1.0, [0.0, 1.0]
    step = next(s for s in _steps(top / 5) if math.ceil(top / s - 1e-9) <= 5)
    intervals = math.ceil(top / step - 1e-9)
    return step * intervals, [step * i for i in range(intervals + 1)]


def _given_scale(maximum):
    for intervals in (4, 5, 3, 2):  # 0/25/50/75/100 for 100
        step = round(maximum / intervals, 10)
        if step in _steps(step):
            return maximum, [step * i for i in range(intervals + 1)]
    step = next(s for s in _steps(maximum / 5) if maximum / s <= 5)
    ticks = [step * i for i in range(math.ceil(maximum / step))]
    ticks = [tick for tick in ticks if maximum - tick > step / 2]  # not too close to the end
    return maximum, [*ticks, maximum]


def _steps(around):
    """Round tick steps (1, 2, 2.5 from 10 up, 5, times powers of ten) from about `around` up."""
    exponent = math.floor(math.log10(around)) - 1 if around > 0 else 0
    steps = []
    for power in range(exponent, exponent + 4):
        for mantissa in (1, 2, 2.5, 5):
            if mantissa == 2.5 and power < 1:
                continue
            steps.append(round(mantissa * 10**power, 10))
    return steps


def _number(value, unit=""):
    """A value as printed: at most two decimals, in the language's number format."""
    value = round(float(value), 2)
    return f"{number_format(int(value) if value.is_integer() else value)}{unit}"


def _n(number):
    """A coordinate: at most one decimal."""
    return f"{round(number, 1):g}"


def _wrap(label, limit=LABEL_EM):
    """The label's lines, each at most limit em wide; a longer word is cut."""
    lines, line = [], ""
    for word in str(label).split():
        while _em(word) > limit:  # a very long word: as much as fits, then the rest
            if line:
                lines.append(line)
                line = ""
            cut = max(1, next(i for i in range(len(word), 0, -1) if _em(word[:i]) <= limit))
            lines.append(word[:cut])
            word = word[cut:]
        candidate = f"{line} {word}" if line else word
        if line and _em(candidate) > limit:
            lines.append(line)
            candidate = word
        line = candidate
    return [*lines, line] if line or not lines else lines


def _em(text):
    """An upper estimate of the text's width in em, for common sans-serif fonts."""
    return sum(_char_em(char) for char in text)


def _char_em(char):
    if char in "ilj.,:;'|!Iı":
        return 0.32
    if char in "ftr ()[]-/":
        return 0.42
    if char in "mwMW@%—":
        return 1.0
    return 0.76 if char.isupper() else 0.64  # lower case, digits and the rest


def _text_width(texts, font_size):
    return max((_em(str(text)) for text in texts), default=0) * font_size


def _label_width(labels):
    lines = [line for label in labels for line in label]
    return max(80.0, _text_width(lines, LABEL_SIZE) + GAP * 2)
