"""Pages that state nothing, by their type: a numbered archive page, a site search, an error
page, the site's own pages (a biography, the contacts, a redirect, a page of links, a login
wall, a cookie consent screen), a photo gallery or a video page, the front page.

Each check names the reason the ingest summary counts the page under; ``html`` asks them
in order of cost, the dearest only of short or undated pages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..models import Document
from ..parse.dates import find_datetime
from ..parse.speakers import ARTICLES, is_office, office_of_place
from .content import clean_text, node_text, up_from
from .metadata import TITLE_SEPARATORS

PAGINATED = re.compile(r"(/page/\d+|[?&](page|p|start|offset)=\d+|(^|/)page[_-]?\d+)", re.I)
# A site's search: its path or its query's parameter, in the languages of the sites seen.
SEARCH_PATH = re.compile(r"/(?:search|recherche|suche|buscar|busca|cerca|poisk|поиск|szukaj|"
                         r"arama|axtar|zoeken|hledat)(?:/|$|\.)", re.I)
SEARCH_FIELD = re.compile(r"^(?:q|query|search\w*|such\w*|recherche|keywords?|busca\w*|"
                          r"cerca|zoek\w*|szukaj)$", re.I)
SEARCHED_CHARS = 2
SEARCH_QUERY = re.compile(r"(?:^|&)(?:q|query|search|searchtext|s|text|keyword)=", re.I)
# An error page's or a consent screen's title, whatever the status the server sent ("404 –
# Page not found"; a "Meeting ... (404)" or "Decree No. 404" is no error).
ERROR_TITLE = re.compile(r"^\s*(?:error\s*)?404\b|\b404\s*[-–—:|]|\berror 404\b|page not found|"
                         r"страница не найдена|"
                         r"page introuvable|seite nicht gefunden|página no encontrada|"
                         r"pagina non trovata|página não encontrada|nie znaleziono|"
                         r"сторінку не знайдено|sayfa bulunamadı|səhifə tapılmadı|找不到|"
                         r"页面不存在|ページが見つかりません|페이지를 찾을 수 없|"
                         r"الصفحة غير موجودة|"
                         # The Nordic and Baltic languages' "(we cannot) find the page".
                         r"finner ikke siden|siden (?:finnes|blev|ble) ikke|"
                         r"sidan (?:hittades|finns) inte|hittar inte sidan|sivua ei löytynyt|"
                         r"lehte ei leitud|lapa (?:nav atrasta|netika atrasta)|"
                         r"puslapis nerastas|síðan fannst ekki|feilkode:? 404|"
                         r"felkod:? 404|fejlkode:? 404", re.I)
COOKIE_TITLE = re.compile(r"\bcookies?\b|файл\w* cookie", re.I)
SEARCH_HEAD_LINES = 30  # a search's heading stands over its results, under the menus
CONSENT_BOX_LEVELS = 2  # a consent button's bar, the dialog that says why
PAGE_TAGS = ("body", "html", "main", "article")  # the page itself, never a consent box
FURNITURE_TEXT_CHARS = 1500  # such pages say a few sentences; a statement may say more
# A contacts or a biography page's whole title (never a word of a statement's title), in the
# languages of the sites seen.
CONTACTS_TITLE = re.compile(r"(?:our |press )?contacts?(?: us| details| information)?|"
                            r"kontakt[ey]?|contactos?|contatti|contatos?|contactez-nous|"
                            r"контакты|контакти|kontaktlar|iletişim|联系我们|联系方式|"
                            r"お問い合わせ|연락처|اتصل بنا|تماس با ما|"
                            # How to find the ministry: an address and a map.
                            r"(?:찾아)?오시는 길|how to (?:get|find) us|directions|anfahrt|"
                            r"cómo llegar|plan d['’]accès|как добраться|アクセス|交通指南", re.I)
# A page about the institution itself: "About us", "Über uns", "О министерстве".
ABOUT_TITLE = re.compile(r"about(?: us| the (?:ministry|office|government|presidency))|"
                         r"über uns|qui sommes-nous|quiénes somos|sobre nós|chi siamo|o nas|"
                         r"о нас|о министерстве|про нас|про міністерство|hakkımızda|"
                         r"关于我们|私たちについて|소개", re.I)
BIOGRAPHY_TITLE = re.compile(r"biograph(?:y|ie)|biograf[íi]a|biografie|biografi|"
                             r"curriculum vitae|cv|биография|біографія|biyografi|tərcümeyi-hal|"
                             r"生平|简历|略歴|약력|السيرة الذاتية|سيرة ذاتية", re.I)
PROFILE_TYPES = ("profile", "Person", "ProfilePage")  # og:type, JSON-LD @type of a person's page
REFRESH_TARGET = re.compile(r"url\s*=\s*['\"]?([^'\"\s]+)", re.I)
OFFICE_TITLE_WORDS = 6  # "Le Président de la République": an office and its country
# A text page's own lines that say what page it is, in the languages of the sites seen: a
# search's results heading, a login form's password field, a moved page's notice.
SEARCH_HEADING = re.compile(
    r"^(?:search results|результаты поиска|результати пошуку|suchergebnisse|"
    r"résultats? de (?:la )?recherche|resultados de (?:la )?búsqueda|resultados da pesquisa|"
    r"risultati della ricerca|wyniki wyszukiwania|arama sonuçları|kết quả tìm kiếm|"
    r"hasil pencarian|zoekresultaten|sökresultat|výsledky vyhledávání|"
    r"αποτελέσματα αναζήτησης|搜索结果|検索結果|검색 결과|نتائج البحث|نتایج جستجو)\b", re.I)
PASSWORD_LINE = re.compile(
    r"^(?:password|пароль|mot de passe|passwort|contraseña|senha|hasło|şifre|parola|"
    r"wachtwoord|lösenord|heslo|κωδικός(?: πρόσβασης)?|kata sandi|mật khẩu|密码|密碼|"
    r"パスワード|비밀번호|كلمة المرور|رمز عبور|סיסמה)\s*[:：*]?$", re.I)
MOVED_LINE = re.compile(
    r"\b(?:has (?:been )?moved|have moved|a été déplacée?|wurde verschoben|ha sido (?:movida|"
    r"trasladada)|è stata spostata|foi movida|została przeniesiona|har flyttats|er flyttet|"
    r"is verplaatst|перемещена|переміщено|taşındı)\b", re.I)
LOGIN_TEXT_CHARS = 600  # a login wall says what is behind it in a sentence or two
LINKS_PAGE_CHARS = 200  # a page of links says a line of its own at most
LINKS_SHARE = 0.5
GALLERY_PICTURES = 3  # a gallery shows this many pictures at least
THUMBNAIL_MIN_PIXELS = 50  # narrower: an icon, no photograph
DATE_LABEL_CHARS = 12  # "Utgivet 2024-05-14 · ...": a date line's label before its date
GALLERY_SHARE = 0.8  # and its paragraphs are their captions, nearly all
LINE_CHARS = 120  # a gallery's date or credit is a line long
GALLERY_LINE_CLASS = re.compile(r"credit|date|copyright|author|source", re.I)
MEDIA_TEXT_CHARS = 400  # a video page's caption: a sentence or two
PARAGRAPH_TAGS = "p, figcaption, div[class*=caption]"  # a slide's caption in a <div> too
# A media page's words in its type, address or class, in the languages of the sites seen.
VIDEO = re.compile(r"video|vídeo|vidéo|videó|видео|відео|wideo|βίντεο|视频|動画|ビデオ|동영상|"
                   r"فيديو|ویدیو|ویدئو|וידאו|वीडियो", re.I)
PHOTO = re.compile(r"photo|foto|fotó|фото|φωτογραφ|gallery|galer|galleri|галере|גלריה|image|"
                   r"immagin|album|bilder|zdjęci|照片|图片|写真|사진|صور|عکس|फोटो|फ़ोटो|hình ảnh",
                   re.I)
HOME_PATH = re.compile(r"/?(?:[a-z]{2,3}(?:[-_][a-z]{2,4})?/?)?(?:(?:index|default)\.\w{2,5})?",
                       re.I)
# A photographer's credit: the photo word and a colon ("Foto: ...", "Photo : ...").
CREDIT = re.compile(rf"(?:{PHOTO.pattern})\w*\s*[:：]", re.I)


def is_home(address: str | None) -> bool:
    """Whether an address is a site's front page ("/", "/en/", "/index.html"), which shows
    the latest of everything and states nothing of its own."""
    if not address:
        return False
    parts = urlsplit(address)
    return bool(parts.netloc) and not parts.query and HOME_PATH.fullmatch(parts.path) is not None


def is_paginated(where: str) -> bool:
    """True for a numbered page of an archive, by its URL or, lacking one, its file name."""
    return bool(PAGINATED.search(where))


def is_search(path: str, query: str) -> bool:
    """True for a site search's results: a search path or a query parameter of one."""
    return SEARCH_PATH.search(path) is not None or SEARCH_QUERY.search(query) is not None


def searched_for(tree: LexborHTMLParser) -> str | None:
    """The words a site search's form holds filled in (``value``), when the form is a
    search's (its action's path, or the field's name): a results page echoes them."""
    for field in tree.css("form input[value]"):
        attrs = field.attributes
        value = (attrs.get("value") or "").strip()
        if len(value) < SEARCHED_CHARS or (attrs.get("type") or "text").lower() not in (
                "text", "search"):
            continue
        form = field.parent
        while form is not None and form.tag != "form":
            form = form.parent
        action = (form.attributes.get("action") or "") if form is not None else ""
        if SEARCH_PATH.search(action.split("?")[0]) or SEARCH_FIELD.search(
                attrs.get("name") or ""):
            return value
    return None


def furniture_page(doc: Document, head_title: str) -> str | None:
    """Name a page of the site's own that says little: an error page served as a page
    ("404 – Page not found") or a cookie consent screen (undated: a statement about cookies
    has its date)."""
    length = 0
    for block in doc.blocks:
        length += len(block.text)
        if length > FURNITURE_TEXT_CHARS:
            return None  # a statement about cookies, or one that quotes an error
    said = f"{head_title} {doc.title or ''}"
    return "error page" if ERROR_TITLE.search(said) else \
        "cookie consent page" if COOKIE_TITLE.search(said) and not doc.published_at else None


def own_page(doc: Document, head_title: str, *, meta: dict[str, str], ld: list,
             tree: LexborHTMLParser, sent: Callable[[], LexborHTMLParser],
             address: str | None) -> str | None:
    """Name a page of the site's own that is no statement: a person's profile by its type
    (though a birth date dates it); undated, a biography, the contacts, a redirect, a page of
    links (a choice of languages), a login wall or a cookie consent screen.

    Read by structure where it shows (a profile's type, a refresh, a password field), else by
    the whole title, never by words of the text.  ``sent`` parses the page as it was sent,
    forms and all: only the last checks want it, and only a short page gets that far.
    """
    if is_profile(meta, ld):
        return "biography page"
    if doc.published_at:
        return None
    names = [name.strip() for name in (doc.title or "", TITLE_SEPARATORS.split(head_title)[0])]
    if any(BIOGRAPHY_TITLE.fullmatch(name) or office_titled(name) or of_office(name)
           for name in names):
        return "biography page"  # a person's page, or an office's ("The President")
    if any(CONTACTS_TITLE.fullmatch(name) for name in names):
        return "contacts page"
    if any(ABOUT_TITLE.fullmatch(name) for name in names):
        return "about page"
    said = sum(len(block.text) for block in doc.blocks)
    if said > FURNITURE_TEXT_CHARS:
        return None
    where = urlsplit(address or "")
    if any(SEARCH_HEADING.match(name) for name in names) \
            or is_search(where.path, where.query):
        return "search results"  # a search that found little, or nothing: no list to see
    target = REFRESH_TARGET.search(meta.get("refresh", ""))
    if target is not None and target.group(1) != address:  # not a reload of itself
        return "redirect page"
    if said <= LINKS_PAGE_CHARS and links_share(tree) >= LINKS_SHARE:
        return "page of links"
    page = sent()
    if said <= LOGIN_TEXT_CHARS and any(
            (field.attributes.get("type") or "").lower() == "password"
            for field in page.tags("input")):
        return "login page"
    about = sum(COOKIE_TITLE.search(block.text) is not None for block in doc.blocks)
    if about and 2 * about >= len(doc.blocks) and any(
            COOKIE_TITLE.search(holder.text_lexbor())
            for box in page.tags("form") + page.tags("button") if box.parent is not None
            for holder in up_from(box.parent, CONSENT_BOX_LEVELS) if holder.tag not in PAGE_TAGS):
        # Its text is about cookies, beside the buttons to choose (in their bar, in the box).
        return "cookie consent page"
    return None


def text_page_kind(lines: list[str], *, dated: bool) -> str | None:
    """Name a text page of the site's own by its lines: a search's results (whatever their
    dates), and, undated and short, a login form or a moved page's notice."""
    if any(SEARCH_HEADING.match(line) for line in lines[:SEARCH_HEAD_LINES]):
        return "search results"
    if dated or sum(map(len, lines)) > FURNITURE_TEXT_CHARS:
        return None
    if any(PASSWORD_LINE.match(line) for line in lines):
        return "login page"
    if any(MOVED_LINE.search(line) for line in lines) \
            and any(line.startswith(("http://", "https://")) for line in lines):
        return "redirect page"
    return None


def of_office(title: str) -> bool:
    """Whether a title is a biography's word and an office: "Biografia do Presidente",
    "Biography of the Prime Minister", "Биография Президента"."""
    bio = BIOGRAPHY_TITLE.match(title)
    rest = title[bio.end():].strip() if bio is not None else ""
    rest = re.sub(r"^(?:of the|of|do|da|de la|de|del|della|des|du|der|dos)\s+", "", rest,
                  flags=re.I)
    return bool(rest) and office_titled(rest)


def office_titled(title: str) -> bool:
    """Whether a title is an office alone, with its country at most: "El Presidente de la
    República", "President of Veloria", "The Prime Minister"."""
    words = title.split()
    return bool(words) and len(words) <= OFFICE_TITLE_WORDS and (
        office_of_place(title) is not None
        or all(is_office(w) or w.lower() in ARTICLES for w in words))


def is_profile(meta: dict[str, str], ld: list) -> bool:
    """Whether the page says it is a person's profile (Open Graph or JSON-LD), not an
    article about one."""
    types = [str(o.get("@type")) for o in ld]
    return meta.get("og:type") in PROFILE_TYPES or any(t in PROFILE_TYPES for t in types) \
        and not any("Article" in t or "Posting" in t for t in types)


def links_share(tree: LexborHTMLParser) -> float:
    """How much of the page's text (its template taken out) is link text."""
    body = tree.body
    if body is None:
        return 0.0
    whole = len(clean_text(body.text_lexbor())) or 1
    return sum(len(node_text(a)) for a in body.css("a")) / whole


def media_page(container: LexborNode | None, og_type: str, where: str,
               head_title: str) -> str | None:
    """Name a page whose few words only caption its photos or a player as a photo gallery or
    a video page: slides that each hold a picture and its caption, or one caption under a
    player on a page its address, type or <title> calls a video."""
    if container is None:
        return None
    pictures = container.css("img")
    if len(pictures) >= GALLERY_PICTURES and is_gallery(container, pictures):
        return "photo gallery"
    return video_page(container, og_type, where, head_title)


def video_page(scope: LexborNode, og_type: str, where: str, head_title: str) -> str | None:
    """"video page" for a player with a caption of a sentence or two, on a page its
    address, type or <title> calls a video."""
    player = scope.css_first("video, iframe")
    if player is not None and (VIDEO.search(og_type) or VIDEO.search(where)
                               or named_media(head_title)):
        said = sum(len(p.text_lexbor()) for p in scope.css(PARAGRAPH_TAGS))
        return "video page" if said <= MEDIA_TEXT_CHARS else None
    return None


def is_gallery(container: LexborNode, pictures: list[LexborNode]) -> bool:
    """Whether nearly all the paragraphs are captions: a <figcaption>, or the one paragraph
    of a box that holds a picture (a slide)."""
    paragraphs = container.css(PARAGRAPH_TAGS)
    if not paragraphs:
        return cells_captioned(container, pictures)
    boxes = set()  # the boxes a picture stands in: its parent, and a link's parent
    for picture in pictures:
        parent = picture.parent
        for _ in range(2):
            if parent is None:
                break
            boxes.add(parent.mem_id)
            parent = parent.parent
    parents = [p.parent.mem_id if p.parent is not None else None for p in paragraphs]
    # A slide's one caption, its credit beside it ("Foto: ..."), which is no caption; only
    # the paragraphs beside a picture are looked at (most pages have few).
    lines = [box in boxes and _gallery_line(p) for p, box in zip(paragraphs, parents, strict=True)]
    per_box = Counter(box for box, line in zip(parents, lines, strict=True) if not line)
    captioned = [p.tag == "figcaption" or box in boxes and not line and per_box[box] == 1
                 for p, box, line in zip(paragraphs, parents, lines, strict=True)]
    captions = sum(captioned)
    others = [p for p, caption in zip(paragraphs, captioned, strict=True) if not caption]
    if not captions_outweigh(captions, sum(len(p.text_lexbor()) > LINE_CHARS for p in others)):
        return False  # running text outweighs the captions, whatever its short lines are
    return captions_outweigh(captions, sum(not _gallery_line(p) for p in others))


def cells_captioned(container: LexborNode, pictures: list[LexborNode]) -> bool:
    """Whether a page without paragraphs (a table of thumbnails) says little but its
    pictures' captions: the short unlinked words in each picture's cell, against the runs of
    running text in the box (an icon beside a menu's link captions nothing)."""
    captions = 0
    for picture in pictures:
        width = picture.attributes.get("width") or ""
        if width.isdigit() and int(width) < THUMBNAIL_MIN_PIXELS:
            continue  # an arrow, a bullet, a spacer
        cell = picture.parent
        while cell is not None and cell.tag not in ("td", "li", "div", "figure"):
            cell = cell.parent
        said = node_text(cell) if cell is not None else ""
        linked = sum(len(node_text(a)) for a in cell.css("a")) if cell is not None else 0
        captions += 0 < len(said) <= LINE_CHARS and linked < len(said)
    running = sum(1 for node in container.traverse(include_text=True) if not node.is_element_node
                  and len((node.text_content or "").strip()) > LINE_CHARS)
    return captions >= GALLERY_PICTURES and captions_outweigh(captions, running)


def captions_outweigh(captions: int, running: int) -> bool:
    """Whether a page's captions are nearly all it says beside ``running`` paragraphs of
    other text: a gallery's, whatever its format (HTML, Markdown, a text dump)."""
    return captions > 0 and captions >= GALLERY_SHARE * (captions + running)


def _gallery_line(paragraph: LexborNode) -> bool:
    """Whether a paragraph is a gallery's line, no running text: its date, a line about
    the pictures, or a class saying so."""
    text = paragraph.text_lexbor().strip()
    if len(text) > LINE_CHARS:
        return False
    if GALLERY_LINE_CLASS.search(paragraph.attributes.get("class") or ""):
        return True
    hit = find_datetime(text)
    # A line that speaks of the pictures: the gallery's label ("Bildgalleri"), the terms of
    # their use ("Bilderna får användas fritt ..."), a credit ("Foto: ...").
    return hit is not None and hit[1] <= DATE_LABEL_CHARS and hit[2] * 2 >= len(text) \
        or PHOTO.search(text) is not None


def named_media(head_title: str) -> bool:
    """Whether a part of the <title> is a media word or two ("... – Video", "Фото")."""
    return any(len(part.split()) <= 2 and (VIDEO.search(part) or PHOTO.search(part))
               for part in TITLE_SEPARATORS.split(head_title)[1:])


def media_reason(scope: LexborHTMLParser | LexborNode, og_type: str, where: str) -> str | None:
    """Name a page without running text as a video page or photo gallery, if it is one."""
    if VIDEO.search(og_type) or VIDEO.search(where) or scope.css_first("video") is not None:
        return "video page"
    if PHOTO.search(where) or len(scope.css("img")) >= 3:
        return "photo gallery"
    return None
