from analysis.offsets import OffsetMap, TextBuilder


def build(raw, pieces):
    b = TextBuilder(raw)
    for p in pieces:
        if isinstance(p, str):
            b.sep(p)
        else:
            b.add(*p)
    return b.build()


def test_slices_map_back_to_the_raw_text():
    raw = "# Title\n\nHello **big** world.\nNext line."
    text, om = build(raw, [(9, 15), (17, 20), (22, 29), " ", (30, 40)])
    assert text == "Hello big world. Next line."
    for word in ("Hello", "big", "world.", "Next", "line."):
        s = text.index(word)
        rs, re_ = om.span(s, s + len(word))
        assert raw[rs:re_] == word


def test_separators_snap_to_neighbouring_text():
    raw = "ab\n\ncd"
    text, om = build(raw, [(0, 2), "\n\n", (4, 6)])
    assert text == "ab\n\ncd"
    assert om.span(0, 6) == (0, 6)
    assert om.start(2) == 4  # a span starting in the separator starts at the next text
    assert om.end(3) == 2  # and one ending in it ends after the previous text


def test_json_round_trip():
    raw = "x" * 20
    _, om = build(raw, [(2, 5), " ", (7, 12)])
    again = OffsetMap.from_json(om.to_json())
    assert again.segments == om.segments
    assert again.span(4, 8) == om.span(4, 8)
