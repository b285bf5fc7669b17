"""The server-rendered SVG charts (eprm_hub/charts.py): no database."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.utils.safestring import SafeString

from eprm_hub.charts import BAR_COLOUR, PALETTE, bar_chart, grouped_bar_chart, responsive

SVG = "{http://www.w3.org/2000/svg}"

STEPS = [
    "Establish strong management systems",
    "Identify and assess risks in the supply chain",
    "Design and implement a strategy to respond to risks",
    "Carry out an independent third-party audit",
    "Report annually on supply-chain due diligence",
]


def parse(svg):
    return ET.fromstring(str(svg))


def bars(root):
    return [rect for rect in root.iter(f"{SVG}rect") if rect.get("class") == "chart__bar"]


def texts(root, css_class=None):
    """The texts, their lines (tspans) joined with spaces."""
    return [
        " ".join(element.itertext())
        for element in root.iter(f"{SVG}text")
        if css_class is None or element.get("class") == css_class
    ]


def contrast(colour):
    def channel(value):
        value = int(value, 16) / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return 1.05 / (0.2126 * red + 0.7152 * green + 0.0722 * blue + 0.05)


def scores_chart(**kwargs):
    return bar_chart(
        "Scores per step", list(zip(STEPS, [100, 50, None, 25, 0], strict=True)), **kwargs
    )


def history_chart(**kwargs):
    return grouped_bar_chart(
        "Scores per check",
        STEPS,
        [
            ("2024-03-01", [40, 20, None, 0, 60]),
            ("2025-03-01", [80, 50, 30, None, 100]),
        ],
        **kwargs,
    )


@pytest.mark.parametrize("make", [scores_chart, history_chart])
def test_a_chart_is_an_accessible_svg_image(make):
    svg = make(maximum=100, description="What the chart shows.")
    assert isinstance(svg, SafeString)
    root = parse(svg)  # well-formed XML
    assert root.tag == f"{SVG}svg"
    assert str(svg).startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    assert root.get("role") == "img"
    assert root.get("class") == "chart"
    assert re.fullmatch(r"0 0 \d+ \d+(\.\d)?", root.get("viewBox"))
    assert root.get("width") is None and root.get("height") is None  # scales with the page
    title_id, desc_id = root.get("aria-labelledby").split()
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert (title.get("id"), desc.get("id")) == (title_id, desc_id)
    assert title.text in ("Scores per step", "Scores per check")
    assert desc.text == "What the chart shows."


@pytest.mark.parametrize("make", [scores_chart, history_chart])
def test_no_inline_style_and_no_script(make):
    svg = str(make())
    assert not re.search(r"\sstyle=", svg)  # font-style="italic" is an SVG attribute
    root = parse(svg)
    for element in root.iter():
        assert element.tag not in (f"{SVG}style", f"{SVG}script")
        assert "style" not in element.attrib


@pytest.mark.parametrize("make", [scores_chart, history_chart])
def test_text_is_large_enough_and_dark(make):
    root = parse(make())
    for element in root.iter(f"{SVG}text"):
        assert float(element.get("font-size")) >= 12
        assert element.get("fill") == "currentColor"


def test_ids_are_unique_across_charts():
    roots = [parse(scores_chart()), parse(scores_chart()), parse(history_chart())]
    ids = [element.get("id") for root in roots for element in root.iter() if element.get("id")]
    assert len(ids) == 9
    assert len(set(ids)) == len(ids)
    for root in roots:
        own = {element.get("id") for element in root.iter()}
        assert set(root.get("aria-labelledby").split()) <= own


def test_a_given_chart_id_is_used_as_a_slug():
    root = parse(scores_chart(chart_id="Step scores 2025"))
    assert root.get("id") == "step-scores-2025"
    assert root.get("aria-labelledby") == "step-scores-2025-title step-scores-2025-desc"


def test_a_description_is_generated_when_none_is_given():
    root = parse(scores_chart(maximum=100))
    assert root.find(f"{SVG}desc").text == "Bar chart of 5 values on a scale from 0 to 100."
    root = parse(history_chart())
    assert root.find(f"{SVG}desc").text == (
        "Grouped bar chart: 5 categories, one bar for each of 2024-03-01, 2025-03-01, "
        "on a scale from 0 to 100."
    )


def test_bar_chart_has_one_bar_per_value_with_a_proportional_width():
    root = parse(scores_chart(maximum=100))
    found = bars(root)
    assert len(found) == 4  # 100, 50, 25, 0: the None gets no bar
    widths = [float(bar.get("width")) for bar in found]
    full = widths[0]
    assert full > 200
    assert widths[1:] == [pytest.approx(full / 2, abs=0.1), pytest.approx(full / 4, abs=0.1), 0]
    assert len({bar.get("x") for bar in found}) == 1  # all start on the axis


def test_bar_chart_maximum_sets_the_scale():
    full = float(bars(parse(bar_chart("t", [("a", 50)], maximum=100)))[0].get("width"))
    half = float(bars(parse(bar_chart("t", [("a", 50)], maximum=200)))[0].get("width"))
    assert half == pytest.approx(full / 2, abs=0.1)


def test_bar_chart_without_maximum_scales_to_a_round_number_above_the_largest_value():
    root = parse(bar_chart("Projects per country", [("Rwanda", 3), ("Peru", 12), ("Chad", 6)]))
    widths = [float(bar.get("width")) for bar in bars(root)]
    assert widths[1] == pytest.approx(4 * widths[0], abs=0.3)  # coordinates have one decimal
    assert widths[1] == pytest.approx(2 * widths[2], abs=0.3)
    assert texts(root, "chart__value") == ["3", "12", "6"]
    ticks = [text for text in texts(root) if text.isdigit() and text not in ("3", "12", "6")]
    assert ticks == ["0", "5", "10", "15"]


def test_bar_chart_prints_each_value_with_its_unit_and_draws_none_as_no_answer():
    root = parse(scores_chart(maximum=100, unit="%"))
    assert texts(root, "chart__value") == ["100%", "50%", "25%", "0%"]
    assert texts(root, "chart__missing") == ["no answer"]


def test_bar_chart_prints_decimals():
    root = parse(bar_chart("t", [("a", 12.5), ("b", 2 / 3)], maximum=100))
    assert texts(root, "chart__value") == ["12.5", "0.67"]


def test_axis_ticks_at_quarters_of_100():
    root = parse(scores_chart(maximum=100))
    axis = next(group for group in root.iter(f"{SVG}g") if group.get("class") == "chart__axis")
    assert ["".join(text.itertext()) for text in axis.iter(f"{SVG}text")] == [
        "0",
        "25",
        "50",
        "75",
        "100",
    ]
    xs = [float(line.get("x1")) for line in axis.iter(f"{SVG}line")]
    bar = bars(root)[0]  # the 100 bar ends on the last tick
    assert xs[0] == pytest.approx(float(bar.get("x")), abs=0.1)
    assert xs[-1] == pytest.approx(float(bar.get("x")) + float(bar.get("width")), abs=0.1)


def test_bar_colours_default_to_deep_blue_and_can_be_given_per_row():
    root = parse(bar_chart("t", [("a", 1), ("b", 2, "#a12622"), ("c", 3, None)]))
    assert [bar.get("fill") for bar in bars(root)] == [BAR_COLOUR, "#a12622", BAR_COLOUR]
    assert BAR_COLOUR == "#0f3a55"
    assert contrast(BAR_COLOUR) >= 4.5


def test_labels_are_escaped():
    svg = str(bar_chart('<script>alert("x")</script>', [("<script>alert(1)</script>", 5)]))
    assert "<script" not in svg
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in svg
    root = parse(svg)
    assert not list(root.iter(f"{SVG}script"))
    assert root.find(f"{SVG}title").text == '<script>alert("x")</script>'
    assert texts(root, "chart__label") == ["<script>alert(1)</script>"]

    svg = str(
        grouped_bar_chart(
            "t", ["<b>step</b>"], [("<i>2025</i>", [1], '"/><script>alert(2)</script>')]
        )
    )
    assert "<script" not in svg and "<b>" not in svg and "<i>" not in svg
    root = parse(svg)
    assert texts(root, "chart__label") == ["<b>step</b>"]
    assert "<i>2025</i>" in texts(root)


def test_long_labels_wrap_onto_lines_instead_of_being_cut():
    label = "Design and implement a strategy to respond to identified risks in the supply chain"
    root = parse(bar_chart("t", [(label, 10), ("Short", 5)]))
    long_label, short_label = (
        text for text in root.iter(f"{SVG}text") if text.get("class") == "chart__label"
    )
    lines = [tspan.text for tspan in long_label.iter(f"{SVG}tspan")]
    assert len(lines) >= 2
    assert " ".join(lines) == label  # every word is kept
    assert len(list(short_label.iter(f"{SVG}tspan"))) == 1
    # The labels end left of the bars, and the widest line fits in the space left of them.
    x = float(bars(root)[0].get("x"))
    assert all(float(tspan.get("x")) < x for tspan in long_label.iter(f"{SVG}tspan"))
    assert max(len(line) for line in lines) * 14 * 0.5 < x


def test_grouped_chart_has_one_bar_per_value_coloured_by_series():
    root = parse(history_chart(unit="%"))
    found = bars(root)
    assert len(found) == 8  # 10 values, 2 of them None
    assert [bar.get("fill") for bar in found] == [
        PALETTE[0],
        PALETTE[1],  # step 1
        PALETTE[0],
        PALETTE[1],  # step 2
        PALETTE[1],  # step 3: the first check has no answer
        PALETTE[0],  # step 4: the second check has no answer
        PALETTE[0],
        PALETTE[1],  # step 5
    ]
    widths = [float(bar.get("width")) for bar in found]
    full = widths[-1]  # 100
    expected = [40, 80, 20, 50, 30, 0, 60, 100]
    assert widths == [pytest.approx(full * value / 100, abs=0.1) for value in expected]
    assert texts(root, "chart__value") == [f"{value}%" for value in expected]
    assert texts(root, "chart__missing") == ["no answer", "no answer"]
    assert texts(root, "chart__label") == STEPS


def test_grouped_chart_has_a_legend_in_the_series_colours():
    root = parse(history_chart())
    legend = next(group for group in root.iter(f"{SVG}g") if group.get("class") == "chart__legend")
    swatches = [rect.get("fill") for rect in legend.iter(f"{SVG}rect")]
    names = ["".join(text.itertext()) for text in legend.iter(f"{SVG}text")]
    assert swatches == [PALETTE[0], PALETTE[1]]
    assert names == ["2024-03-01", "2025-03-01"]


def test_grouped_chart_accepts_series_colours_and_checks_lengths():
    root = parse(grouped_bar_chart("t", ["a", "b"], [("s", [1, 2], "#123456")]))
    assert {bar.get("fill") for bar in bars(root)} == {"#123456"}
    with pytest.raises(ValueError):
        grouped_bar_chart("t", ["a", "b"], [("s", [1])])


def test_palette_colours_are_distinct_and_contrast_with_white():
    assert len(set(PALETTE)) == len(PALETTE) >= 5
    for colour in PALETTE:
        assert contrast(colour) >= 3, colour


def test_five_series_each_get_their_own_colour():
    series = [(f"20{year}", [year * 5] * 5) for year in range(20, 25)]
    root = parse(grouped_bar_chart("t", STEPS, series))
    assert len({bar.get("fill") for bar in bars(root)}) == 5
    assert len(bars(root)) == 25


@pytest.mark.parametrize("chart", [bar_chart, grouped_bar_chart])
def test_on_a_phone_the_compact_layout_keeps_the_text_legible(chart):
    """At 375 px a chart is about 343 px wide. The wide layout (640 units) scales its 14-unit
    labels to 7.5 px there; the compact one (360 units, labels above the bars) keeps them at
    about 13 px."""
    if chart is bar_chart:
        args = ("Scores per step", list(zip(STEPS, [100, 50, None, 25, 0], strict=True)))
    else:
        args = ("Scores per check", STEPS, [("2024", [40, 55, 0, 10, 20]), ("2025", [80] * 5)])
    both = str(responsive(chart, *args, chart_id="scores"))
    wide, compact = re.findall(r"<svg .*?</svg>", both, re.S)
    wide, compact = parse(wide), parse(compact)
    assert wide.get("class") == "chart chart--wide" and wide.get("id") == "scores"
    assert compact.get("class") == "chart chart--compact" and compact.get("id") == "scores-compact"
    width = float(compact.get("viewBox").split()[2])
    rendered = 343 / width  # px per unit on a phone
    for element in compact.iter(f"{SVG}text"):
        assert float(element.get("font-size")) * rendered >= 11
    for label in compact.iter(f"{SVG}text"):
        if label.get("class") == "chart__label":
            assert label.get("text-anchor") is None  # starts at the left, above its bar
    assert 343 / float(wide.get("viewBox").split()[2]) * 14 < 8  # what the phone got before
    assert texts(compact, "chart__label") == texts(wide, "chart__label")
