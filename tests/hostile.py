"""Write a hostile corpus: one file per way a folder of articles can go wrong, beside good ones.

``write_hostile_corpus(folder)`` writes it and returns case name → path; run
``python -m tests.hostile OUTDIR`` to write it for a look or a manual run of the suite.
All text here is made up for the tests.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HUGE_CHARS = 5_000_000

GOOD = """Title: Port workers end strike after pay deal
Outlet: Example Wire
Author: Jane Doe
Date: 2023-05-04
URL: https://example.org/port-strike

Dock workers in the northern port returned to work on Thursday after a two-week strike that had
left hundreds of ships waiting at anchor off the coast.

The union said its members had accepted a pay rise of six percent this year and four percent
next year. "We did not get everything we wanted, but this is a fair deal," said the union's
regional secretary, who led the talks for the workers.

Shipping companies warned that it would take weeks for the backlog of containers to clear.
"""

NEAR = """# Farmers protest new water rules in the valley

By John Roe

March 3, 2022

Hundreds of farmers drove their tractors into the town centre on Monday to protest new rules on
water use. The rules limit how much water each farm may draw from the river during the summer.
Officials say the river has fallen to its lowest level in forty years. Farmers say the limits
will ruin the harvest and force some families off the land. The regional minister met a group of
protesters in the afternoon and promised to review the rules. A decision is expected by the end
of the month. Environmental groups welcomed the limits and said they were long overdue. Police
said the protest was peaceful and that no one had been arrested. Traffic in the town centre was
blocked for several hours while the tractors were parked outside the town hall. The farmers said
they would return next week if the rules were not changed.
"""

LATIN1 = """Title: Café owners in Zürich welcome tourists back
Outlet: Example Wire
Date: 2022-07-01

José Müller, who runs a small café near the lake, said that the summer had been the busiest
since the pandemic. "We are very happy to see the visitors again," he said, adding that his staff
had worked long hours all through the season. The city expects more than a million guests this year.
"""

RUSSIAN = """Title: Переговоры в Москве продолжатся
Outlet: Пример Новости
Date: 2022-01-24

Министр иностранных дел заявил в понедельник, что переговоры продолжатся на следующей неделе.
По его словам, стороны обсудили вопросы торговли и безопасности, а также подготовку нового
соглашения. Эксперты считают, что договорённость может быть достигнута уже весной.
"""

PERSIAN = """Title: گفتگوها در تهران ادامه می‌یابد
Outlet: خبرگزاری نمونه
Date: 2022-02-10

وزیر امور خارجه روز دوشنبه گفت که گفتگوها هفته آینده در تهران ادامه پیدا می‌کند. به گفته او
دو طرف درباره تجارت، انرژی و همکاری‌های منطقه‌ای گفتگو کردند و پیشرفت خوبی داشتند.
کارشناسان می‌گویند که توافق نهایی ممکن است تا پایان سال امضا شود.
"""

UTF16 = """Title: Rail line reopens after floods
Outlet: Example Wire
Date: 2021-11-15

The coastal rail line reopened on Monday, three weeks after floods washed away part of the
track near the river mouth. Engineers worked day and night to rebuild the embankment.
"""

HTML = """Title: Council approves new bridge &amp; tunnel plan
Outlet: Example Wire
Date: 2020-09-14

<div class="article-body"><p>The city council voted on Tuesday to approve the bridge &amp; tunnel
plan, which has been debated for <strong>more than ten years</strong>.</p>
<p>&ldquo;This is a historic day for the city,&rdquo; the mayor said after the vote.<br>
Work is expected to start next spring &ndash; if funding is confirmed.</p>
<script>trackPageView("article");</script>
<p>Opponents said the plan would cost too much &amp; harm the old harbour.</p></div>
"""

QUOTES = """Title: Minister's remarks draw criticism
Outlet: Example Wire
Date: 2019-04-02

The minister said: "We will not accept what they called 'a final offer' and we will say so.
Critics replied that the minister had "misread the room and the 'mood' of the country.

She added, 'The so-called "reform" is nothing of the kind," before leaving the hall.
« Nous verrons », said one diplomat, while another said „maybe" and left.
"""

BAD_DATE = """Title: Harbour festival draws record crowds
Outlet: Example Wire
Date: the day after the storm

The harbour festival drew record crowds this weekend, with more than fifty thousand visitors
over two days, the organisers said on Sunday evening.
"""

NO_METADATA = ("the old mill by the river has been turned into a library and the town council says that "
               "more than two hundred people visited it in the first week it was open to the public\n")

HEADER_ONLY = """Title: A story with no body
Outlet: Example Wire
Date: 2021-01-01
URL: https://example.org/no-body
"""

RECORDS = [
    {"id": "r1", "title": "Wind farm approved", "outlet": "Example Wire", "date": "2021-06-01",
     "text": "The government approved a new wind farm off the coast on Tuesday. It will power a "
             "hundred thousand homes when it is finished in three years."},
    None,  # the broken line
    {"id": "r3", "title": "School year extended", "outlet": "Example Wire", "date": "2021-06-02",
     "text": "The school year will be extended by two weeks to make up for lessons lost during the "
             "winter, the education ministry said on Wednesday."},
]


def _huge() -> str:
    """A header and about five million characters of body, paragraph after numbered paragraph."""
    head = "Title: The very long report\nOutlet: Example Wire\nDate: 2020-01-01\n\n"
    para = ("Paragraph {n} of the report describes, in great detail, the findings of the committee "
            "on the state of the roads and the bridges of the region.\n\n")
    parts, size, n = [head], len(head), 0
    while size < HUGE_CHARS:
        parts.append(para.format(n=n))
        size += len(parts[-1])
        n += 1
    return "".join(parts)


def write_hostile_corpus(folder: str | os.PathLike) -> dict[str, Path]:
    """Write every hostile case (and good articles beside them) into ``folder``; case → path."""
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}

    def put(case: str, name: str, data: bytes | str) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        files[case] = path

    put("good", "good.txt", GOOD)
    put("near_original", "farmers.md", NEAR)
    put("empty", "empty.txt", b"")
    put("binary", "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    put("bom", "bom.txt", b"\xef\xbb\xbf" + UTF16.replace("Rail line", "Tram line").replace(
        "The coastal rail line", "The city tram line").replace("Engineers", "Crews").encode("utf-8"))
    put("utf16le", "utf16le.txt", b"\xff\xfe" + UTF16.encode("utf-16-le"))
    put("utf16be", "utf16be.txt", b"\xfe\xff" + UTF16.replace("coastal", "mountain").replace(
        "river mouth", "old quarry").encode("utf-16-be"))
    put("cp1251", "cp1251.txt", RUSSIAN.replace("Москве", "Минске").replace(
        "в понедельник", "во вторник").replace("весной", "летом").encode("cp1251"))
    put("latin1", "latin1.txt", LATIN1.encode("latin-1"))
    put("header_only", "header_only.txt", HEADER_ONLY)
    put("no_metadata", "no_metadata.txt", NO_METADATA)
    put("bad_date", "bad_date.txt", BAD_DATE)
    put("huge", "huge.txt", _huge())
    put("exact_copy", "sub/good_copy.txt", GOOD)
    put("spaced_copy", "sub/good_spaced.txt", GOOD.replace(". ", ".  ").replace("\n", "\r\n"))
    put("near_copy", "sub/farmers_again.md", NEAR.replace("lowest level", "lowest  level").replace(
        "several hours", "three hours").replace("\n", " \n"))
    put("russian", "russian.txt", RUSSIAN)
    put("persian", "persian.txt", PERSIAN)
    put("html", "html.txt", HTML)
    put("quotes", "quotes.txt", QUOTES)
    lines = [json.dumps(r, ensure_ascii=False) if r else '{"id": "r2", "title": "Broken", "text": "cut sh'
             for r in RECORDS]
    put("jsonl", "records.jsonl", "\n".join(lines) + "\n")
    put("csv_no_text", "no_text.csv", "title,body\nA headline,A body\n")
    put("unreadable", "unreadable.txt", GOOD.replace("Port workers", "Airport staff").replace(
        "Dock workers in the northern port", "Airport staff in the capital"))
    os.chmod(files["unreadable"], 0)
    loop_a, loop_b = root / "loop_a.txt", root / "loop_b.txt"
    loop_a.symlink_to(loop_b.name)
    loop_b.symlink_to(loop_a.name)
    files["symlink_loop"] = loop_a
    (root / "sub" / "back").symlink_to("..", target_is_directory=True)
    files["folder_loop"] = root / "sub" / "back"
    return files


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m tests.hostile OUTDIR")
    for case, path in write_hostile_corpus(sys.argv[1]).items():
        print(f"{case}\t{path}")
