"""An HTML tree -> the element holding the main text, cleared of page furniture.

The main container is found by general signals, in this order: an element the page
marks as the article body (schema.org microdata ``articleBody``, microformats
``e-content``) when it holds most of the page's paragraph text; otherwise the node
whose paragraphs carry the most text that is not link text (a readability-style
score over ``<p>``, ``<pre>`` and ``<blockquote>``).  Inside it, boilerplate
subtrees are dropped by tag (nav, aside, figure, form...), ARIA role, ``hidden``,
and class/id words (share, related, tags, status, meta...), and by tag lists
(every link ``rel="tag"``).  Pages without paragraphs fall back to the element
whose own text lines weigh most.  ``blocks`` turns the container into Blocks.
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Callable, Iterator
from functools import cache, lru_cache

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..models import Block
from ..parse.language import UNSPACED

PARAGRAPHS = "p, pre, blockquote"
FIELD_LABEL_CHARS = 20  # a field's label in its cell: "发布日期：", "Date of signature:"
# Regions of a page template that never hold the statement, and elements whose content
# is not text, biggest first.  <header>, <footer> and <aside> inside an <article> or
# <main> belong to the statement (its h1, date, notes).
NAMED_TEMPLATE = ("#footer, .footer, #site-footer, .site-footer, .page-footer, .global-footer, "
                  ".main-footer, #cookie-banner, .cookie-banner, .cookie-consent, "
                  ".cookie-notice, #cookie-notice, .cookies-banner, #cookies")
# A consent layer may not say "cookie" ("consent-layer", a modal dialog of privacy settings).
# Drupal's consent module names its layer "sliding-popup".
COOKIE_NAMED = ('[id*="cookie" i], [class*="cookie" i], [id*="consent" i], [class*="consent" i], '
                '[aria-modal="true"], [role="dialog"], [role="alertdialog"], #sliding-popup')
COOKIE_CHARS = 1500  # a banner's words and buttons; more is a page that names its state so
# "Cookies" in more languages: Estonian, Latvian, Lithuanian, Finnish, Hungarian, Czech.
COOKIE_WORD = re.compile(r"\bcookies?\b|\bкуки\b|\bciasteczk|\bküpsis|\bsīkdatn|\bslapuk|"
                         r"\beväste|\bsütik|\bsušenk", re.I)
# A privacy centre's layer (OneTrust's) is longer than a banner: each kind of cookie said
# with its own paragraph.  It names cookies again and again, and holds no article.
COOKIE_MENTIONS = 3
TEMPLATE_TAGS = ("nav", "form", "style", "noscript", "template", "menu",  # and "script"
                 "marquee")  # a scrolling ticker: other pages' headlines
NOSCRIPT_PARAGRAPHS = 2  # a <noscript> of paragraphs holds the text, not a tracking pixel
TEMPLATE_TYPES = ("WPFooter", "WPHeader", "WPSideBar", "SiteNavigationElement")
TEMPLATE_ROLES = frozenset({"navigation", "banner", "contentinfo", "search"})
PAGE_REGIONS = ("header", "footer", "aside")
NOTE_AFTER = frozenset('.,;:!?)"”»’')  # a footnote's number follows a sentence or a clause
INSIDE_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "nav", "aside", "footer", "form",
    "button", "figure", "iframe", "video", "audio", "object", "img"})
INSIDE_ROLES = frozenset({"complementary", "navigation", "toolbar", "search"})
CSS_SPACE = re.compile(r"[ \t\n\f\r]+")  # what separates the words of rel="..."
# Class and id words of page furniture; matched on lower-cased text, without re.I and
# word boundaries, which make the search ten times slower.  Short words that occur
# inside content names ("tag" in "stage", "cut" in "executive") must be whole tokens,
# between white space and hyphens ("_" joins words, as in a regex word).
BOILERPLATE_WORDS = re.compile(
    r"share|social|related|comment(?!ar)|discussion|repl(?:y|ies)|respond|breadcrumb|paginat|"
    r"pager|taglist|tagcloud|meta(?!l)|newsletter|signup|credit|"
    r"status|print|subscribe|advert|sponsor|promo|caption|gallery|video|photo|"
    # Hidden as a whole name ("hidden", "visually-hidden"), not "field--label-hidden",
    # "overflow-hidden" or "hidden-xs", which say how a label or a box is shown.
    r"(?<![^\s])(?:hidden|is-hidden|visually-hidden|u-hidden|sr-hidden)(?![^\s])|"
    r"see-?also|toolbar|widget|banner|author|sr-only|screen-?reader|invisible|"
    # A pull quote repeats a sentence of the text, set large.
    r"pull[-_]?quote|"
    # A box of the text's key points over it, a summary of what follows.
    r"key-?points|pontos-chave|das-wichtigste|en-bref|disclaimer|"
    # A social network's post embedded in the text is that network's, not the statement's.
    r"twitter-tweet|instagram-media|tiktok-embed|fb-post|telegram-post|"
    r"(?<![^\s-])(?:tags?|cut|ads?)(?![^\s-])"
)
# Furniture names that some sites give their text's own boxes ("print-content", "elementor-
# widget", "video-transcript", "author-article__text"): running text under them stays when
# such names cover most of the text.  Every other name dooms an element whatever its text.
WEAK_FURNITURE = re.compile(r"print|video|photo|widget|author")
FOLDED = re.compile(r"accordion|collaps|tab-?pane|tabpanel|expand|toggle|spoiler")
# A tab whose panel summarises the text beside it.
SUMMARY_TAB = re.compile(r"(?i:résumé|resume|summary|key points|en bref|l['’]essentiel|"
                         r"zusammenfassung|das wichtigste|resumen|sintesi|riassunto|resumo|"
                         r"samenvatting|streszczenie|резюме|кратко|главное|özet)")
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
COPY_PROBE_CHARS = 80  # the words of a hidden element looked for elsewhere
PROSE_MIN_CHARS = 80
CAPTION_MAX_CHARS = 200  # a caption says a sentence
# A picture's caption or credit set as a paragraph ("图为…", "Foto: …", "_Foto: …_"), or a
# dump's placeholder of the picture ("[imagem] © Gabinete", "[фото] Фото: …").
PHOTO_LINE = re.compile(r"^[_*]*[(（]?(?:图为|圖為|[📸📷]\ufe0f?\s|"
                        r"(?i:photo|foto|фото|φωτό|写真|사진|صورة|תמונה|تصوير)\s?[:：]|"
                        r"(?i:\[(?:photo|foto|фото|imagem|imagen|image|bild|immagine|img|صورة|"
                        r"圖片|图片|画像|이미지)[^\]]{0,80}\]))")
# A photographer's credit closing a caption: "Foto: Ioana Radu / Președinția", "(Photo: AFP)".
PHOTO_CREDIT_END = re.compile(r"(?<=[.!?)»”\s])\(?(?i:photo|foto|фото|φωτό)\s?[:：]\s?"
                              r"[^.!?:]{2,60}\)?$")
CAPTION_SHARE = 5  # and the text beside it five times as much at least
WRAPPER_SHARE = 0.8  # of the text a wrapper named as comments or sharing must hold
# A government site's ask for feedback under the text: "Is this page useful?", "Report a
# problem with this page", in the languages of the month tables.
FEEDBACK = re.compile(
    r"(?i:(?:was|is) this (?:page|article|information|content) (?:useful|helpful)|"
    r"did you find (?:this|what you)|report a (?:problem|mistake|bug)|rate this page|"
    r"give (?:us )?(?:your )?feedback|(?:cette|la) page (?:vous )?a-t-elle été utile|"
    r"(?:cette|la) page vous (?:est-elle|a été) utile|signaler (?:un problème|une erreur)|"
    r"(?:war|ist) diese seite hilfreich|fehler melden|problem melden|"
    r"(?:¿)?(?:te|le) (?:ha )?(?:resultado|parece|fue) útil|¿(?:es|fue) útil esta|"
    r"(?:esta|essa) página (?:foi|é) útil|(?:questa|la) pagina (?:ti )?è (?:stata )?utile|"
    r"czy (?:ta )?(?:strona|informacja) (?:była )?(?:pomocna|przydatna)|"
    r"(?:была ли )?(?:эта )?(?:страница|информация) (?:была )?полезн)")
# Its ask to subscribe or follow, its channels named after it: "Subscribe to our channel in
# Telegram", "Follow us on X", "Подписывайтесь на наш канал".
SUBSCRIBE = re.compile(
    r"(?i:(?:subscribe|sign up) (?:to|for) (?:our|the)\b|follow us\b|join us on\b|"
    r"(?:подписывайтесь|подпишитесь) на (?:наш|нас)|следите за нами|"
    r"(?:підписуйтесь|підпишіться) на (?:наш|нас)|стежте за нами|"
    r"abonnez-vous à (?:notre|nos)|suivez-nous\b|abonnieren sie (?:unseren|unsere|uns)|"
    r"folgen sie uns\b|(?:suscríbete|suscríbase) a (?:nuestro|nuestra|nuestros)|"
    r"(?:síguenos|síganos)\b|inscreva-se (?:no|na|em) noss|siga-nos\b|"
    r"iscriviti (?:al|alla|ai) nostr|seguici\b|(?:subskrybuj|obserwuj) (?:nasz|nas)\b|"
    r"bizi takip edin|تابعونا|اشترك في (?:قناتنا|نشرتنا))")
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Labels of a site's furniture in the languages of the sites seen: a sharing bar, "related
# news", "read also"; a line of one ends a text page's statement, and one before links is
# navigation in an HTML text.
FURNITURE_LABELS = (
    r"share(?: this)?|share on|print(?: version)?|related(?: news| articles| content)?|"
    # a listing's button for more items: "Load more", "Charger plus d'actualités"
    r"load more(?: news| items)?|show more|earlier news|older news|charger plus(?: d['’]\w+)?|"
    r"mehr laden|weitere meldungen|cargar más|ver más noticias|carregar mais|показать (?:ещё|еще)|"
    r"(?:table of )?contents|on this page|sommaire|содержание|inhaltsverzeichnis|índice|"
    r"read (?:also|more)|see also|more news|tags|comments|partager|imprimer|lire aussi|"
    r"voir aussi|à lire aussi|teilen|drucken|lesen sie auch|mehr zum thema|compartir|"
    # "On the same subject", over cards of other pages.
    r"sur le même sujet|dans le même dossier|zum selben thema|on the same (?:subject|topic)|"
    r"sobre el mismo tema|sullo stesso (?:tema|argomento)|sobre o mesmo tema|"
    r"imprimir|ver también|lea también|noticias relacionadas|condividi|stampa|leggi anche|"
    r"vedi anche|partilhar|partilhe|compartilhar|compartilhe|comparte|partagez|leia também|"
    r"veja também|udostępnij|drukuj|"
    r"czytaj także|zobacz także|поделиться|печать|читайте также|смотрите также|"
    r"поділитися|поширити|друк|читайте також|分享|分享到|相关新闻|相关阅读|相关稿件|"
    r"مشاركة|اقرأ أيضا|"
    # Khmer, Burmese and Lao: share, other news.
    r"ចែករំលែក|ព័ត៌មានផ្សេងទៀត|မျှဝေရန်|နောက်ထပ်သတင်းများ|ແບ່ງປັນ|ຂ່າວອື່ນໆ|"
    # Sorani and Pashto: share, latest news, more news.
    r"هاوبەشی بکە|هاوبەشیکردن|دوایین هەواڵەکان|هەواڵی پەیوەندیدار|شریکول|نور خبرونه|"
    r"وروستي خبرونه|اړوند خبرونه|"
    # A comment form and the most read, in Persian and Arabic ("ارسال نظر", "الأكثر قراءة").
    r"ارسال نظر|پربازدیدترین[‌ ]?ها|الأكثر قراءة|الأكثر مشاهدة|أضف تعليق|"
    # "Share this page" and the sharing and related-news words of more languages: Kazakh,
    # Azerbaijani and Turkish, Uzbek, Georgian, Armenian, Persian, Arabic, Korean, Japanese,
    # Vietnamese, Indonesian, Hindi.
    r"share this (?:page|article|story|post)|seite teilen|artikel teilen|бөлісу|"
    r"соңғы жаңалықтар|paylaş|ilgili haberler|ulashish|გაზიარება|կիսվել|اشتراک[‌ ]?گذاری|"
    r"شارك|أخبار ذات صلة|공유하기|공유|beitrag teilen|שיתוף|আরও পড়ুন|baca selengkapnya|"
    r"관련 기사|このページをシェアする|"
    r"シェアする|関連リンク|関連記事|"
    r"chia sẻ|tin liên quan|bagikan|berita terkait|शेयर करें|साझा करें|संबंधित समाचार|"
    r"etiketler|etiketlər|теги|теґи|мітки|метки|ключевые слова|schlagwörter|schlagworte|"
    r"étiquettes|"
    r"etiquetas|mots-clés|palabras clave|parole chiave|palavras-chave|分享到|"
    # Sharing, printing, tags and "see also" in more languages: Hebrew, Persian, Urdu, Hindi,
    # Bengali, Thai, Malay, Tagalog, Swahili, Amharic, Uzbek, Kazakh, Armenian, Georgian,
    # Mongolian, Greek, Hungarian, Finnish, Bulgarian, Serbian, Croatian, Czech, Slovak,
    # Latvian, Lithuanian, Estonian, Romanian, Dutch, Swedish, Korean.
    r"compartir en(?: redes sociales)?|"
    r"partager (?:sur|la page|cette page|cet article)(?: les réseaux sociaux)?|"
    r"compartir (?:este|esta) (?:artículo|noticia)|condividi (?:questo )?articolo|"
    r"partilhar (?:este )?artigo|compartilhar (?:este )?artigo|share this article|"
    r"teilen auf|condividi su|share via|share on social media|compartilhe nas redes sociais|"
    r"seite drucken|"
    r"watch (?:the )?video|ver (?:el )?v[íi]deo|voir la vidéo|video ansehen|смотреть видео|"
    # A pointer to the recording under a transcript: "Watch the full video of the interview",
    # "Ouça a íntegra da entrevista", "Guarda il video integrale".
    r"(?:watch|view|listen to|download) (?:the )?(?:full |whole |complete )?(?:video|audio|"
    r"recording)(?: of the (?:interview|speech|address|remarks|press conference|event))?|"
    r"(?:ouça|assista|veja) (?:a|à|ao) (?:íntegra|vídeo|áudio)(?: d[aoe] \w+)?|"
    r"guarda il video(?: integrale)?|ascolta l['’]audio|écouter l['’]entretien|"
    # The recording's file itself, with its size: "entrevista-12-03.mp3 — 7,4 MB".
    r"[\w.-]+\.(?:mp3|mp4|m4a|wav|ogg|pdf|docx?)(?:\s*[—–(-]\s*[\d.,]+\s*[kKMG]i?B\)?)?|"
    r"שתפו?|הדפס|תגיות|برچسب[‌ ]?ها|چاپ|شیئر کریں|ٹیگز|پرنٹ|टैग|प्रिंट|শেয়ার করুন|ট্যাগ|"
    r"প্রিন্ট|แชร์|แท็ก|พิมพ์|kongsi|cetak|baca juga|lihat juga|ibahagi|i-print|shiriki|"
    r"chapisha|vitambulisho|soma pia|አጋራ|አትም|መለያዎች|chop etish|teglar|басып шығару|"
    r"тегтер|տպել|պիտակներ|ბეჭდვა|თეგები|хуваалцах|хэвлэх|шошго|κοινοποίηση|εκτύπωση|"
    r"ετικέτες|διαβάστε επίσης|megosztás|nyomtatás|címkék|tulosta|jaa|tunnisteet|avainsanat|"
    r"lue myös|katso myös|сподели|споделяне|печат|етикети|штампај|подели|ознаке|podijeli|"
    r"podeli|ispiši|ispis|oznake|sdílet|tisk|tisknout|štítky|zdieľať|tlačiť|značky|dalīties|"
    r"drukāt|birkas|dalintis|spausdinti|žymos|jaga|prindi|sildid|distribuie|printează|"
    r"etichete|delen|afdrukken|lees ook|zie ook|dela|skriv ut|taggar|이전글|다음글|목록|"
    r"læs også|del artiklen|del siden|del|udskriv|les også|del artikkelen|skriv ut|"
    r"podelite|podijelite|поделите|podeľte|подели ово|podeli ovo|podijeli ovo|share this|"
    # Albanian, Icelandic, Faroese, Latvian, Nepali, Hindi, Tamil, Sinhala: sharing, printing,
    # other news.
    r"shpërndaje|shpërndaj|printo|lajme të tjera|deila|prenta|fleiri fréttir|deil|prenta út|"
    r"onnur tíðindi|citas ziņas|jaunākās ziņas|सेयर गर्नुहोस्|अन्य सन्देश|अन्य समाचार|"
    r"ताजा समाचार|इसे साझा करें|பகிர்க|பகிர்|சமீபத்திய செய்திகள்|அச்சிடு|බෙදාගන්න|"
    r"නවතම පුවත්|මුද්‍රණය|"
    r"previous (?:post|article)|next (?:post|article)|comunicati correlati|संबंधित \S+|"
    # A blog's own lines under a post: its categories, its links to the posts beside it, the
    # latest posts; Dutch "share this page".
    r"posted in|filed under|post navigation|recent posts|deel deze pagina|deel dit (?:artikel|"
    r"bericht)|deel via|deelen|drécken|"
    # A page's gallery and attachments under its text: "Galería de imágenes", "Zdjęcia (8)",
    # "Materiały", "Povezave"; the Romanian print link.
    r"galería de (?:imágenes|imaxes|fotos)|galeria de (?:imagens|fotos)|galeria d['’]imatges|"
    r"bildergalerie|photo gallery|galerie (?:de )?photos|galleria (?:fotografica|di immagini)|"
    r"fotogalerie|galeria zdjęć|zdjęcia(?: \(\d+\))?|materiały|povezave|priponke|"
    r"tipărește|tipăreşte|printaj|"
    # A sharing bar's link to copy the page's address ("link para Copiar para área de
    # transferência").
    r"(?:link para )?copiar para (?:a )?área de transferência|copiar (?:o |el )?(?:link|enlace)|"
    r"copy (?:the )?link|copier le lien|link kopieren|"
    # "Send by e-mail" ("Αποστολή με email", "Envoyer par courriel", "Enviar por correo").
    r"(?:send|envoyer|enviar|senden|inviare|αποστολή|pošalji|пошаљи|wyślij)\s+"
    r"(?:by|par|por|per|με|putem|путем|przez)\s+(?:e-?mail|courriel|correo)(?: electrónico)?|"
    # A page's own "Next" and "Previous" links, alone on their line.
    r"next|previous|suivant|précédent|siguiente|anterior|weiter|zurück|следующая|предыдущая|"
    # A page's print version and its window's close link.
    r"версия для печати|печатная версия|printer-friendly version|print this page|"
    r"version imprimable|druckversion|طباعة|打印本页|打印|关闭窗口|關閉視窗|印刷する")
BODY_MARKS = "[itemprop=articleBody], .e-content"
# A credit line closing a text: "Source: Press Service of the President", "(Quelle: ...)".
SOURCE_CREDIT = re.compile(r"\(?(?:source|quelle|fuente|fonte|fonti|источник|джерело|kaynak|"
                           r"mənbə|manba|źródło|zdroj|forrás|sursa|bron|来源|來源|出典|출처|"
                           r"المصدر|منبع)\s*[:：]\s*(?:[^.!?:]{1,80}|https?://\S+)\)?|"
                           # the press office alone, as it signs ("Valitsuse pressiteenistus",
                           # "Biroul de presă al Guvernului")
                           r"(?:(?-i:[^\W\d_a-zß-ÿа-яё])[\w’'\-]*\s){0,4}(?:press office|"
                           r"press service|"
                           r"pressestelle|presseamt|service de presse|bureau de presse|"
                           r"oficina de prensa|ufficio stampa|gabinete de imprensa|biuro prasowe|"
                           r"tiskové oddělení|sajtóiroda|pressiteenistus|biroul de presă|"
                           r"pressetjeneste|pressekontor|presstjänst|viestintäosasto|persdienst|"
                           r"voorlichtingsdienst|пресс-служба|прес-служба)"
                           r"(?:\s(?:of|the|al|de|du|des|del|della|do|da|der|(?-i:[^\W\d_a-zß-ÿа-яё])"
                           r"[\w’'\-]*)){0,5}\.?|"
                           # a president's media division signing, its initials after it
                           # ("President's Media Division (PMD)"), in Sinhala and Tamil too
                           r"[^.!?:]{0,40}(?:media division|media unit|මාධ්\u200d?ය අංශය|"
                           r"ஊடகப் பிரிவு)(?:\s*\([A-Z]{2,6}\))?", re.I)
# Class words of a standfirst in content systems and languages: "chapo" (fr), "entradilla",
# "bajada", "copete", "sumario" (es), "sommario", "catenaccio" (it), "vorspann", "anriss" (de),
# "zajawka" (pl), "dek" (us), "sapo" (fr, vi), "perex" (cs, sk), "resumen", "resumo",
# "riassunto", "ingress" (sv, no), "ingressi", "johdanto" (fi), "einleitung" (de),
# "inleiding" (nl), "uvod", "podnaslov" (hr, sr, sl); whole words, so that "leader" or
# "introduction" do not count.
LEAD_CLASS = re.compile(
    r"(?<![a-z])(?:(?:lead|lede)(?:in|text|para(?:graph)?)?|standfirst|summary|intro|excerpt|"
    r"sub-?title|subhead(?:line|ing)?|dek|teaser|chapo|chapeau|entradilla|entradeta|sumario|"
    r"bajada|copete|sommario|catenaccio|vorspann|anriss|zajawka|abstract|strapline|sapo|perex|"
    r"description|resumen|resumo|riassunto|anons|preview-?text|detail-preview|ingressi?|"
    r"einleitung|inleiding|johdanto|uvod|podnaslov|sottotitolo|subt[ií]tulo|sous-?titre|"
    r"untertitel|podtytu[lł]|subtitlu)(?![a-z])|"
    r"introtext|"
    r"__preview(?![a-z])")
CAMEL_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z])")
# A kicker (the line over a title) in the same systems and languages: never a lead.
KICKER_CLASS = re.compile(r"kicker|overline|eyebrow|dachzeile|antet[ií]tulo|occhiello|"
                          r"surtitre|supertitle|pre-?title|rubri|categ")
# An inline element a style sets on a line of its own (Bootstrap's "d-block", "d-md-block").
LINE_CLASS = re.compile(r"(?<![\w-])(?:d(?:-[a-z]{2})?-block|display-block|is-block|line)(?![\w-])")
# A date set inside a heading, before its words ("<span class='date'>1 October</span>Title").
DATE_CLASS = re.compile(r"date|time|datum|fecha|data\b")
JSON_LD = "application/ld+json"
APP_STATE_IDS = ("__NEXT_DATA__", "__NUXT_DATA__")
APP_BODY_KEYS = ("body", "content", "text", "articleBody", "bodyHtml", "html")
APP_TITLE_KEYS = ("title", "headline")
APP_DATE_KEYS = ("publishedAt", "datePublished", "published_at", "publishDate", "date")
APP_LEAD_KEYS = ("summary", "lead", "excerpt", "description", "standfirst")
APP_BODY_MIN_CHARS = 200
APP_STATE_NODES = 20_000  # how many values of the state are looked through, at most
WRAPPER_MIN_CHARS = 1000
NOTE_ARROWS = frozenset("↩ ↑ ^ ⤴ ↵".split())
FIELD_LIST_DEPTH = 3  # a <dd> value, its row, its <dl>
SHORT_TEXT = 80  # clean_text: below this, splitting into words costs less
LOOSE_MIN_CHARS = 80
LOOSE_CHECK_CHARS = 1500  # below this much paragraph text, text outside paragraphs may weigh more
LOOSE_OVER = 1.5
WIDEN_LEVELS = 2
WIDEN_FACTOR = 1.5
LIST_TAGS = frozenset({"ol", "ul"})
WIDEN_STEPS = 8  # parents looked at, at most: wrappers and the levels that widen
TEASER_HEADINGS = frozenset({"h2", "h3", "h4", "h5"})
STATEMENT_MIN_CHARS = 80  # paragraph text beside a feed that is a statement: a sentence
CARD_ROUNDS = 3  # boxes of cards looked past, at most, for the statement beside them
DENSE_SCALE = 3  # characters of an alphabet's text one CJK character is worth
LEAD_WEIGHT = 1000  # a lead-marked paragraph this long at most is a lead (a wrapper is longer)
LEAD_BOX_LEVELS = 2  # a lead's text sits this deep at most in its lead-marked box
LEAD_MAX_PARAGRAPHS = 3  # a box of more paragraphs is a body, whatever its class says
WRAPPER_SLACK = 200  # characters a wrapper may add to what it wraps (a label, a share bar)


# A page's label for a statement's text ("Transcript", "Full text", "Versión estenográfica"):
# a heading over it on a video page, a line under a dump's date, never a place.
SECTION_LABEL = re.compile(
    r"(?:(?:full |complete )?(?:transcript|text)(?: of the (?:speech|address|remarks))?|"
    r"transcription|verbatim|texte intégral|transcription intégrale|wortlaut|stenogramm|"
    r"volltext|transcripción|texto (?:íntegro|completo)|trascrizione|testo integrale|"
    r"transcrição|texto na íntegra|stenogram|pełny tekst|стенограмма|стенограма|полный текст|"
    r"повний текст|tam metin|全文|実録|전문|النص الكامل|versión estenográfica|mitschrift|"
    r"απομαγνητοφώνηση|πλήρες κείμενο|volledige tekst|afschrift|utskrift|udskrift|"
    # A transcript's version: "Version finale", "Final version", "Versión final".
    r"version finale|final version|versión final|versão final|endgültige fassung|"
    r"versione definitiva)\s*[:：]?",
    re.I)
# A speech's note that the words as spoken are what counts ("Check against delivery"): the
# office's note on its text, no part of it.
DELIVERY_NOTE = re.compile(
    r"[(\[*–—-]*\s*(?:(?:alleen|only|nur|solo|seul(?:ement)?)\s+)?(?:check against delivery|"
    r"as prepared for delivery|muutosvaraus puheessa|puhe pidettäessä|"
    r"muutokset (?:puhetilaisuudessa|puhuttaessa) mahdollisia|"
    r"es gilt das gesprochene wort|seul le (?:texte )?prononcé fait foi|"
    # A translation's note that the original alone is authentic: the office's, as above.
    r"unofficial translation|traduction non officielle|traducción no oficial|"
    r"(?:nicht ?amtliche|inoffizielle) übersetzung|неофициальный перевод|неофіційний переклад|"
    r"tradução não oficial|traduzione non ufficiale|onofficiële vertaling|"
    r"(?:sólo|solo) (?:es válido|vale) "
    r"(?:el|lo) (?:texto )?pronunciado|fa fede (?:il testo pronunciato|la parola pronunciata)|"
    r"het gesproken woord geldt|проверить по факту произнесения|"
    r"sprawdzić z wygłoszonym tekstem|ισχύει μόνον? ο εκφωνηθείς λόγος|"
    r"só faz fé (?:o discurso|a versão) proferid[oa]|faz fé a versão proferida|"
    r"platí (?:pouze )?pronesené slovo|platí (?:len )?prednesené slovo|"
    r"det talade ordet gäller|det talte ord (?:gælder|gjelder)|sjekkes mot fremføring|"
    r"kontrolleras mot framförandet|"
    r"az elhangzott szöveg (?:a mérvadó|számít)|sadece konuşma esnasında söylenenler geçerlidir|"
    r"звіряти з виголошеним|перевіряти під час виголошення|"
    r"velja izgovorjena beseda|vrijedi izgovorena riječ|et gëllt dat geschwatent wuert)"
    r"\s*[.!]?\s*[)\]*]*", re.I)
# A translator's note over an interview or a speech ("Translator's note: This interview was
# conducted in Welsh ..."): the publisher's words, no one's statement.
TRANSLATOR_NOTE = re.compile(
    r"(?:translator['’]s note|note du traducteur|nota del traductor|anmerkung (?:des|der) "
    r"übersetzer\w*|примечание переводчика|примітка перекладача|nota do tradutor|"
    r"nota del traduttore|noot van de vertaler)\s*[:：]", re.I)
DELIVERY_NOTE_BLOCKS = 3  # the note stands among a speech's first blocks, or its last two
# An embargo over a text ("Sperrfrist: Beginn der Rede", "EMBARGOED UNTIL 10:00"): the
# office's note to the press, no part of the text.
EMBARGO_NOTE = re.compile(
    r"[(\[*–—-]*\s*(?:strictly )?(?:sperrfrist|embargo(?:ed)?|sous embargo|under embargo)\s*"
    r"(?::|until|till|bis|jusqu['’]?(?:à|au)|hasta)[^\n]{0,60}", re.I)


def without_soft_hyphens(text: str) -> str:
    """The text without soft hyphens, which only say where a line may break a word, and
    without the zero-width spaces that say so inside a Latin, Greek or Cyrillic word
    ("Verteidigungs\u200bministerium"; Thai and Khmer part their words with them)."""
    if "\xad" in text:
        text = text.replace("\xad", "")
    return ZERO_WIDTH_IN_WORD.sub("", text) if "\u200b" in text else text


ZERO_WIDTH_IN_WORD = re.compile("(?<=[A-Za-z\u00c0-\u024f\u0370-\u04ff])\u200b+"
                                "(?=[A-Za-z\u00c0-\u024f\u0370-\u04ff])")


def clean_text(text: str) -> str:
    """Collapse white space (non-breaking spaces, source line breaks) into single spaces;
    take out soft hyphens.

    The same as ``" ".join(text.split())`` without a string object per word, which
    is most of its cost on running text: the usual white space becomes spaces, and
    once nothing unprintable is left (every other white space character is), runs
    of spaces are halved until single.  Short text has few words: split it.
    """
    text = without_soft_hyphens(text)  # "Bundes\xadpräsident" is one word
    if len(text) < SHORT_TEXT:
        return " ".join(text.split())
    text = text.replace("\xa0", " ").replace("\n", " ").replace("\t", " ").replace("\r", " ")
    if not text.isprintable():
        return " ".join(text.split())
    while "  " in text:
        text = text.replace("  ", " ")
    return text.strip()


def node_text(node: LexborNode) -> str:
    # text_lexbor() is lexbor's own textContent: the same string as
    # text(deep=True, separator=""), built in one native call at a third of the cost.
    return clean_text(node.text_lexbor())


def heading_text(node: LexborNode) -> str:
    """A heading's or a lead's words: a line break or a paragraph in it parts words
    ("Harbour day<br>in Lessa", "<p>...published.</p><p>The ...</p>"), and a kicker set
    inside it ("<span class='kicker'>Interview</span> Title"), or a date, is no part of them.  The
    element keeps the spaces put in for its breaks (whoever reads it next wants them too)."""
    if node.css_first("br, p, div, li, [class]") is None:
        return node_text(node)
    for br in node.css("br"):
        br.replace_with(" ")  # a space where the line breaks; nothing else is parted
    part_blocks(node)
    for inner in node.css("[class]"):
        if LINE_CLASS.search(inner.attributes.get("class") or ""):
            inner.insert_after(" ")  # "<span class='d-block'>": a line of its own
    text = node_text(node)
    for inner in node.css("[class]"):
        kicker = node_text(inner)
        classes = (inner.attributes.get("class") or "").lower()
        if kicker and (KICKER_CLASS.search(classes) or DATE_CLASS.search(classes)) \
                and text.startswith(kicker) and len(text) > len(kicker):
            text = text[len(kicker):].strip()
    return text


def part_blocks(node: LexborNode) -> None:
    """Set a space after each paragraph, box or item inside the node, whose text would
    otherwise run into the next one's ("...180 velars.Families with...")."""
    for block in node.css("p, div, li"):
        block.insert_after(" ")


def links_in(node: LexborNode) -> list[LexborNode]:
    """The node's <a> elements, itself included, as ``node.css("a")`` gives them.

    A paragraph holds a handful of elements: walking them costs a tenth of a
    selector call, which compiles its query and sets up a match each time.
    """
    return [n for n in node.traverse() if n.tag == "a"]


def within(node: LexborNode, tags: tuple[str, ...]) -> bool:
    """True when an ancestor of the node has one of the tags."""
    current = node.parent
    while current is not None:
        if current.tag in tags:
            return True
        current = current.parent
    return False


def is_inside(node: LexborNode, container: LexborNode) -> bool:
    """True when ``node`` lies below ``container`` in the tree."""
    current = node.parent
    while current is not None:
        if current.mem_id == container.mem_id:
            return True
        current = current.parent
    return False


def drop_template(tree: LexborHTMLParser) -> list[str]:
    """Remove scripts, navigation, banners, footers and sidebars: never the statement.

    Returns the text of the JSON-LD scripts removed with them, in page order, so
    that the page is walked once for both (``metadata.read_json_ld``).  Elements
    are found by tag with lexbor's tag walk (``tree.tags``), which costs a third of
    a selector query, one tag after another; each step takes out what it found
    before the next one looks, so that later walks cover less of the page.
    """
    scripts = tree.tags("script")
    # Lexbor matches a script's type without regard to case, as HTML says.
    json_ld = [node.text_lexbor() for node in scripts
               if (node.attributes.get("type") or "").lower() == JSON_LD]
    # A page its scripts render states its article in the app's state ("__NEXT_DATA__"):
    # read as JSON-LD would state it, after the page's own.
    json_ld += [article for node in scripts if node.attributes.get("id") in APP_STATE_IDS
                and (article := app_state_article(node.text_lexbor()))]
    decompose_all(scripts)
    # The banner and footer wrappers, most of the template, found by the presence of
    # the attribute: lexbor compares attribute values more slowly than Python does.
    decompose_all([node for node in tree.css("[itemtype]")
                   if (node.attrs.get("itemtype") or "").endswith(TEMPLATE_TYPES)])
    decompose_all([node for node in tree.css("[role]")
                   if node.attrs.get("role") in TEMPLATE_ROLES])
    # ASP.NET pages wrap the whole page in one <form> (its __VIEWSTATE field or its .aspx
    # action tells it, or the page's <h1> inside): that one is opened, not removed.
    for form in tree.tags("form"):
        if ".aspx" in (form.attributes.get("action") or "").lower() or \
                form.css_first("h1, input[name=__VIEWSTATE]") is not None:
            form.unwrap()
    for box in tree.tags("noscript"):
        if len(box.css("p")) >= NOSCRIPT_PARAGRAPHS:
            box.unwrap()  # a lazy-loading page's text, there for readers without scripts
    # Unlinked in C, each element with its subtree, as decompose_all does.
    tree.strip_tags(list(TEMPLATE_TAGS), recursive=False)
    # A footer or a cookie banner built of <div>s, named so: the usual names only (a
    # sidebar's or a box's names are read later, against the text's weight).
    decompose_all(tree.css(NAMED_TEMPLATE))
    decompose_all(cookie_banners(tree))
    for tag in PAGE_REGIONS:
        decompose_all([n for n in tree.tags(tag) if not within(n, ("article", "main"))
                       and not (tag == "header" and entry_header(n))])
    return json_ld


def entry_header(node: LexborNode) -> bool:
    """A <header> over the statement, outside its <main> ("entry-header": its <h1>, date and
    place), not the site's masthead (its menus, its name as a link home)."""
    h1 = node.css_first("h1")
    if h1 is None or node.css_first("nav") is not None:
        return False
    link = h1.css_first("a")
    return link is None or len(node_text(link)) < len(node_text(h1))


def cookie_banners(tree: LexborHTMLParser) -> list[LexborNode]:
    """Cookie banners by any name with "cookie" or "consent" in it ("vn-cookie-banner",
    "cookiesAlert"), and modal dialogs: a few lines without a title.  A wrapper of the
    whole page may carry the word too ("cookies-accepted"): it holds more text, or the
    page's <h1>."""
    return [node for node in tree.css(COOKIE_NAMED)
            if node.tag not in ("html", "body", "main", "article")
            and node.css_first("h1") is None and _banner_sized(node.text(deep=True), node)]


def _banner_sized(text: str, node: LexborNode) -> bool:
    """A banner's few lines, or a privacy centre's layer: longer, about cookies again and
    again in its first paragraphs, and no article within it."""
    if len(text) <= COOKIE_CHARS:
        return True
    return len(COOKIE_WORD.findall(text, 0, COOKIE_CHARS * 2)) >= COOKIE_MENTIONS \
        and node.css_first("article, main") is None


def decompose_all(nodes: list[LexborNode]) -> None:
    """Take elements out of the page, each with its subtree in one step.

    ``decompose(recursive=False)`` unlinks the element alone, its subtree hanging on
    it; the default unlinks every descendant one by one, a walk of the subtree for
    the same page.  An element nested in one taken before is taken out of that
    detached subtree, which the page no longer reaches either.
    """
    for node in nodes:
        node.decompose(recursive=False)


def is_lead_mark(node: LexborNode) -> bool:
    """True for an element marked as a summary: ``itemprop=description`` or a lead class."""
    attrs = node.attributes
    if not attrs or node.tag == "meta":
        return False
    return attrs.get("itemprop") == "description" or names_lead(attrs.get("class"))


def is_lead_box(node: LexborNode) -> bool:
    """True for a lead-marked element of a standfirst's few paragraphs: a "description" box
    of a whole speech's paragraphs is its body."""
    # A "summary list" of the page's fields (<dt>Date</dt><dd>...</dd>) is no standfirst.
    return is_lead_mark(node) and len(node.css("p")) <= LEAD_MAX_PARAGRAPHS \
        and node.css_first("dt") is None and not any(
            n.tag in ("dl", "dt", "dd") for n in up_from(node, FIELD_LIST_DEPTH))


@lru_cache(maxsize=4096)
def names_lead(classes: str | None) -> bool:
    """Whether class words name a standfirst and not a kicker; cached, as sites repeat them."""
    if not classes:
        return False
    # Drupal names its body field's type "text-with-summary": the body, not its summary.
    # Plone's "documentDescription": a camel-cased word's parts are words.
    words = CAMEL_JOIN.sub("-", classes).lower().replace("with-summary", "")
    return LEAD_CLASS.search(words) is not None and KICKER_CLASS.search(words) is None


def content_weight(node: LexborNode) -> int:
    """Characters of a paragraph that are not link text: what a reader came for."""
    total = len(node.text_lexbor())
    anchors = links_in(node)
    if not anchors:
        return total
    links = sum(len(a.text_lexbor()) for a in anchors)
    return max(0, total - 2 * links) if links * 2 > total else total - links


def find_container(tree: LexborHTMLParser, *, skip: frozenset[int] = frozenset(),
                   rounds: int = CARD_ROUNDS) -> tuple[LexborNode | None, int]:
    """The element holding the main text and its text weight; None when there is none.

    ``skip``: paragraphs (their ``mem_id``) that are not the text, such as a listing's
    teasers; with them, the page's other text is looked for among paragraphs only.
    ``rounds``: how many times more a candidate of cards may give way to another.
    """
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    weights: dict[int, int] = {}
    nodes_of: dict[int, LexborNode] = {}  # the paragraphs that weigh
    boxes: dict[int, bool] = {}  # whether an element is in a lead box, by mem_id
    total = 0
    scale = text_scale(tree)
    for para in tree.css(PARAGRAPHS):
        if skip and para.mem_id in skip:
            continue  # weighs nothing, here or in any element holding it
        weight = weights[para.mem_id] = scale * content_weight(para)
        nodes_of[para.mem_id] = para
        if weight < 25:
            continue
        parent = para.parent
        if weight <= LEAD_WEIGHT and (is_lead_mark(para) or parent is not None
                                      and in_lead_box(parent, boxes)):
            weights[para.mem_id] = 0  # the standfirst's paragraph: the lead, not the text
            continue
        total += weight
        if parent is not None:
            key = parent.mem_id  # each read of mem_id is a call into lexbor
            scores[key] = scores.get(key, 0.0) + weight
            nodes[key] = parent
            grand = parent.parent
            if grand is not None:
                key = grand.mem_id
                scores[key] = scores.get(key, 0.0) + weight / 2
                nodes[key] = grand
    if not scores:
        loose, weight = find_text_container(tree, scale)
        if skip and loose is not None and (
                any(p.mem_id in skip for p in loose.css(PARAGRAPHS))
                or not loose.text_lexbor().rstrip().endswith((".", "!", "?", "。", "؟"))):
            # The teasers' own box again, or a line that ends no sentence (a footer's
            # address): beside the teasers, the page has no text of its own.
            return None, 0
        return loose, weight
    for marked in tree.css(BODY_MARKS):
        marked_weight = weight_under(marked, weights)
        if marked_weight >= 0.5 * total and not continued(marked, weights):
            return marked, marked_weight
    # Widening takes in sections of the text, never a column of other pages' cards.
    own = {key: 0 if w and is_teaser_summary(nodes_of[key]) else w
           for key, w in weights.items()}
    best = widen(nodes[max(scores, key=lambda key: scores[key])],
                 lambda node: weight_under(node, own))[0]
    held = weight_under(best, weights)
    if held < LOOSE_CHECK_CHARS and not skip:
        # Little paragraph text: it may be a sidebar's teasers beside a statement written
        # in lines of its own element (<td>, <div> and <br>), which then weighs more.
        loose, weight = find_text_container(tree, scale)
        if loose is not None and weight > LOOSE_OVER * held and not in_lead(loose) \
                and not is_field_table(loose):
            return loose, weight
    cards = frozenset(p.mem_id for p in best.css(PARAGRAPHS)
                      if p.mem_id in weights and is_teaser_summary(p))
    if rounds and cards and sum(weights[c] for c in cards) * 2 >= held:
        # Mostly other pages' summaries, each under its linked title: a short statement
        # elsewhere is the text, if there is one; a listing's cards are all there is.
        other, weight = find_container(tree, skip=skip | cards, rounds=rounds - 1)
        # A short statement counts beside its headline ("Призначити ... Послом", a decree
        # of a sentence under its <h1>), whatever the cards beside it weigh.
        if other is not None and (weight >= STATEMENT_MIN_CHARS or other.parent is not None
                                  and other.parent.css_first("h1") is not None):
            return other, weight
    return best, held


def is_field_table(node: LexborNode) -> bool:
    """Whether an element is a table of a document's fields ("索 引 号：", "发文机关："), its
    cells labels and their values: a register's card over the text, never the text."""
    cells = [node_text(cell) for cell in node.css("td, th")]
    labels = sum(1 for text in cells
                 if len(text) <= FIELD_LABEL_CHARS and text.endswith((":", "：")))
    return labels >= 2 and labels * 3 >= len(cells)


def continued(marked: LexborNode, weights: dict[int, int]) -> bool:
    """Whether the text goes on after the marked body in a box of the same class (an ad or
    a "read also" box cut it in two, and the mark stayed on the first half)."""
    name = marked.attributes.get("class")
    sibling = marked.next
    while name and sibling is not None:
        if sibling.attributes.get("class") == name and weight_under(sibling, weights) > 0:
            return True
        sibling = sibling.next
    return False


def in_lead(node: LexborNode) -> bool:
    """True for a lead-marked element or one in a lead-marked box: the standfirst, which
    may outweigh a short statement's text but is never it."""
    return is_lead_box(node) or node.parent is not None and in_lead_box(node.parent, {})


def in_lead_box(node: LexborNode, seen: dict[int, bool]) -> bool:
    """Whether the element is lead-marked or lies in a lead-marked box; ``seen`` keeps the
    answers by element, as a text's paragraphs share their parents."""
    key = node.mem_id
    found = seen.get(key)
    if found is None:
        found = seen[key] = any(is_lead_box(n) for n in up_from(node, LEAD_BOX_LEVELS))
    return found


def is_beside(node: LexborNode) -> bool:
    """True for a list item, a sidebar or a menu (by role or tag) not holding the page's
    ``<h1>``: other pages' dates are there."""
    return (node.attributes.get("role") in ("listitem", "complementary")
            or node.tag in ("aside", "nav")) and node.css_first("h1") is None


def up_from(node: LexborNode, levels: int) -> Iterator[LexborNode]:
    """The node and its ancestors, ``levels`` of them at most."""
    current: LexborNode | None = node
    for _ in range(levels):
        if current is None:
            return
        yield current
        current = current.parent


def previous_element(node: LexborNode) -> LexborNode | None:
    """The element before the node among its siblings."""
    before = node.prev
    while before is not None and not before.is_element_node:
        before = before.prev
    return before


def next_element(node: LexborNode) -> LexborNode | None:
    """The element after the node among its siblings."""
    after = node.next
    while after is not None and not after.is_element_node:
        after = after.next
    return after


def is_teaser_summary(para: LexborNode) -> bool:
    """True for a paragraph right under a linked heading: another page's summary in a
    card ("<h3><a>Title</a></h3><p>Summary</p>"), however the site names its cards."""
    before = previous_element(para)
    # Or right under a title link of its own ("<span>date</span><a>Title</a><p>Summary</p>").
    return before is not None and (before.tag in TEASER_HEADINGS and bool(links_in(before))
                                   or before.tag == "a" and len(before.text_lexbor()) >= 20)


def text_scale(tree: LexborHTMLParser) -> int:
    """How much a character weighs: a Chinese, Japanese or Korean one says as much as a
    few of an alphabet, and their paragraphs are that much shorter."""
    head = tree.css_first("title")
    title = head.text_lexbor() if head is not None else ""
    return DENSE_SCALE if not title.isascii() and UNSPACED.search(title) else 1


def weight_under(node: LexborNode, weights: dict[int, int]) -> int:
    """The paragraph weight anywhere inside the node."""
    return sum(weights.get(p.mem_id, 0) for p in node.css(PARAGRAPHS))


def widen(best: LexborNode, weigh: Callable[[LexborNode], int]) -> tuple[LexborNode, int]:
    """Take in sibling sections of the text: climb while the parent holds half as much again.

    A parent that adds no weight and little text is a wrapper, looked past without
    counting: content systems set each section of a text in a box of its own
    ("block-text", then a figure, then "block-text"), and a table of questions and
    answers each row in its own; what holds the boxes is the text.
    """
    held = weigh(best)
    node, levels = best, 0
    # Wrappers add a little text each, a label or a share bar; a layout's boxes around them
    # add up to its menus: the text they may add is counted from the last box that weighed.
    shown = len(best.text_lexbor())
    for _ in range(WIDEN_STEPS):  # wrappers nested without end (tag soup) are not climbed
        if levels >= WIDEN_LEVELS:
            break
        parent = node.parent
        if parent is None or parent.tag in ("body", "html"):
            break
        around = weigh(parent)
        if around > held and articles_in(parent) > 1:
            break  # an endless page's next article: another statement
        if around > held:
            levels += 1
            # A list is a part of a text: the paragraphs around it are the rest ("The Council
            # approved the following:" over the decisions, then "Also approved ...").
            if around < WIDEN_FACTOR * held and not has_twin(node, parent) \
                    and node.tag not in LIST_TAGS:
                break
            best = node = parent
            held, shown = around, len(parent.text_lexbor())
        elif len(parent.text_lexbor()) <= shown + WRAPPER_SLACK:
            node = parent
        else:
            break
    return best, held


def articles_in(node: LexborNode) -> int:
    """How many <article> elements the node holds as its children."""
    count, child = 0, node.child
    while child is not None:
        count += child.tag == "article"
        child = child.next
    return count


def has_twin(node: LexborNode, parent: LexborNode) -> bool:
    """Whether the parent holds another box of running text that goes on with the node's:
    one of its own tag and class, past a figure or a quote ("rich-text", "rich-text"), or
    the folded rest of a text behind "Continue reading" (or the part shown before it); never
    another article (the next one an endless page appends, with a heading of its own)."""
    classes = node.attributes.get("class")
    if not classes:
        return False
    fold = FOLDED.search(classes.lower()) is not None
    child = parent.child
    while child is not None:
        if child.mem_id != node.mem_id and child.is_element_node \
                and child.tag != "article" and child.css_first("h1") is None and (
                child.tag == node.tag and child.attributes.get("class") == classes
                or fold or FOLDED.search((child.attributes.get("class") or "").lower())) \
                and is_prose(child):
            return True
        child = child.next
    return False


def note_link(link: LexborNode) -> bool:
    """Whether a link within the page is a footnote's mark: a number in a superscript
    ("<sup><a href='#fn1'>1</a></sup>") or the arrow back to it ("↩")."""
    text = link.text_lexbor().strip()
    if text in NOTE_ARROWS:
        return True
    return link.parent is not None and link.parent.tag == "sup" \
        and text.strip("[]()").isdigit()


def note_mark(sup: LexborNode) -> bool:
    """Whether a superscript is a footnote's number set after a sentence's or a clause's
    punctuation ("the Verno river.<sup>2</sup>"), not linked; after a letter it may be a
    power or a unit's ("km<sup>2</sup>"), which stays."""
    before = sup.prev
    if before is None or not before.is_text_node:
        return False
    return sup.text_lexbor().strip().strip("[]()").isdigit() \
        and before.text_lexbor().rstrip()[-1:] in NOTE_AFTER


def strip_boilerplate(container: LexborNode) -> None:
    """Remove from the container the subtrees that are page furniture, not statement."""
    doomed = []
    named: list[LexborNode] = []  # doomed for their class words alone
    judged: set[int] = set()  # tag lists already looked at, one per link in them
    # The container's words, read once, when the first hidden element needs them.
    shown = cache(lambda: " ".join(container.text(deep=True).split()))
    # One walk over the container's elements: most have no attributes, and the test
    # of one costs less than the two dozen selectors lexbor would try on each.
    for node in container.traverse():
        tag = node.tag
        if tag in INSIDE_TAGS:  # never an <a>: nothing more to learn from its attributes
            if tag != "button" or node.parent is None or node.parent.tag not in HEADING_TAGS:
                doomed.append(node)  # an accordion's heading is a button: its words stay
            if tag == "img":
                doomed += caption_of(node, container)
            continue
        if tag == "sup" and note_mark(node):
            doomed.append(node)
            continue
        attrs = node.attributes
        if not attrs:
            continue
        if ("hidden" in attrs or attrs.get("aria-hidden") == "true") and not folded(node) \
                or attrs.get("role") in INSIDE_ROLES \
                or attrs.get("role") == "tabpanel" and summary_panel(node, container) \
                or HIDDEN_STYLE.search(attrs.get("style") or "") and hidden_copy(node, shown):
            doomed.append(node)
        elif names_furniture(attrs.get("class"), attrs.get("id")):
            named.append(node)
        # a[rel~="tag"], which lexbor matches without regard to case.
        if tag == "a" and (attrs.get("href") or "").startswith("#") and note_link(node):
            doomed.append(node)  # a footnote's number in the text, its way back ("↩")
            continue
        rel = attrs.get("rel") if tag == "a" else None
        if rel and "tag" in CSS_SPACE.split(rel.lower()):
            holder = tag_list(node, container, judged)
            if holder is not None:
                doomed.append(holder)
    decompose_doomed(doomed + furniture_of(named, container), container)


def caption_of(picture: LexborNode, container: LexborNode) -> list[LexborNode]:
    """The caption in a picture's own box ("<div><img><p class='pie'>...</p></div>"): its one
    short paragraph, in a text that says much more beside it."""
    box = picture.parent
    if box is None or box.mem_id == container.mem_id:
        return []
    paragraphs = box.css("p")
    if len(paragraphs) != 1:
        return []
    said = len(paragraphs[0].text_lexbor())
    return paragraphs if said <= CAPTION_MAX_CHARS and \
        CAPTION_SHARE * said < len(container.text_lexbor()) else []


def furniture_of(named: list[LexborNode], container: LexborNode) -> list[LexborNode]:
    """The elements named as furniture that are furniture: when such names cover most of
    the text, they are the site's names for its text's own boxes ("elementor-widget",
    "print-content", "video-transcript", "author-article__text"), and their running text
    stays; only a strong name (share, related, comments...) dooms prose."""
    if not named:
        return []
    if all(map(is_strong, named)):  # the usual case: nothing a site's text is named for
        return [n for n in named if not holds_the_text(n, container, share=WRAPPER_SHARE)]
    total = len(container.text_lexbor())
    covered = total if named[0].mem_id == container.mem_id else sum(
        len(n.text_lexbor()) for n in outermost(named, container))
    # A wrapper with most of a long text is never furniture, whatever its class says; a
    # strong name (comments beside a short text) must wrap nearly all of it.
    named = [n for n in named if not holds_the_text(n, container, share=WRAPPER_SHARE
                                                    if is_strong(n) else 0.5)]
    if 2 * covered < total or total < PROSE_MIN_CHARS:
        return named
    return [n for n in named if is_strong(n) or not is_prose(n)]


def is_strong(node: LexborNode) -> bool:
    """Whether an element's class or id names furniture whatever its text is: a furniture
    word is left when the weak ones are taken out."""
    attrs = node.attributes
    return strong_names(attrs.get("class"), attrs.get("id"))


@lru_cache(maxsize=4096)
def strong_names(classes: str | None, ident: str | None) -> bool:
    """``is_strong`` of an element's class and id, cached as ``names_furniture`` is."""
    return is_furniture(WEAK_FURNITURE.sub(" ", f"{classes or ''} {ident or ''}".lower()))


def is_prose(node: LexborNode) -> bool:
    """Running text: sentences' worth of words, few of them links."""
    text = len(node.text_lexbor())
    return text >= PROSE_MIN_CHARS and 10 * sum(len(a.text_lexbor()) for a in node.css("a")) \
        < 3 * text


def hidden_copy(node: LexborNode, shown: Callable[[], str]) -> bool:
    """An element its style hides that repeats words shown elsewhere in the container
    (``shown``: its words); a mobile copy of the text beside the desktop one.  A hidden part
    found nowhere else is the rest of the text a "read more" button unfolds, and stays."""
    said = " ".join(node.text(deep=True).split())[:COPY_PROBE_CHARS]
    if len(said) < COPY_PROBE_CHARS // 4:
        return True  # a few hidden words: a widget's, not the text's
    return shown().count(said) > 1


def summary_panel(node: LexborNode, container: LexborNode) -> bool:
    """Whether a tab's panel holds the summary beside the full text's panel: its tab says so
    ("Résumé" beside "Texte intégral")."""
    tab_id = node.attributes.get("aria-labelledby") or ""
    tab = container.css_first(f'[id="{tab_id}"]') if tab_id and '"' not in tab_id else None
    return tab is not None and SUMMARY_TAB.fullmatch(node_text(tab)) is not None \
        and len(container.css('[role="tabpanel"]')) > 1


# A button that unfolds the rest of a text: "Read more", "Lire la suite", "Weiterlesen".
READ_ON = re.compile(r"(?i:read (?:more|on|the full (?:text|statement))|show more|"
                     r"lire la suite|en savoir plus|weiterlesen|mehr anzeigen|leer más|ver más|"
                     r"ler mais|leia mais|continua a leggere|leggi tutto|подробнее|читать далее|"
                     r"czytaj dalej)\s*[›»…+▾▼]?")


def folded(node: LexborNode) -> bool:
    """A folded panel of an accordion or tabs, hidden until opened: the page's text."""
    if node.attributes.get("role") == "tabpanel" or "aria-labelledby" in node.attributes:
        return True  # a tab's panel, which its tab names
    button = node.prev
    while button is not None and button.tag == "-text" and not (button.text_content or "").strip():
        button = button.prev
    if button is not None and button.tag in ("button", "a") and (
            READ_ON.fullmatch(" ".join(button.text(deep=True).split()))
            or node.attributes.get("id") and button.attributes.get("aria-controls")
            == node.attributes.get("id")):
        return True  # the rest of a text under its "Read more" button
    current: LexborNode | None = node
    for _ in range(2):
        if current is None:
            return False
        if FOLDED.search((current.attributes.get("class") or "").lower()):
            return True
        current = current.parent
    return False


def decompose_doomed(doomed: list[LexborNode], container: LexborNode) -> None:
    """Take the doomed elements out of the container, each once (see ``decompose_all``)."""
    seen: set[int] = set()
    for node in doomed:
        if node.mem_id in seen:
            continue
        seen.add(node.mem_id)
        if node.mem_id == container.mem_id:
            node.decompose()  # the container itself: emptied, as it is what is read next
        else:
            node.decompose(recursive=False)


def tag_list(anchor: LexborNode, container: LexborNode, judged: set[int]) -> LexborNode | None:
    """The list or paragraph a ``rel="tag"`` link sits in, when all its links are tags;
    None as well for a holder already in ``judged`` (its first link answered for it)."""
    holder = anchor.parent
    while holder is not None and holder.tag not in ("ul", "ol", "p", "div"):
        holder = holder.parent
    if holder is None or holder.mem_id == container.mem_id or holder.mem_id in judged:
        return None
    judged.add(holder.mem_id)
    if all("tag" in (a.attributes.get("rel") or "").split() for a in holder.css("a")):
        return holder
    return None


@lru_cache(maxsize=4096)
def names_furniture(classes: str | None, ident: str | None) -> bool:
    """``is_furniture`` of an element's class and id, cached: a site's pages repeat the
    same few dozen class names, and an element's test then costs one lookup."""
    return bool(classes or ident) and is_furniture(f"{classes or ''} {ident or ''}".lower())


def is_furniture(words: str) -> bool:
    """True when class or id words name page furniture (share bar, tag list, meta line)."""
    return BOILERPLATE_WORDS.search(words) is not None


def holds_the_text(node: LexborNode, container: LexborNode, share: float = 0.5) -> bool:
    """Whether the node wraps ``share`` or more of a long text."""
    held = len(node.text_lexbor())
    # Below the wrapper size the node cannot hold half of a text long enough to count,
    # whatever the container's length: that is not read then (most furniture is small).
    if 2 * held < WRAPPER_MIN_CHARS:
        return False
    whole = len(container.text_lexbor())
    return whole >= WRAPPER_MIN_CHARS and held >= share * whole


def outermost(nodes: list[LexborNode], container: LexborNode) -> list[LexborNode]:
    """Drop nodes nested in another selected node (an <li> holding <p>s is one block)."""
    chosen = {node.mem_id for node in nodes}
    kept, seen = [], set()
    for node in nodes:
        if node.mem_id in seen:
            continue
        seen.add(node.mem_id)
        parent = node.parent
        nested = False
        while parent is not None and parent.mem_id != container.mem_id:
            if parent.mem_id in chosen:
                nested = True
                break
            parent = parent.parent
        if not nested:
            kept.append(node)
    return kept


def own_text(node: LexborNode) -> int:
    """Characters of text directly inside the element (not in its child elements)."""
    own = 0
    child = node.child
    while child is not None:
        if child.is_text_node:
            own += len((child.text_content or "").strip())
        child = child.next
    return own


def row_text(row: LexborNode) -> int:
    """The length of a short table row's text ("Journalist | Are observers invited?"), whose
    cells are each too short to weigh; a longer row's cells weigh on their own, and a
    layout's row holding the page's boxes is no line."""
    if row.css_first("table, div, p, ul") is not None:
        return 0
    size = len(row.text_lexbor().strip())
    return size if size <= SHORT_ROW_CHARS else 0


SHORT_ROW_CHARS = 200


def find_text_container(tree: LexborHTMLParser, scale: int = 1
                        ) -> tuple[LexborNode | None, int]:
    """For pages without <p>: the element whose text lines (or <div> lines) weigh most;
    ``scale``: what a character weighs (``text_scale``, read once by ``find_container``)."""
    scores: dict[int, int] = {}
    nodes: dict[int, LexborNode] = {}
    owns: dict[int, int] = {}
    for node in tree.css("div, td, section, article, main, body, font, span, dd, dt, li, tr"):
        # A row of short cells ("Journalist" | "Are observers invited?") is one line.
        own = scale * (row_text(node) if node.tag == "tr" else own_text(node))
        if own < 25 or within(node, ("a",)):
            continue
        owns[node.mem_id] = own
        parent = node.parent
        # The grandparent gets half, as a paragraph's does: rows of a table (<td> in <tr>
        # in the table) are lines of one text, however short each one is.
        grand = parent.parent if parent is not None else None
        for holder, share in ((node, own), (parent, own), (grand, own // 2)):
            if holder is not None:
                scores[holder.mem_id] = scores.get(holder.mem_id, 0) + share
                nodes[holder.mem_id] = holder
    if not scores:
        return None, 0
    best = max(scores, key=lambda key: scores[key])
    if scores[best] < LOOSE_MIN_CHARS:
        return None, 0
    # The rows of a table of questions and answers, each a box of its own: all of them.
    return widen(nodes[best], lambda node: sum(owns.get(n.mem_id, 0) for n in node.traverse()))


def without_delivery_note(blocks: list[Block]) -> list[Block]:
    """The blocks without a speech's "Check against delivery" note, which stands over it
    (under its date line) or under it, in any format the speech came in."""
    notes = set(note_places([b.text for b in blocks]))
    return [b for k, b in enumerate(blocks) if k not in notes]


def note_places(texts: list[str]) -> list[int]:
    """Where a speech's delivery note or an embargo line stands among a text's first
    paragraphs or its last two."""
    n = len(texts)
    return [k for k, text in enumerate(texts)
            if (k < DELIVERY_NOTE_BLOCKS or k >= n - 2)
            and (DELIVERY_NOTE.fullmatch(text) or EMBARGO_NOTE.fullmatch(text)
                 or TRANSLATOR_NOTE.match(text))]


def is_photo_line(text: str) -> bool:
    """Whether a paragraph is a picture's caption, credit or placeholder, no text: one that
    opens with the picture's word, or a caption that ends with its credit ("... at the
    entrance. Foto: Ioana Radu / Press Office")."""
    return len(text) <= CAPTION_MAX_CHARS and (PHOTO_LINE.match(text) is not None
                                              or PHOTO_CREDIT_END.search(text) is not None)


def app_state_article(state: str) -> str | None:
    """The article a page's app state holds (a dict with a title and a body of some length),
    as the JSON-LD of an article: its headline, body text, date and description."""
    try:
        data = json.loads(state)
    except json.JSONDecodeError:
        return None
    queue, seen = deque([data]), 0
    while queue and seen < APP_STATE_NODES:
        item = queue.popleft()
        seen += 1
        if isinstance(item, list):
            queue.extend(item)
        elif isinstance(item, dict):
            body = next((v for k in APP_BODY_KEYS if isinstance(v := item.get(k), str)
                         and len(v) >= APP_BODY_MIN_CHARS), None)
            title = next((v for k in APP_TITLE_KEYS if isinstance(v := item.get(k), str)), None)
            if body and title:
                return json.dumps({
                    "@type": "Article", "headline": title, "articleBody": _plain(body),
                    "datePublished": next((v for k in APP_DATE_KEYS
                                           if isinstance(v := item.get(k), str)), None),
                    "description": next((v for k in APP_LEAD_KEYS
                                         if isinstance(v := item.get(k), str)), None)})
            queue.extend(item.values())
    return None


def _plain(body: str) -> str:
    """A body's text, a paragraph a line, when the state holds it as HTML."""
    if "<" not in body:
        return body
    tree = LexborHTMLParser(body)
    paragraphs = [node_text(p) for p in tree.css("p, li, h2, h3, blockquote")]
    return "\n".join(p for p in paragraphs if p) or clean_text(tree.text(separator="\n"))
