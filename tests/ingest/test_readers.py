"""Readers: every format made here by the test, read into Articles or Rejects naming the place."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from onrecord.ingest import FieldMap, iter_located, read_inputs
from onrecord.ingest.readers import count_records
from onrecord.schema import Article, Reject

STORY = ("The foreign minister of France met his German counterpart in Berlin on Tuesday. "
         "The two governments agreed to expand cooperation on energy, officials said.")


def articles(items) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def rejects(items) -> list[Reject]:
    return [i for i in items if isinstance(i, Reject)]


def test_jsonl_with_field_mapping_and_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"body": STORY, "uid": "a1", "published": "2024-03-05T10:00:00Z"})
                 + "\n{broken\n" + json.dumps({"uid": "a3"}) + "\n", encoding="utf-8")
    items = list(read_inputs([str(f)], FieldMap(text="body", id="uid", date="published")))
    (art,) = articles(items)
    assert (art.id, art.date, art.text) == ("a1", "2024-03-05", STORY)
    bad = rejects(items)
    assert [(r.source, r.location) for r in bad] == [(str(f), "line 2"), (str(f), "line 3")]
    assert "malformed JSON" in bad[0].reason and "'body'" in bad[1].reason


def test_csv_and_gzipped_csv(tmp_path: Path) -> None:
    rows = "id,date,title,text\nc1,2023-01-02,Talks,\"" + STORY + "\"\nc2,,Short,\"Hello, world.\"\n"
    (tmp_path / "t.csv").write_text(rows, encoding="utf-8")
    with gzip.open(tmp_path / "u.csv.gz", "wt", encoding="utf-8") as fh:
        fh.write(rows.replace("c1", "g1").replace("c2", "g2"))
    located = list(iter_located([str(tmp_path / "t.csv"), str(tmp_path / "u.csv.gz")],
                                default_date="2020-01-01"))
    arts = articles(x.item for x in located)
    assert [a.id for a in arts] == ["c1", "c2", "g1", "g2"]
    assert arts[0].date == "2023-01-02" and arts[1].date == "2020-01-01"
    assert arts[0].title == "Talks" and arts[0].text == STORY
    assert located[1].where == f"{tmp_path / 't.csv'}:line 3"


def test_csv_without_text_column_is_one_reject(tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    f.write_text("id,body\n1,hello\n", encoding="utf-8")
    (r,) = list(read_inputs([str(f)]))
    assert isinstance(r, Reject) and "no 'text' column" in r.reason and "--text-field" in r.reason
    (a,) = list(read_inputs([str(f)], FieldMap(text="body")))
    assert a.text == "hello" and a.id == "1"


def test_json_object_and_list(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"text": STORY, "date": "5 March 2024"}))
    (tmp_path / "many.json").write_text(json.dumps([{"text": STORY}, {"text": 3}]))
    items = list(read_inputs([str(tmp_path / "one.json"), str(tmp_path / "many.json")]))
    one, first, bad = items
    assert one.id == "one" and one.date == "2024-03-05"
    assert first.id == "many-1"
    assert isinstance(bad, Reject) and bad.location == "item 2"


HTML = """<html><head><title>Talks resume | Daily Planet</title>
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Talks resume</h1><p>{p1}</p><p>{p2}</p></article>
<footer>Copyright Daily Planet</footer></body></html>"""
P1 = ("The foreign minister of France met his German counterpart in Berlin on Tuesday to discuss "
      "trade. The two sides agreed to continue the talks next month, officials said.")
P2 = ("Germany said it would send a delegation to Paris. France welcomed the decision and "
      "promised more cooperation on energy and transport.")


def test_html_pages_in_a_directory_tree(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "2024").mkdir(parents=True)
    (site / "2024" / "talks.html").write_text(HTML.format(p1=P1, p2=P2), encoding="utf-8")
    (site / "empty.html").write_text("<html><head><title>x</title></head><body></body></html>")
    (site / "logo.png").write_bytes(b"\x89PNG\x00\x00")
    items = list(read_inputs([str(site)]))
    (art,) = articles(items)
    assert art.id == "2024/talks" and art.date == "2024-03-05" and art.title == "Talks resume"
    assert P1 in art.text and P2 in art.text and "Copyright" not in art.text
    reasons = sorted(r.reason.split(" (")[0].split(":")[0] for r in rejects(items))
    assert reasons == ["no main text found in the HTML page", "unsupported file type '.png'"]


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Planet World</title>
<item><title>Talks</title><link>https://example.org/talks</link><guid>urn:talks</guid>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;{p1}&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://example.org/empty</link></item>
</channel></rss>"""


def test_rss_feed(tmp_path: Path) -> None:
    f = tmp_path / "world.rss"
    f.write_text(RSS.format(p1=P1), encoding="utf-8")
    items = list(read_inputs([str(f)]))
    (art,) = articles(items)
    assert (art.id, art.date, art.url, art.source) == (
        "urn:talks", "2024-03-05", "https://example.org/talks", "Planet World")
    assert art.text == P1
    (bad,) = rejects(items)
    assert bad.location == "entry 2"


def make_warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for uri, ctype, body in [
            ("https://news.example.org/talks", "text/html; charset=utf-8",
             HTML.format(p1=P1, p2=P2).encode()),
            ("https://news.example.org/logo.png", "image/png", b"\x89PNG"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                            http_headers=headers)
            writer.write_record(rec)


def test_warc_responses_with_html(tmp_path: Path) -> None:
    f = tmp_path / "CC-NEWS-test.warc.gz"
    make_warc(f)
    items = list(read_inputs([str(f)]))
    (art,) = items
    assert isinstance(art, Article)
    assert art.url == "https://news.example.org/talks" and art.date == "2024-03-05"
    assert P2 in art.text and len(art.id) == 36  # the WARC-Record-ID uuid
    assert count_records([str(f)]) == 1


def test_bad_gzip_and_missing_file_are_rejects(tmp_path: Path) -> None:
    f = tmp_path / "broken.jsonl.gz"
    f.write_bytes(b"this is not gzip")
    items = list(read_inputs([str(f), str(tmp_path / "nope.txt")]))
    assert all(isinstance(i, Reject) for i in items) and len(items) == 2
    assert "cannot read" in items[0].reason and items[1].reason == "no such file or directory"


def test_count_records(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n{"text": "y"}\n')
    (tmp_path / "b.txt").write_text(STORY)
    assert count_records([str(tmp_path)]) == 3
    assert count_records(["-"]) is None


ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Desk</title><entry><title>Talks</title><id>tag:desk,2024:1</id>
<link href="https://example.org/a"/><published>2024-03-06T08:00:00Z</published>
<content type="html">&lt;p&gt;{p1}&lt;/p&gt;&lt;p&gt;{p2}&lt;/p&gt;</content></entry></feed>"""


def test_atom_feed_gzipped(tmp_path: Path) -> None:
    f = tmp_path / "desk.atom.gz"
    with gzip.open(f, "wt", encoding="utf-8") as fh:
        fh.write(ATOM.format(p1=P1, p2=P2))
    (art,) = list(read_inputs([str(f)]))
    assert (art.id, art.date, art.url, art.source) == (
        "tag:desk,2024:1", "2024-03-06", "https://example.org/a", "Desk")
    assert art.text == P1 + "\n" + P2
