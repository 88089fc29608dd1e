"""The kremlin statements rendered in other sites' templates: does extraction carry over?

The gold of ``kremlin_en_html`` (title, date, time, lead, body paragraphs) is set in ten
page shapes of our own making, the shapes other official sites use: a WordPress theme
(an emphasised standfirst opening the text, ``<time datetime>``, a sidebar of recent
posts), a Bootstrap grid (an ``<h2>`` title, a "16.12.2012 11:00" line, a lead class,
cards heavier than a short text), an old table layout (the header and the text as
``<br>`` lines of one cell, a date line and nothing else), a Drupal node (field
boxes, a summary field that outweighs a short body, "Monday, 16 December 2012 - 11:00"),
a Joomla article ("Published: ..." in a ``<time>``), a Hugo post (its lead only in the
meta description, titled links to the next and previous posts), a French page dated
above its title day first with slashes, a page dated below its text, and a German
TYPO3 page ("16.12.2012 | 11:00 Uhr", a column of other news), and a Russian page whose
``<h1>`` names its section ("Новости") over the statement's ``<h2>`` title; and four
plain pages dated as themes show it (``DATE_SHAPES``).
No meta tags, no JSON-LD: what the pages show is all there is.  ``score_templates``
gives each shape's mean text F1, title and publication date (with its time where the
shape shows one); the quality gate holds them.
"""

from __future__ import annotations

import html
import random
import statistics
from collections.abc import Callable
from datetime import datetime
from typing import Any

SIDEBAR_ITEMS = 5
SEED = 7  # the other statements each page's sidebar lists: the same on every run

Gold = dict[str, Any]


def esc(text: str | None) -> str:
    return html.escape(text or "")


def paragraphs(gold: Gold) -> list[str]:
    return [line for line in gold["body_text"].split("\n") if line.strip()]


def when(gold: Gold) -> datetime:
    return datetime.fromisoformat(f"{gold['date']}T{gold['time'] or '00:00'}")


def wordpress(gold: Gold, others: list[Gold]) -> str:
    d = when(gold)
    text = "".join(f"<p>{esc(p)}</p>" for p in paragraphs(gold))
    lead = f"<p><em>{esc(gold['lead'])}</em></p>" if gold.get("lead") else ""
    recent = "".join(f"<li><a href='/p/{k}'>{esc(o['title'])}</a></li>"
                     for k, o in enumerate(others))
    return f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">
<title>{esc(gold['title'])} &#8211; Office of the President</title></head>
<body class="single single-post"><header id="masthead" class="site-header">
<p class="site-title"><a href="/">Office of the President</a></p>
<nav class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/speeches">Speeches</a></li></ul></nav></header>
<div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post hentry"><header class="entry-header">
<h1 class="entry-title">{esc(gold['title'])}</h1><div class="entry-meta">
<span class="posted-on">Posted on <time class="entry-date published"
 datetime="{d.isoformat()}+03:00">{d.strftime('%B %-d, %Y')}</time></span>
<span class="byline">by <a href="/author/press">Press Office</a></span></div></header>
<div class="entry-content">{lead}{text}</div>
<footer class="entry-footer">Posted in <a href="/category/news" rel="category tag">News</a>
</footer></article></main></div>
<aside id="secondary" class="widget-area"><h2 class="widget-title">Recent Posts</h2>
<ul>{recent}</ul></aside>
<footer class="site-footer">Proudly powered by WordPress</footer></body></html>"""


def bootstrap(gold: Gold, others: list[Gold]) -> str:
    text = "".join(f"<p>{esc(p)}</p>" for p in paragraphs(gold))
    lead = f"<p class='lead'>{esc(gold['lead'])}</p>" if gold.get("lead") else ""
    cards = "".join(
        f"<div class='card'><div class='card-body'><h5 class='card-title'><a href='/n/{k}'>"
        f"{esc(o['title'])}</a></h5><p class='card-text'>"
        f"{esc(o.get('lead') or o['body_text'][:150])}</p><small>{o['date']}</small></div></div>"
        for k, o in enumerate(others))
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{esc(gold['title'])} | Government Portal</title></head><body>
<nav class="navbar"><a class="navbar-brand" href="/">Government Portal</a>
<a class="nav-link" href="/">Home</a> <a class="nav-link" href="/press">Press</a></nav>
<div class="container"><div class="row"><div class="col-md-8">
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/press">Press</a></li></ol>
<h2>{esc(gold['title'])}</h2><p class="text-muted small">{when(gold).strftime('%d.%m.%Y %H:%M')}</p>
{lead}{text}<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a></div>
</div><div class="col-md-4"><h4>Latest</h4>{cards}</div></div></div>
<footer class="footer">© Government Portal. All rights reserved.</footer></body></html>"""


def tables(gold: Gold, others: list[Gold]) -> str:
    text = "<br><br>".join(esc(p) for p in paragraphs(gold))
    menu = "<br>".join(f"<a href='/s/{k}'>{o['title'][:30]}</a>" for k, o in enumerate(others))
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Office of the President - {esc(gold['title'])}</title></head><body>
<table width="100%"><tr><td colspan="2"><img src="/logo.gif" alt="Office of the President">
</td></tr><tr><td width="180" valign="top">{menu}</td><td valign="top">
<font size="4"><b>{esc(gold['title'])}</b></font><br>{when(gold).strftime('%-d %B %Y')}<br><br>
{text}<br><br><a href="/print">Print version</a> | <a href="/send">Send to a friend</a></td>
</tr><tr><td colspan="2"><small>Copyright Office of the President</small></td></tr></table>
</body></html>"""


def drupal(gold: Gold, others: list[Gold]) -> str:
    text = "".join(f"<p>{esc(p)}</p>" for p in paragraphs(gold))
    lead = (f"<div class='field field-name-field-summary'><div class='field-item'>"
            f"{esc(gold['lead'])}</div></div>" if gold.get("lead") else "")
    latest = "".join(f"<div class='views-row'><span>{o['date']}</span><div>"
                     f"<a href='/node/{k}'>{esc(o['title'])}</a></div></div>"
                     for k, o in enumerate(others))
    return f"""<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">
<title>{esc(gold['title'])} | Presidency</title></head>
<body class="page-node node-type-article"><div id="header"><a href="/" id="logo">Presidency</a>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></div>
<div id="main"><div id="content"><h1 class="title" id="page-title">{esc(gold['title'])}</h1>
<div class="node node-article"><div class="submitted">
<span>{when(gold).strftime('%A, %-d %B %Y - %H:%M')}</span></div>{lead}
<div class="field field-name-body"><div class="field-item even">{text}</div></div>
<div class="field field-name-field-tags">Tags: <a href="/tags/x">President</a></div></div></div>
<div class="region region-sidebar-second"><h2>Latest news</h2>{latest}</div></div>
<div id="footer">Presidency · Accessibility · Privacy</div></body></html>"""


def joomla(gold: Gold, others: list[Gold]) -> str:
    d = when(gold)
    text = "".join(f"<p>{esc(p)}</p>" for p in paragraphs(gold))
    latest = "".join(f"<li><a href='/n/{k}'>{esc(o['title'])}</a></li>"
                     for k, o in enumerate(others))
    return f"""<!DOCTYPE html><html lang="en-gb"><head><meta charset="utf-8">
<title>{esc(gold['title'])}</title></head><body class="site com_content view-article">
<header class="header"><a class="brand" href="/">Ministry of Foreign Affairs</a>
<ul class="nav menu"><li><a href="/">Home</a></li><li><a href="/press">Press</a></li></ul></header>
<main id="content"><div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">{esc(gold['title'])}</h2></div>
<dl class="article-info"><dt>Details</dt><dd class="published"><time datetime="{d.isoformat()}"
 itemprop="datePublished">Published: {d.strftime('%d %B %Y')}</time></dd>
<dd class="hits">Hits: 1234</dd></dl><div itemprop="articleBody">{text}</div>
<ul class="pager pagenav"><li class="previous"><a href="/p">Prev</a></li>
<li class="next"><a href="/n">Next</a></li></ul></div></main>
<div id="aside"><h3>Latest News</h3><ul class="latestnews">{latest}</ul></div>
<footer class="footer"><p>&copy; 2020 Ministry of Foreign Affairs</p></footer></body></html>"""


def hugo(gold: Gold, others: list[Gold]) -> str:
    d = when(gold)
    text = "".join(f"<p>{esc(p)}</p>" for p in paragraphs(gold))
    before, after = others[0], others[1]
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{esc(gold['title'])} · Presidential Press Service</title>
<meta name="description" content="{esc(gold.get('lead'))}"></head><body>
<header class="site-header"><a href="/" class="logo">Presidential Press Service</a>
<nav><a href="/posts/">Posts</a> <a href="/tags/">Tags</a> <a href="/about/">About</a></nav>
</header><main><article class="post"><header class="post-header">
<h1 class="post-title">{esc(gold['title'])}</h1><div class="post-meta">
<time datetime="{d.date().isoformat()}">{d.strftime('%b %-d, %Y')}</time> · 2 min read</div>
</header><div class="post-content">{text}</div><footer class="post-footer">
<ul class="post-tags"><li><a href="/tags/president/">president</a></li></ul>
<nav class="paginav"><a class="prev" href="/p/1"><span class="title">« Prev</span><br>
<span>{esc(before['title'])}</span></a><a class="next" href="/p/2"><span class="title">Next »
</span><br><span>{esc(after['title'])}</span></a></nav></footer></article></main>
<footer class="footer">&copy; 2024 Presidential Press Service · Powered by Hugo</footer>
</body></html>"""


def date_above(gold: Gold, others: list[Gold]) -> str:
    """A French page: its date above its title, day first with slashes ("05/06/2017")."""
    text = "".join(f"<p>{esc(p)}</p>" for p in paragraphs(gold))
    lead = f"<div class='intro'>{esc(gold['lead'])}</div>" if gold.get("lead") else ""
    related = "".join(f"<div class='item'><div class='date'>{when(o).strftime('%d/%m/%Y')}</div>"
                      f"<a href='/a/{k}'>{esc(o['title'])}</a></div>"
                      for k, o in enumerate(others))
    return f"""<html lang="fr"><head><meta charset="utf-8">
<title>{esc(gold['title'])} - Élysée de Velorie</title></head><body>
<div id="menu"><a href="/">Accueil</a> <a href="/actualites">Actualités</a></div>
<div id="page"><div class="article"><div class="date">{when(gold).strftime('%d/%m/%Y')}</div>
<h1>{esc(gold['title'])}</h1>{lead}<div class="texte">{text}</div></div>
<div class="related"><h3>À lire aussi</h3>{related}</div></div>
<div id="footer">Mentions légales</div></body></html>"""


def date_below(gold: Gold, others: list[Gold]) -> str:
    text = "".join(f"<p>{esc(p)}</p>" for p in paragraphs(gold))
    lead = f"<p class='summary'>{esc(gold['lead'])}</p>" if gold.get("lead") else ""
    return f"""<html lang="en"><head><meta charset="utf-8">
<title>{esc(gold['title'])} | Press Office</title></head><body>
<div class="top"><a href="/">Home</a> | <a href="/press">Press releases</a></div>
<div class="main"><h1>{esc(gold['title'])}</h1>{lead}<div class="body">{text}</div>
<p class="pubdate">Published: {when(gold).strftime('%d.%m.%Y, %H:%M')}</p></div>
<div class="bottom">Press Office · Contact · Sitemap</div></body></html>"""


def typo3(gold: Gold, others: list[Gold]) -> str:
    """A German page: "16.12.2012 | 11:00 Uhr" over the title, a column of other news."""
    d = when(gold)
    text = "".join(f"<p class='bodytext'>{esc(p)}</p>" for p in paragraphs(gold))
    lead = (f"<div class='news-teaser'><p>{esc(gold['lead'])}</p></div>"
            if gold.get("lead") else "")
    news = "".join(f"<div class='news-list-item'><span>{when(o).strftime('%d.%m.%Y')}</span>"
                   f"<h3><a href='/n/{k}'>{esc(o['title'])}</a></h3>"
                   f"<p>{esc((o.get('lead') or '')[:140])}</p></div>" for k, o in enumerate(others))
    return f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Bundespräsidialamt: {esc(gold['title'])}</title></head><body>
<div id="header"><ul id="mainnav"><li><a href="/">Startseite</a></li><li><a href="/reden">Reden</a>
</li></ul></div><div id="col2"><div class="news-single-item"><div class="news-single-timedata">
{d.strftime('%d.%m.%Y')} | {d.strftime('%H:%M')} Uhr</div><h1>{esc(gold['title'])}</h1>{lead}
<div class="news-text-wrap">{text}</div></div></div>
<div id="col3"><h2>Weitere Meldungen</h2>{news}</div><div id="footer">Impressum · Datenschutz</div>
</body></html>"""


def section_h1(gold: Gold, others: list[Gold]) -> str:
    """A Russian page whose <h1> names its section ("Новости"), the title an <h2> below."""
    text = "".join(f"<p>{esc(p)}</p>" for p in paragraphs(gold))
    return f"""<html lang="ru"><head><meta charset="utf-8">
<title>{esc(gold['title'])} — Новости — Президент Велории</title></head><body>
<div class="menu"><a href="/">Главная</a> <a href="/news">Новости</a></div>
<div class="content"><h1>Новости</h1><div class="news-item"><h2>{esc(gold['title'])}</h2>
<div class="date">{when(gold).strftime('%d.%m.%Y %H:%M')}</div>{text}</div></div>
<div class="footer">© Президент Велории</div></body></html>"""


def dated(block: Callable[[datetime], str]) -> Callable[[Gold, list[Gold]], str]:
    """A plain article page whose date is shown by ``block`` (a byline, a widget...)."""
    def render(gold: Gold, others: list[Gold]) -> str:
        text = "".join(f"<p>{esc(p)}</p>" for p in paragraphs(gold))
        return (f"<html lang='en'><head><title>{esc(gold['title'])} | Press Office</title>"
                f"</head><body><nav><a href='/'>Home</a></nav><article>"
                f"<h1>{esc(gold['title'])}</h1>{block(when(gold))}<div class='body'>{text}</div>"
                f"</article><footer>Press Office</footer></body></html>")
    return render


# Dates as themes show them: a byline "Posted by ... on ... at ...", a calendar widget of
# three elements, hAtom's <abbr title>, an update's date before the publication's.
DATE_SHAPES = {
    "date_posted_by": dated(lambda d: f"<div class='meta'>Posted by Press Office on "
                                      f"{d.strftime('%B %-d, %Y')} at "
                                      f"{d.strftime('%-I:%M %p').lower()}</div>"),
    "date_widget": dated(lambda d: f"<div class='date'><span>{d.day}</span>"
                                   f"<span>{d.strftime('%b')}</span><span>{d.year}</span></div>"),
    "date_abbr": dated(lambda d: f"<abbr class='published' title='{d.isoformat()}'>"
                                 f"{d.strftime('%B %-d, %Y')}</abbr>"),
    "date_updated_first": dated(lambda d: "<p class='meta'>Updated: 1 January 2024 · Published: "
                                          f"{d.strftime('%-d %B %Y, %H:%M')}</p>"),
}


# name -> (render, whether the shape shows the time of day)
TEMPLATES: dict[str, tuple[Callable[[Gold, list[Gold]], str], bool]] = {
    "wordpress": (wordpress, True), "bootstrap": (bootstrap, True), "tables": (tables, False),
    "drupal": (drupal, True), "joomla": (joomla, True), "hugo": (hugo, False),
    "date_above": (date_above, False), "date_below": (date_below, True), "typo3": (typo3, True),
    "section_h1": (section_h1, True),
    "date_posted_by": (DATE_SHAPES["date_posted_by"], True),
    "date_widget": (DATE_SHAPES["date_widget"], False),
    "date_abbr": (DATE_SHAPES["date_abbr"], True),
    "date_updated_first": (DATE_SHAPES["date_updated_first"], True),
}


def score_templates(golds: list[Gold]) -> dict[str, float]:
    """Mean text F1, title and publication date of the pages rendered in each template."""
    from communique.errors import PageDropped
    from communique.extract.html import extract_html
    from communique.models import Page, Source

    from .bench_html import document_text, squash, token_f1

    pick = random.Random(SEED)
    others = [pick.sample(golds, SIDEBAR_ITEMS) for _ in golds]
    scores: dict[str, float] = {}
    for name, (render, timed) in TEMPLATES.items():
        rows: list[tuple[float, float, float]] = []
        for gold, around in zip(golds, others, strict=True):
            page = Page(content=render(gold, around), format="html", url=None,
                        source=Source(format="html", path=f"{name}/{gold['file']}"))
            try:
                doc = extract_html(page)[0]
            except PageDropped:
                rows.append((0.0, 0.0, 0.0))
                continue
            shown = f"{gold['date']}T{gold['time']}" if timed and gold["time"] else gold["date"]
            rows.append((token_f1(document_text(doc), gold["body_text"]),
                         float(squash(doc.title) == squash(gold["title"])),
                         float((doc.published_at or "").startswith(shown))))
        for k, key in enumerate(("text_f1", "title", "published")):
            scores[f"{name}_{key}"] = round(statistics.fmean(r[k] for r in rows), 4)
    return scores


# The same statements as plain-text dumps of four shapes: a title, a date line, the lead and
# the text; a date line over its title and the site's furniture after the text; a scraper's
# header of fields; a "Title | Site" line and a dateline opening the text.
TEXT_SHAPES: dict[str, tuple[Callable[[Gold], str], bool]] = {
    "text_plain": (lambda g: f"{g['title']}\n\n{when(g).strftime('%B %-d, %Y, %H:%M')}\n\n"
                   + (f"{g['lead']}\n\n" if g.get("lead") else "")
                   + "\n\n".join(paragraphs(g)) + "\n", True),
    "text_furniture": (lambda g: f"{when(g).strftime('%d.%m.%Y %H:%M')}\n{g['title']}\n\n"
                       + "\n".join(paragraphs(g))
                       + "\n\nShare this:\nFacebook\nTwitter\n\nRelated news\n", True),
    "text_fields": (lambda g: f"URL: {g['url']}\nTitle: {g['title']}\n"
                    f"Date: {when(g).strftime('%Y-%m-%d %H:%M')}\n\n"
                    + "\n\n".join(paragraphs(g)) + "\n", True),
    "text_dateline": (lambda g: f"{g['title']} | President of Russia\n\n"
                      + "\n\n".join([f"MOSCOW, {when(g).strftime('%B %-d, %Y')} – {p}"
                                       if k == 0 else p for k, p in enumerate(paragraphs(g))])
                      + "\n", False),
}


def score_text_shapes(golds: list[Gold]) -> dict[str, float]:
    """Title and publication date of the statements (with a text) as text dumps of each shape."""
    from communique.extract.text import documents_from_text

    from .bench_html import squash

    scores: dict[str, float] = {}
    texts = [g for g in golds if g["body_text"].strip()]
    for name, (render, timed) in TEXT_SHAPES.items():
        title = published = 0.0
        for gold in texts:
            doc = documents_from_text(render(gold))[0]
            shown = f"{gold['date']}T{gold['time']}" if timed and gold["time"] else gold["date"]
            title += squash(doc.title) == squash(gold["title"])
            published += (doc.published_at or "").startswith(shown)
        scores[f"{name}_title"] = round(title / len(texts), 4)
        scores[f"{name}_published"] = round(published / len(texts), 4)
    return scores

