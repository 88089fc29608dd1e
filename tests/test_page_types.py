"""Page types: a statement gives one statement, a listing or a home page its teasers, and a
page of the site's own (redirect, login, contacts, links, consent, biography) is dropped with
its reason; a statement that looks like one of those is kept."""

from __future__ import annotations

import pytest

from communique.errors import PageDropped
from communique.extract.html import extract_html
from communique.extract.pagetypes import is_home
from communique.extract.text import documents_from_text
from communique.models import Document, Page, Source

SITE = "https://president.veloria.example"
SEARCH_FORM = "<form action='/search'><input name='q'><button>Search</button></form>"
LOGIN_BOX = ("<form action='/login'><input name='user'><input type='password' name='pw'>"
             "<button>Sign in</button></form>")


def html_page(content: str, url: str | None = None) -> Page:
    return Page(content=content, format="html", url=url,
                source=Source(format="html", path="page.html", url=url))


def page(title: str, main: str, *, head: str = "", header: str = SEARCH_FORM) -> str:
    return (f"<html lang='en'><head><title>{title} • President of Veloria</title>{head}</head>"
            f"<body><header>{header}</header><main>{main}</main>"
            "<footer>© Republic of Veloria</footer></body></html>")


def paragraphs(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


DATED = "<time datetime='2025-03-12T10:00:00+02:00'>12 March 2025</time>"
BIOGRAPHY = paragraphs(
    "Born on 2 June 1968 in Tervik, in the northern provinces of Veloria.",
    "In 1991 she graduated from Lessa State University and joined the Foreign Ministry.",
    "From 2009 to 2014 she was Ambassador of Veloria to Oranthe.")
COOKIE_TEXT = paragraphs(
    "We use cookies to keep this site secure and to measure how it is used.",
    "Cookies that measure use are set only if you agree; change your choice at any time.")
CONSENT_FORM = ("<form method='post' action='/consent'><button>Accept all cookies</button>"
                "<button>Reject additional cookies</button></form>")

DROPPED = [
    pytest.param(page("This page has moved", "<h1>This page has moved</h1>" + paragraphs(
        "The page you are looking for is now at a new address.",
        f"<a href='{SITE}/news/7742'>{SITE}/news/7742</a>"),
        head=f"<meta http-equiv='refresh' content='5; url={SITE}/news/7742'>"
             f"<link rel='canonical' href='{SITE}/news/7742'>"),
        "redirect page", id="meta-refresh"),
    pytest.param(page("Press Area", "<h1>Press Accreditation Area</h1>" + paragraphs(
        "This area is reserved for accredited journalists.", "Please sign in to continue.")
        + LOGIN_BOX), "login page", id="login-wall"),
    pytest.param(page("Contacts", "<h1>Contacts</h1>" + paragraphs(
        "12 Citadel Avenue, Lessa 10001, Republic of Veloria.",
        "Letters to the President are answered within 30 days.")), "contacts page",
        id="contacts"),
    pytest.param(page("Republic of Veloria", "<h1>Republic of Veloria</h1>"
                      "<p>Official portal of the Government</p><ul>"
                      "<li><a href='/en/'>English Enter the site</a></li>"
                      "<li><a href='/fr/'>Français Entrer sur le site</a></li>"
                      "<li><a href='/de/'>Deutsch Zur Website</a></li></ul>"),
                 "page of links", id="language-choice"),
    pytest.param(page("Before you continue", "<div role='dialog'><h1>Before you continue to "
                      "gov.veloria.example</h1>" + COOKIE_TEXT + CONSENT_FORM + "</div>"),
                 "cookie consent page", id="consent-untitled"),
    pytest.param(page("Ilse Marenko", "<h1>Ilse Marenko</h1>" + BIOGRAPHY,
                      head="<meta property='og:type' content='profile'>"),
                 "biography page", id="profile-type"),
    pytest.param(page("Biography", "<h1>Biography</h1>" + BIOGRAPHY), "biography page",
                 id="biography-title"),
    pytest.param(page("El Presidente de la República", "<h1>El Presidente de la República</h1>"
                      + BIOGRAPHY), "biography page", id="an-office-alone"),
    pytest.param(page("Biografia do Presidente", "<h1>Biografia do Presidente</h1>"
                      + BIOGRAPHY), "biography page", id="biography-of-an-office"),
    pytest.param(page("About the ministry", "<h1>About the ministry</h1>" + paragraphs(
        "The Ministry of Foreign Affairs of Veloria was founded in 1921 in Lessa.",
        "It has 84 embassies and 12 consulates.")), "about page", id="about"),
    pytest.param(page("찾아오시는 길", "<h1>찾아오시는 길</h1>" + paragraphs(
        "레사 시타델 대로 12, 벨로리아 공화국 외교부 청사.")), "contacts page", id="directions"),
    # A profile dated by its birth date is still a profile.
    pytest.param(page("Ilse Marenko", "<h1>Ilse Marenko</h1><p class='born'>Born "
                      "<time datetime='1968-03-14'>14 March 1968</time> in Lessa.</p>"
                      + BIOGRAPHY, head="<meta property='og:type' content='profile'>"),
                 "biography page", id="profile-dated-by-birth"),
    pytest.param(page("Official website", "<h2>Subscribe</h2>" + paragraphs(
        "News of the President of the Republic of Veloria, every day.")), "home page",
        id="home-without-items"),
]


@pytest.mark.parametrize(("html", "reason"), DROPPED)
def test_own_pages_are_dropped_with_their_reason(html: str, reason: str) -> None:
    url = f"{SITE}/" if reason == "home page" else f"{SITE}/pages/1"
    with pytest.raises(PageDropped, match=reason):
        extract_html(html_page(html, url=url))


KEPT = [
    pytest.param(page("Cookie rules", "<h1>Veloria adopts new rules on cookies</h1>" + DATED
                      + paragraphs("The Government approved rules on cookies on websites.",
                                   "Cookies that track visitors will need their consent.")
                      + CONSENT_FORM), id="statement-about-cookies"),
    pytest.param(page("Tracking rules", "<h1>Veloria adopts new rules on tracking</h1>"
                      + paragraphs("The Government approved rules on cookies on websites.",
                                   "Cookies that track visitors will need their consent.")),
                 id="undated-statement-about-cookies"),
    pytest.param(page("Harbour", "<h1>The President visited the harbour of Lessa</h1>" + DATED
                      + paragraphs("The President visited the harbour of Lessa today."),
                      header=LOGIN_BOX), id="short-statement-beside-a-login-form"),
    pytest.param(page("Ilse Marenko (1968–2025)", "<h1>Ilse Marenko (1968–2025)</h1>" + DATED
                      + BIOGRAPHY, head="<meta property='og:type' content='article'>"),
                 id="obituary"),
    pytest.param(page("Condolences", "<h1>Condolences on the death of Ilse Marenko</h1>"
                      + BIOGRAPHY, head="<script type='application/ld+json'>{\"@type\": "
                      "\"NewsArticle\", \"author\": {\"@type\": \"Person\"}}</script>"
                      "<script type='application/ld+json'>{\"@type\": \"Person\", "
                      "\"name\": \"Ilse Marenko\"}</script>"), id="condolence"),
]


@pytest.mark.parametrize("html", KEPT)
def test_statements_like_own_pages_are_kept(html: str) -> None:
    docs = extract_html(html_page(html, url=f"{SITE}/news/7750"))
    assert [d.complete for d in docs] == [True]
    assert docs[0].blocks


@pytest.mark.parametrize(("address", "home"), [
    pytest.param(f"{SITE}/", True, id="root"),
    pytest.param(SITE, True, id="bare-host"),
    pytest.param(f"{SITE}/en/", True, id="language-root"),
    pytest.param(f"{SITE}/fr-ca/index.html", True, id="index-file"),
    pytest.param(f"{SITE}/index.php?id=12", False, id="query"),
    pytest.param(f"{SITE}/news/7742", False, id="statement"),
    pytest.param(f"{SITE}/en/news/", False, id="section"),
    pytest.param(None, False, id="no-address"),
])
def test_is_home(address: str | None, home: bool) -> None:
    assert is_home(address) is home


def titles(docs: list[Document]) -> list[tuple[bool, str | None, str | None]]:
    return [(d.complete, d.title, d.published_at) for d in docs]


def test_home_page_gives_teasers_of_every_dated_group() -> None:
    feed = "".join(f"<li><time datetime='2025-03-1{n}'>1{n} March</time> <a href='/news/{n}'>"
                   f"Meeting with the Governor of region {n}</a></li>" for n in range(3))
    speeches = "".join(f"<li><a href='/speech/{n}'>Address number {n} to the nation</a> "
                       f"<time datetime='2025-02-0{n + 1}'>{n + 1} February</time></li>"
                       for n in range(2))
    main = ("<section class='hero'><h2><a href='/news/9'>Veloria and Oranthe sign the customs "
            "agreement</a></h2><p>The leaders signed it in Lessa.</p>"
            "<time datetime='2025-03-14'>14 March</time></section>"
            f"<section><h2><a href='/news'>Latest news</a></h2><ul>{feed}</ul></section>"
            f"<section><h2>Speeches</h2><ul>{speeches}</ul></section>")
    docs = extract_html(html_page(page("Official website", main), url=f"{SITE}/en/"))
    assert [d.complete for d in docs] == [False] * 6
    assert [d.url for d in docs] == [f"{SITE}/news/9", *(f"{SITE}/news/{n}" for n in range(3)),
                                     f"{SITE}/speech/0", f"{SITE}/speech/1"]
    assert docs[0].published_at == "2025-03-14"


def test_home_page_of_times_alone_gives_its_list() -> None:
    feed = "".join(f"<li><span class='t'>1{n}:40</span> <a href='/zh/news/{n}'>"
                   f"阿尔维德总统同奥斯特拉瓦总统第{n}次通电话</a></li>" for n in range(4))
    docs = extract_html(html_page(page("维洛里亚共和国总统", f"<ul>{feed}</ul>"),
                                  url=f"{SITE}/zh/"))
    assert [d.complete for d in docs] == [False] * 4


DOCUMENTS = "".join(
    f"<li><span class='date'>2{n}/02/2025</span> <a href='/docs/dl-{n}.pdf'>Decree No. {n}/2025 "
    f"on the national water reserve and its use</a> <span>(PDF)</span></li>" for n in range(5))


def test_intro_and_a_list_of_dated_documents_is_a_listing() -> None:
    main = ("<h1>Decrees adopted in 2025</h1><p>The texts published in the Official Gazette "
            f"of Veloria are authoritative.</p><ul class='docs'>{DOCUMENTS}</ul>")
    docs = extract_html(html_page(page("Decrees", main), url=f"{SITE}/documents/decrees"))
    assert [d.complete for d in docs] == [False] * 5
    assert docs[0].url == f"{SITE}/docs/dl-0.pdf"
    assert docs[0].published_at == "2025-02-20"


def test_dated_statement_with_a_list_of_documents_is_a_statement() -> None:
    main = ("<h1>The Government adopted five decrees</h1>" + DATED + "<p>The Government "
            f"adopted five decrees today.</p><ul class='docs'>{DOCUMENTS}</ul>")
    docs = extract_html(html_page(page("Decrees", main), url=f"{SITE}/news/7751"))
    assert docs[0].complete and docs[0].title == "The Government adopted five decrees"


def test_category_page_of_one_card_gives_its_teaser() -> None:
    main = ("<h1>Press releases: Civil protection</h1><div class='card'><div class='top'>"
            "<a href='/category/civil'>Civil protection</a><span>6 March 2025</span></div>"
            "<h3><a href='/releases/28114'>Weather alert in the Lessa region: the crisis unit "
            "meets</a></h3><p>The Prime Minister convened the crisis unit with the prefects of "
            "the northern provinces.</p></div>")
    docs = extract_html(html_page(page("Civil protection", main), url=f"{SITE}/category/civil"))
    assert [(d.complete, d.url, d.published_at) for d in docs] == [
        (False, f"{SITE}/releases/28114", "2025-03-06")]
    assert docs[0].title == "Weather alert in the Lessa region: the crisis unit meets"


def test_statement_under_its_own_linked_heading_is_kept() -> None:
    main = ("<h1><a href='/news/7752'>The President met the rescuers of Lessa</a></h1>" + DATED
            + "<p>The President thanked the rescuers who worked through the floods.</p>")
    docs = extract_html(html_page(page("Rescuers", main), url=f"{SITE}/news/7752"))
    assert [d.complete for d in docs] == [True]


def test_agenda_items_in_spans_are_lines_of_text() -> None:
    items = "".join(
        f"<div class='agenda__day'><h2>{day}</h2><div class='agenda__item'><span>{clock}</span> "
        f"<span>{what}</span> <span>Citadel, Lessa</span></div></div>"
        for day, clock, what in (("Monday, 17 March", "10:00", "Meeting with the Prime Minister"),
                                 ("Tuesday, 18 March", "12:00", "Ceremony of state awards")))
    main = (f"<h1>The President's schedule for 17–21 March</h1>{DATED}"
            "<p>The schedule may change; accreditation closes the day before.</p>"
            f"<div class='agenda'>{items}</div>")
    doc = extract_html(html_page(page("Schedule", main), url=f"{SITE}/schedule/2025-03-17"))[0]
    assert [b.text for b in doc.blocks] == [
        "The schedule may change; accreditation closes the day before.", "Monday, 17 March",
        "10:00 Meeting with the Prime Minister Citadel, Lessa", "Tuesday, 18 March",
        "12:00 Ceremony of state awards Citadel, Lessa"]


@pytest.mark.parametrize("label", ["Transcript", "Full text:", "Стенограмма"])
def test_section_label_over_the_text_goes(label: str) -> None:
    main = (f"<h1>Address to the nation</h1>{DATED}<section><h2>{label}</h2>"
            + paragraphs("Fellow citizens,", "Three weeks ago the waters of the Vela rose.")
            + "<h2>Transcript of the questions</h2><p>We will rebuild every bridge.</p>"
            + "</section>")
    doc = extract_html(html_page(page("Address", main), url=f"{SITE}/video/7701"))[0]
    assert [b.text for b in doc.blocks][:1] == ["Fellow citizens,"]
    assert "Transcript of the questions" in [b.text for b in doc.blocks]


def test_a_listing_beside_a_footer_of_divs() -> None:
    items = "".join(f"<li><span class='date'>1{n}.03.2024</span> <a href='/news/{n}'>"
                    f"Der Präsident empfängt den Botschafter von Ostrava Nummer {n}</a></li>"
                    for n in range(5))
    footer = ("<div class='footer'><p>© Auswärtiges Amt der Republik Veloria. Alle Rechte "
              "vorbehalten. Werderplatz 3, 10117 Lessa. Telefon und Bürgerservice "
              "werktags von 9 bis 18 Uhr erreichbar.</p></div>")
    html = ("<html><head><title>Pressemitteilungen</title></head><body><main>"
            f"<h1>Pressemitteilungen</h1><ul>{items}</ul></main>{footer}</body></html>")
    docs = extract_html(html_page(html, url=f"{SITE}/de/presse"))
    assert [d.complete for d in docs] == [False] * 5


def test_a_feeds_items_dates_beside_the_days_heading() -> None:
    items = [("Сегодня, 11:20", "Томас Арвид провёл совещание с членами правительства"),
             ("Вчера, 18:40", "Томас Арвид встретился с губернатором Северной области"),
             ("12 марта, 16:00", "Томас Арвид посетил новый порт в городе Лесса")]
    rows = "".join(f"<li><span class='time'>{when}</span> <a href='/news/{n}'>{title}</a></li>"
                   for n, (when, title) in enumerate(items))
    html = ("<html><head><title>Новости</title></head><body><div class='top'>14 марта 2024, "
            f"четверг</div><main><h1>Новости</h1><ul>{rows}</ul></main></body></html>")
    docs = extract_html(html_page(html, url=f"{SITE}/ru/news"))
    # Today's item is of the heading's day, yesterday's is not dated by it; a day and month
    # of its own is.
    assert [d.published_at for d in docs] == ["2024-03-14T11:20", None, "2024-03-12T16:00"]


def test_a_feeds_date_and_time_in_two_elements() -> None:
    rows = "".join(f"<li><span class='date'>1{n} березня 2024</span> <span class='time'>"
                   f"18:2{n}</span> <a href='/news/{n}'>Президент зустрівся з послом Остравії "
                   f"номер {n}</a></li>" for n in range(3))
    html = ("<html><head><title>Новини</title></head><body><main><h1>Новини</h1>"
            f"<ul>{rows}</ul></main></body></html>")
    docs = extract_html(html_page(html, url=f"{SITE}/uk/news"))
    assert [d.published_at for d in docs] == [f"2024-03-1{n}T18:2{n}" for n in range(3)]


def test_a_feeds_items_whose_link_wraps_the_card() -> None:
    rows = "".join(f"<li><a href='/news/{n}'><span class='event__time'>1{n}:05</span> "
                   f"<span class='event__title'>Telephone conversation with the President of "
                   f"Ostrava number {n}</span></a></li>" for n in range(3))
    html = ("<html><head><title>Events</title></head><body><main><h2>14 March 2024</h2>"
            f"<ul>{rows}</ul></main></body></html>")
    docs = extract_html(html_page(html, url=f"{SITE}/en/events"))
    assert [d.title for d in docs] == [
        f"Telephone conversation with the President of Ostrava number {n}" for n in range(3)]


def figures(*captions: str) -> str:
    return "".join(f"<figure><a href='/g/{k}.jpg'><img src='/g/t{k}.jpg' alt=''></a>"
                   f"<figcaption>{caption}</figcaption></figure>"
                   for k, caption in enumerate(captions))


GALLERY_CAPTIONS = ("Arrival at Lessa airport", "The two presidents at the palace",
                    "Talks in an extended format", "Address to the parliament of Saldovia",
                    "A visit to the bridge over the Vela")


def test_a_gallery_with_its_date_and_credit_lines_is_dropped() -> None:
    main = ("<h1>State visit to Saldovia</h1><p class='gallery-date'>17.06.2025.</p>"
            f"<div class='gallery'>{figures(*GALLERY_CAPTIONS)}</div>"
            "<p>Photo: Press Service of the President of Veloria</p>")
    with pytest.raises(PageDropped, match="photo gallery"):
        extract_html(html_page(page("State visit to Saldovia", main)))


def test_a_short_readout_over_a_gallery_is_a_statement() -> None:
    main = (f"<h1>President Arvid visits Saldovia</h1>{DATED}"
            + paragraphs("The President arrived in Saldovia on a state visit.",
                         "He met President Ilse Rendahl.")
            + f"<div class='gallery'>{figures(*GALLERY_CAPTIONS)}</div>")
    doc = extract_html(html_page(page("President Arvid visits Saldovia", main)))[0]
    assert doc.blocks[0].text == "The President arrived in Saldovia on a state visit."


def test_a_video_page_with_a_strip_of_other_videos_is_dropped() -> None:
    strip = "".join(f"<div class='col'><a href='/video/{k}/'><img src='/v{k}.jpg' alt=''>"
                    f"<p>{title}</p></a><small>{day} May 2025</small></div>"
                    for k, (title, day) in enumerate([
                        ("The President opens the Lessa water forum", 21),
                        ("The President's address on Independence Day", 14),
                        ("A working visit to the southern province", 10)]))
    main = ("<h1>The President receives the Prime Minister of Oranthe</h1>"
            "<div class='meta'>Tuesday, 15 April 2025</div>"
            "<iframe src='https://video.example/embed/abc'></iframe>"
            "<p>Presidential Palace, Lessa, 15 April 2025</p>"
            f"<h3>More videos</h3><div class='row'>{strip}</div>")
    head = "<meta property='og:type' content='video.other'>"
    with pytest.raises(PageDropped, match="video page"):
        extract_html(html_page(page("Video: the President receives the Prime Minister", main,
                                    head=head)))


def test_a_listings_date_with_its_time_after_a_line_break() -> None:
    rows = "".join(
        f"<tr><td class='nd'>1{k}.12.2025<br>18:4{k}</td><td><a href='/news/{k}'>{title}</a>"
        "<p>The President spoke with his counterpart about trade and energy.</p></td></tr>"
        for k, title in enumerate(["Telephone conversation with the President of Oranthe",
                                   "Meeting with the Governor of the Dorn province",
                                   "Greetings on the Constitution Day of Saldovia"]))
    docs = extract_html(html_page(page("News", f"<h1>News</h1><table>{rows}</table>")))
    assert [d.published_at for d in docs] == ["2025-12-10T18:40", "2025-12-11T18:41",
                                              "2025-12-12T18:42"]


@pytest.mark.parametrize("item", [
    # A link that is the whole card holds the date in an element of its own.
    "<li><a href='/news/{k}'><div class='title'>{title}</div><div class='event'>"
    "<span class='date'>1{k}.05.2025</span></div></a></li>",
    # A date set apart in brackets after the title's link.
    "<li><a href='/news/{k}'>{title}</a><span>（2025-05-1{k}）</span></li>"],
    ids=["date-inside-the-card-link", "date-in-brackets"])
def test_a_listings_dates_in_a_card_link_or_in_brackets(item: str) -> None:
    titles = ["Telephone conversation with the President of Oranthe",
              "Meeting with the Governor of the Dorn province",
              "Greetings on the Constitution Day of Saldovia"]
    items = "".join(item.format(k=k, title=title) for k, title in enumerate(titles))
    docs = extract_html(html_page(page("News", f"<h1>News</h1><ul class='news'>{items}</ul>")))
    assert [(d.title, d.published_at) for d in docs] == [
        (title, f"2025-05-1{k}") for k, title in enumerate(titles)]


def test_a_consent_dialog_whose_buttons_say_nothing_of_cookies() -> None:
    html = ("<html lang='pl'><head><title>Prezydent Velorii</title></head><body>"
            "<div role='dialog' class='cw-overlay'><div class='cw-box'><h1>Zanim przejdziesz "
            "dalej</h1><p>Kancelaria Prezydenta Velorii wykorzystuje pliki cookies w celu "
            "zapewnienia prawidłowego działania serwisu.</p><p>Kliknij „Akceptuję wszystkie”, "
            "aby wyrazić zgodę na wykorzystanie wszystkich plików cookies.</p>"
            "<div class='cw-buttons'><button>Akceptuję wszystkie</button><button>Tylko "
            "niezbędne</button></div></div></div></body></html>")
    with pytest.raises(PageDropped, match="cookie consent page"):
        extract_html(Page(content=html, format="html", source=Source(format="html")))


@pytest.mark.parametrize(("text", "reason"), [
    ("Cổng thông tin Chủ tịch nước Veloria\nTrang chủ > Tìm kiếm\n"
     "Kết quả tìm kiếm cho từ khóa: \"năng lượng\"\nTìm thấy 87 kết quả\n"
     "Chủ tịch nước dự lễ khánh thành nhà máy điện gió Lessa\n14/03/2025 10:20\n"
     "... dự án cung cấp khoảng 1,2 tỷ kWh điện mỗi năm ...\n"
     "Chủ tịch nước tiếp Bộ trưởng Năng lượng Saldovia\n11/03/2025 15:05\n"
     "... hai bên trao đổi về hợp tác năng lượng ...\n", "search results"),
    ("Regeringen i Veloria\nSidan har flyttats\nSidan du försöker nå har flyttats till en ny "
     "adress.\nDen nya adressen är:\nhttps://regeringen.veloria.example/press/2025/03/lessa/\n"
     "Uppdatera gärna dina bokmärken.\n", "redirect page"),
    ("Γραφείο Τύπου της Βελορίας\nΣύνδεση διαπιστευμένων δημοσιογράφων\nΗ περιοχή αυτή "
     "προορίζεται μόνο για διαπιστευμένους συντάκτες.\nΌνομα χρήστη ή email\n"
     "Κωδικός πρόσβασης\nΣύνδεση\n", "login page"),
], ids=["search", "moved", "login"])
def test_text_pages_of_the_sites_own(text: str, reason: str) -> None:
    with pytest.raises(PageDropped, match=reason):
        documents_from_text(text)


def test_a_gallery_with_its_label_and_terms_of_use_is_dropped() -> None:
    main = ("<div class='gallery'><p class='gallery__type'>Bildgalleri</p><h1>Bildgalleri: "
            "Statsministerns besök i Lessa</h1><p class='gallery__meta'>Utgivet 2025-03-14 · "
            "Statsrådsberedningen</p><p>Bilder från besöket den 13 mars.</p>"
            f"{figures(*GALLERY_CAPTIONS)}<p>Bilderna får användas fritt i redaktionella "
            "sammanhang.</p></div>")
    with pytest.raises(PageDropped, match="photo gallery"):
        extract_html(html_page(page("Bildgalleri", main)))


@pytest.mark.parametrize("url", ["https://www.government.vl/en/search?q=budget", None])
def test_a_short_search_page_is_dropped(url: str | None) -> None:
    main = ("<h1>Search results</h1><p>Your search for \"budget\" returned 214 results.</p>"
            "<p><a href='?q=budget&page=2'>Next page</a></p>")
    with pytest.raises(PageDropped, match="search results"):
        extract_html(html_page(page("Search results", main), url=url))
