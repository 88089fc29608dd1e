"""Plain-text page dumps -> Documents: the main statement first, then one teaser per feed item.

A crawled page's text arrives as one paragraph per line (or hard-wrapped
paragraphs between blank lines), with the site's furniture flattened into it:
the time stamps of a news feed as lines of their own, date lines glued to the
next item's time (``14 March 2025, 11:2009:05``) or to a title
(``14 March 2025, 09:05President Arvid opens the harbour``).  The page is read as a
sequence of typed lines:

    time   a line of time stamps only: feed furniture, never statement text
    date   a line that is a date (+ times), possibly glued to a title
    text   everything else

The main statement runs from the title to the first time or date line after
its body; what follows is the feed residue, cut at its date lines into items.
Whether a feed's date line closes its item (as on the seed page) or opens it
is read from the residue itself: text before the first date line means dates
close their items.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from babel import Locale

from ..errors import PageDropped
from ..models import Block, Document, Page
from ..parse.dates import (
    DEFAULT_LOCALES,
    SLASH_ORDER,
    find_datetime,
    numeric_dates,
    page_dates,
    parse_datetime,
    text_order,
    unglued_year,
)
from ..parse.kinds import names_kind
from ..parse.language import (
    CLOSING_QUOTES,
    UNSPACED,
    detect_language,
    language_code,
    word_count,
)
from ..parse.speakers import office_word, opens_lower
from .content import (
    COOKIE_WORD,
    DELIVERY_NOTE,
    FEEDBACK,
    FURNITURE_LABELS,
    SECTION_LABEL,
    SOURCE_CREDIT,
    SUBSCRIBE,
    is_photo_line,
    note_places,
    without_soft_hyphens,
)
from .header import (
    BYLINE,
    BYLINE_MAX_CHARS,
    CLOSING_PLACE,
    PLACE_FIELD,
    PLACE_FIELD_WORDS,
    PLACE_PREPOSITION,
    PUBLISHED_LABEL,
    REGION,
    SENTENCE_ENDS,
    STAMP_WORD,
    TAIL_PLACE,
    UPDATED_LABEL,
    clock_of,
    closing_place,
    is_weekday,
    lone_dateline_place,
    not_section,
    opening_dateline,
    opening_place,
    past_same_day,
    past_venue,
    place_name,
    place_of,
)
from .metadata import TITLE_DATE_MARKS, date_from_url, site_of, title_place
from .pagetypes import (
    CREDIT,
    ERROR_TITLE,
    FURNITURE_TEXT_CHARS,
    GALLERY_PICTURES,
    LINE_CHARS,
    captions_outweigh,
    text_page_kind,
)

# The site's furniture after a statement (a sharing bar, "related news", a copyright
# line) ends it; what follows is residue.
COPYRIGHT = re.compile(r"(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved|"
                       r"\(copyright\s[^()]{2,60}\)|"  # a republished text's "(Copyright X, 2025)"
                       r"tous droits réservés|todos los derechos reservados|"
                       r"alle rechte vorbehalten|все права защищены|جميع الحقوق محفوظة|版权所有)",
                       re.IGNORECASE)
FOOTER_CHARS = 200  # a copyright line anywhere in a line this short is the page's footer
# A related-news heading of a text page, in the languages of the sites seen.
RELATED = (r"other (?:news|stories|speeches|statements)|more from|другие (?:материалы|новости)|"
           # The most read: "Most read", "Mais lidas", "Самое читаемое".
           r"most (?:read|popular|viewed)|mais lidas|lo más leído|más leídas|les plus lus|"
           r"meistgelesen|самое читаемое|самые читаемые|più lett[ie]|"
           r"ещё по теме|останні новини|інші новини|diğer (?:haberler|duyurular|açıklamalar)|"
           r"(?:duyuru|haber|basın açıklaması) arşivi|"
           r"otr[oa]s (?:noticias|discursos|comunicados)|dans la même rubrique|autres actualités|"
           r"outras notícias|weitere (?:meldungen|artikel|nachrichten)|altre notizie|"
           r"inne wiadomości|其他新闻|相关链接|mais notícias|últimas notícias|"
           r"notícias relacionadas|últimas noticias|dernières actualités|latest news|"
           r"ultim[ie] (?:notizie|comunicati|interventi|dichiarazioni|news)|"
           r"últim[oa]s (?:comunicados|declaraciones|discursos|entrevistas|notas)|"
           r"derni(?:ers|ères) (?:communiqués|discours|déclarations|entretiens)|"
           r"neueste (?:meldungen|nachrichten|pressemitteilungen)|aktuelle meldungen|"
           r"новости по теме|материалы по теме|новини за темою|related news|"
           # "You may also be interested in", in the languages of the month tables.
           r"you (?:may|might) also (?:like|be interested in)|das könnte sie auch interessieren|"
           r"(?:cela |ceci )?(?:pourrait|peut) (?:aussi |également )?vous intéresser|"
           r"(?:también )?(?:te|le) puede interesar|potrebbe (?:anche )?interessarti|"
           r"(?:também )?(?:pode|poderá) (?:lhe |te )?interessar|"
           r"вам (?:может|могут) быть интересн\w+|"
           r"może cię (?:też |także )?zainteresować|"
           # More languages' "other / related / latest news" (see FURNITURE_LABELS).
           r"(?:other|more|related|latest) (?:press releases|interviews|remarks|briefings|"
           r"speeches|statements|documents|articles)|otr[oa]s (?:entrevistas|declaraciones)|"
           r"outras entrevistas|weitere (?:interviews|reden|pressemitteilungen|erlasse|dokumente|"
           r"meldungen|nachrichten|artikel|termine)|"
           r"notizie correlate|articoli correlati|articles similaires|"
           r"חדשות נוספות|כתבות נוספות|עוד חדשות|ידיעות נוספות|כתבות קשורות|"
           r"(?:اخبار|خبرهای|مطالب) مرتبط|سایر اخبار|اخبار دیگر|آخرین اخبار|آخر الأخبار|"
           r"أحدث الأخبار|"
           r"متعلقہ خبریں|مزید خبریں|دیگر خبریں|تازہ ترین خبریں|अन्य समाचार|और खबरें|"
           r"আরও সংবাদ|আরও খবর|সম্পর্কিত সংবাদ|অন্যান্য সংবাদ|সর্বশেষ সংবাদ|"
           r"ข่าวที่เกี่ยวข้อง|ข่าวอื่น ?ๆ|ข่าวล่าสุด|berita (?:berkaitan|lain|terkini)|"
           r"artikel berkaitan|(?:ucapan|kenyataan|siaran) terkini|"
           r"(?:mga )?kaugnay na balita|iba pang balita|"
           r"habari (?:zinazohusiana|nyingine|zaidi)|ተዛማጅ ዜናዎች|ሌሎች ዜናዎች|ተጨማሪ ዜናዎች|"
           r"(?:digər|əlaqəli|son|oxşar) xəbərlər|"
           r"(?:boshqa|so['‘’ʻ]nggi|tegishli) yangiliklar|"
           r"бошқа янгиликлар|басқа жаңалықтар|այլ նորություններ|առնչվող նորություններ|"
           r"վերջին նորություններ|(?:სხვა|მსგავსი|ბოლო) სიახლეები|"
           r"(?:холбоотой|бусад|сүүлийн) мэдээ|"
           r"σχετικ(?:ά άρθρα|ές ειδήσεις)|άλλες ειδήσεις|τελευταίες ειδήσεις|"
           r"(?:kapcsolódó|további|legfrissebb|egyéb) hírek|kapcsolódó cikkek|"
           r"muut (?:tiedotteet|uutiset)|aiheeseen liittyvät|uusimmat uutiset|"
           r"(?:други|свързани|последни|още) новини|(?:остале|повезане|најновије) вести|"
           r"(?:ostale|povezane|najnovije) vesti|(?:ostale|povezane|najnovije|vezane) vijesti|"
           r"(?:ďalšie|súvisiace|najnovšie) správy|súvisiace články|(?:další|související|"
           r"nejnovější) zprávy|související články|(?:citas|saistītās|jaunākās) ziņas|"
           r"(?:kitos|susijusios|naujausios) naujienos|(?:teised|seotud|viimased) uudised|"
           r"alte știri|știri (?:similare|conexe)|ultimele știri|articole similare|"
           r"ander nieuws|gerelateerd nieuws|meer nieuws|(?:fler|relaterade|andra) nyheter|"
           r"flere nyheder|relaterede nyheder|relaterte nyheter|(?:druge|sorodne) novice|"
           r"lajme të (?:tjera|ngjashme)|(?:други|поврзани) вести|các tin khác|tin khác|"
           r"tin mới nhất|(?:관련|다른|최신) (?:뉴스|소식)|関連ニュース|その他のニュース|"
           r"(?:other|related) documents|autres documents|otros documentos|weitere dokumente|"
           r"altri documenti|outros documentos|inne dokumenty|другие документы|інші документи|"
           # Traditional Chinese "related news" and "further reading"; a link back to the
           # page's section ("記者会見へ戻る", "Back to press releases", "Retour aux actualités").
           r"相關新聞|相關報導|延伸閱讀|相关报道|延伸阅读|[^\s]{1,16}(?:へ|に)戻る|"
           r"back to (?:the )?(?:[^\W\d_]+ ?){1,3}|"
           r"retour (?:à|aux?) (?:la |l['’])?(?:[^\W\d_]+ ?){1,3}|"
           r"zurück zu(?:r|m)? (?:[^\W\d_]+ ?){1,3}|"
           r"volver a (?:la |las |los )?(?:[^\W\d_]+ ?){1,3}")
# A page's tag lists' headings, alone on a line ("Topics" over "Foreign policy").
TAG_LABELS = (r"topics|persons|people|geography|themen|personen|темы|персоны|география|"
              r"теми|персони|географія|thèmes|personnes|temas|personas|personalidades|temi|"
              r"persone|tematy|osoby|assuntos|tópicos|subjects|sujets|argomenti|schlagwörter|"
              r"onderwerpen|aihealueet|ämnen|emner")
# The lines an agency closes a text with: who reported, wrote and edited it, its standards,
# its tags ("Reporting by A in Lessa; Editing by B", "Edição: A", "Topics: Grain, Ports").
WIRE_TRAILER = re.compile(
    r"(?i:(?:(?:additional )?reporting|writing|editing|compiled|edited|written) by\s[^.!?]{2,200}"
    r"|(?:edição|edición|redação|redacción|reportagem|rédaction|edited|editor[a]?|redaktion"
    r"|bearbeitung|текст|редактор)\s?[:：]\s?[^.!?:]{2,60}"
    r"|our standards\s?:.{0,120}"
    rf"|(?:{TAG_LABELS}|tags|etiquetas|теги|schlagworte)\s?[:：]\s?[^.!?:]{{2,200}})")
# A sharing bar's networks, named alone on a line ("Facebook X Telegram").
# The networks whose names alone on a line are a sharing bar's ("Facebook" / "X" / ...).
NAMED_NETWORKS = (r"facebook|twitter|x|telegram|whatsapp|viber|linkedin|vk|вконтакте|"
                  r"одноклассники|instagram|youtube|weibo|微博|微信|wechat|kakao|e-?mail|mastodon|"
                  r"threads|bluesky|ফেসবুক|এক্স|फेसबुक|ट्विटर|เฟซบุ๊ก|פייסבוק|וואטסאפ|"
                  # Latvia's own network; e-mail in the Baltic and Nordic languages
                  r"draugiem(?:\.lv)?|e-?pasts|e-?paštas|e-?post|sähköposti|teldupostur|"
                  r"tölvupóstur|एक्स|ह्वाट्सएप|व्हाट्सऐप")
NETWORKS = (rf"{NAMED_NETWORKS}|ok|line|correo electrónico|correio eletrônico|courriel|"
            # and the page's print link beside them ("Facebook X Telegram Друк")
            r"print|друк|печать|imprimer|drucken|imprimir|stampa|drukuj|tisk|印刷用ページ|印刷|인쇄|"
            # and its share and post buttons ("Post Share Print")
            r"share|post|tweet|공유|シェア|ポスト|分享")
# A page's source or author line by its date: "来源：外交部网站", "Source: Press Office",
# "From: Prime Minister's Office" (between the title and the date, as GOV.UK sets it).
SOURCE_LINE = re.compile(r"(?:来源|來源|出典|출처|source|quelle|fuente|fonte|источник|джерело|"
                         r"المصدر|author|autor|auteur|автор|from|issued by|published by)"
                         r"\s*[:：]\s*\S.{0,80}$", re.I)
# A field of the page's record, whatever follows its colon: where it is filed, its link, its
# tags ("Опубликован в разделах: Новости", "Etiquetas: Oranthe, energía", "الوسوم: ...").
FIELD_LABELS = (r"published in sections|опубликован в разделах|опубліковано в розділах|"
                r"direct link|ссылка на материал|постоянная ссылка|пряме посилання|permalink|"
                r"lien permanent|enlace permanente|tags|etiquetas|étiquettes|etichette|"
                r"schlagwörter|schlagworte|теги|тэги|мітки|теґи|الوسوم|teglar|teqlər|etiketler|"
                r"tagi|标签|タグ|태그|keywords|palabras clave|mots-clés|parole chiave|"
                r"palavras-chave|ключевые слова|tag|תגיות|برچسب[‌ ]?ها|ٹیگز|टैग|ট্যাগ|แท็ก|"
                r"vitambulisho|መለያዎች|тегтер|պիտակներ|თეგები|шошго|ετικέτες|címkék|tunnisteet|"
                r"avainsanat|етикети|ознаке|oznake|štítky|značky|birkas|žymos|sildid|etichete|"
                r"taggar|trefwoorden|stikkord|mga tag|label|tagy|түлхүүр үг|"
                # A release's contact for more information ("Lisätietoja: Riikka Salo, ...").
                r"lisätietoja|lisätiedot|further information|for (?:further|more) information|"
                r"media contacts?|press contacts?|pressekontakt|yderligere oplysninger|"
                r"nærmere opplysninger|meer informatie|informations complémentaires|"
                r"további információ|dodatkowe informacje|další informace|"
                r"informații suplimentare|lisainfo|"
                # Vietnamese keywords; a release's writer and photographer in Indonesian.
                r"từ khóa|từ khoá|penulis|fotografer|"
                # The section a page is filed in: "Categoria: Discursos · Tags: …".
                r"categor(?:y|ia|ía|ie)|catégorie|kategorie|kategori|kategoria|категория|"
                r"категорія|рубрика|рубрики|"
                # Topics with their values: "Topics: Foreign policy, Veloria", in Hebrew.
                r"topics|נושאים|"
                # A blog template's links to the pages before and after this one.
                r"(?:next|previous|older|newer) (?:post|article|story|entry)|"
                r"article (?:suivant|précédent)|(?:nächster|vorheriger) (?:artikel|beitrag)|"
                r"(?:noticia|entrada) (?:siguiente|anterior)|(?:próxima|notícia anterior)|"
                r"(?:следующая|предыдущая) (?:новость|запись)|"
                r"(?:наступна|попередня) (?:новина|публікація)")
# The furniture that ends a text page's statement: a label alone on its line, a record's
# field, a label before the networks it shares to ("Поделиться:  ВКонтакте  Telegram",
# "Share on Facebook"), a row of bracketed links ("【打印本页】【关闭窗口】"), a copyright line.
# A site's footer links, in a row with other furniture ("Impressum · Datenschutz").
FOOTER_LINKS = (r"impressum|datenschutz(?:erklärung)?|privacy(?: policy)?|terms of use|cookies?|"
                r"accessibility|site ?map|contact(?: us)?|kontakt|mentions légales|aviso legal|"
                r"política de privacidad|accesibilidad|mapa del sitio|plan du site|"
                r"barrierefreiheit|политика конфиденциальности|карта сайта|контакты")
# "Print | Send": a page's own links in a row ("Штампај | Пошаљи").
FONT_SIZE = (r"schriftgröße|размер шрифта|розмір шрифту|حجم الخط|cỡ chữ|文字サイズ|字号|字號|"
             r"yazı boyutu|rozmiar (?:czcionki|tekstu)|taille (?:du texte|des caractères)|"
             r"tamaño (?:de (?:la )?)?(?:letra|texto|fuente)|tamanho (?:da )?(?:letra|fonte)|"
             r"font size|text size|ukuran (?:huruf|teks)|글자 ?크기|ფონტის ზომა|"
             # the buttons that set it: "글자 크게", "文字を大きく", "字体放大"
             r"글자 ?(?:크게|작게)|文字を(?:大きく|小さく)|字体(?:放大|缩小)|字體(?:放大|縮小)")
SIZE_BUTTON = r"(?:[AaАаأ][+\-−]?|标准|標準|拡大|縮小|大|中|小)"
# A page button's words: printing, the text's size, sending and sharing.
WIDGET_ITEM = (r"print(?:able)? version|printer-friendly(?: version)?|print this page|print|"
               r"druckversion|drucken|версия для печати|текстовая версия|печать|друкувати|"
               r"версія для друку|imprimer|imprimir|versión (?:para )?imprimir|stampa|"
               r"drukuj|yazdır|in bài|طباعة|印刷|打印|인쇄|ბეჭდვა|tisk|tlačiť|nyomtatás|"
               r"cetak|skriv ut|tulosta|(?:powiększ|pomniejsz) tekst(?: a[+-])?|"
               r"send by e-?mail|e-?mail this page|copier le lien|copy link|"
               r"(?:télécharger|download|herunterladen|descargar|scarica|baixar|скачать|"
               r"завантажити)(?: (?:le|la|the|el|il|o|das))?(?: \.?(?:pdf|document|texte|text))?|"
               r"(?:partager|share|teilen|compartir) (?:sur|on|auf|en) \w+|"
               rf"{FONT_SIZE}|{SIZE_BUTTON}")
_ROW_ITEM = (rf"(?:{FURNITURE_LABELS}|{FOOTER_LINKS}|seite \w+|send(?: to a friend)?|envoyer|"
             r"senden|enviar|отправить|надіслати|пошаљи|pošalji|pošlji|wyślij|poslat|"
             # "Envoyer à un ami | Haut de page", "Back to top"; accessibility's other names.
             r"envoyer à un ami|an einen freund senden|enviar a un amigo|invia a un amico|"
             r"haut de page|retour en haut|back to top|top of page|nach oben|volver arriba|"
             r"torna su|voltar ao topo|accessibilité|accessibilità|acessibilidade|"
             r"dostępność|toegankelijkheid)")
PAGER_WORDS = (r"首页|上一页|下一页|尾页|末页|前へ|次へ|前のページ|次のページ|"
               r"이전|다음|처음|마지막|"
               r"previous|prev|next|first|last|zurück|weiter|vorherige|nächste|précédente?|"
               r"suivante?|anterior|siguiente|próxima|precedente|successiva|предыдущая|"
               r"следующая|назад|вперед|вперёд|poprzednia|następna|önceki|sonraki|السابق|التالي")
FURNITURE = re.compile(rf"(?:{FURNITURE_LABELS}|{RELATED}|{TAG_LABELS})\s*[:：՝]?\s*$|"
                       rf"{FEEDBACK.pattern}[^.!]{{0,40}}$|"  # "Was this page useful? Yes No"
                       rf"{SUBSCRIBE.pattern}[^.!?]{{0,120}}[.!]?$|"
                       rf"(?:{FIELD_LABELS}|{RELATED})\s*[:：՝]|"
                       r"(?:이전글|다음글|前の記事|次の記事|上一篇|下一篇)\s|"
                       # The font size's buttons ("【字体：大 中 小】"), a count of views.
                       r"【?\s*(?:字体|字號|字号)\s*[:：]|"
                       r"(?:조회수|조회|浏览次数|阅读次数|閲覧数|views?|просмотр\w*|lượt xem|"
                       r"görüntülenme|visualizações|visualizaciones|affichages|vues|aufrufe|"
                       r"zugriffe|hits|lecturas|visitas|ผู้เข้าชม|dilihat|dibaca)"
                       r"\s*[:：]?\s*[\d,.\s]+$|"
                       # the count first: "1.932 kali dibaca", "2 917 vues"
                       r"[\d][\d,.\s]*\s(?:kali dibaca|kali dilihat|views|vues|affichages|"
                       r"lượt xem|просмотр\w*|aufrufe|visualizações)$|"
                       # a count of comments: "۰ نظر", "3 comments"
                       r"[\d۰-۹٠-٩]+\s*(?:نظر|تعليقا?ت?|comments?|комментари\w*|yorum)$|"
                       rf"(?:{_ROW_ITEM}\s*[|·•/]\s*)+{_ROW_ITEM}\s*$|"
                       rf"(?:{FURNITURE_LABELS}|{TAG_LABELS})\s*[:：՝]?(?:\s+(?:(?-i:[^\W\d_a-zа-яё])[^\s.!?]*|"
                       r"\w{1,3})(?:\s+[|·•,]|,)?)"
                       rf"{{1,6}}\s*$|(?:【[^】]{{1,8}}】\s*){{2,}}|"
                       # the networks in a row, their label before them ("Compartir: Facebook
                       # | X", "Compartilhe: Compartilhe por Facebook Compartilhe por X ...")
                       rf"(?:(?:{FURNITURE_LABELS})\s*[:：|·•]\s*)?(?:(?:(?:{FURNITURE_LABELS})"
                       rf"\s+(?:por|on|sur|en|via|auf|su)\s+)?(?:{NETWORKS})\s*[|·•,]?\s*){{2,}}"
                       r"(?:link para copiar.*|copy link|copiar (?:el )?enlace)?"
                       # and the page's buttons after them ("... Courriel Imprimer la page")
                       rf"(?:\s*(?:{WIDGET_ITEM})(?: (?:la|the|cette|diese) (?:page|seite))?)?$|"
                       # a page's tags as hashtags, in a row or one on a line
                       r"#[^\W\d_][^#.!?]{0,40}(?:#[^\W\d_][^#.!?]{0,40})*$|"
                       # a link to the document's file: "Herunterladen (PDF, 120 KB)",
                       # "Download PDF (84 KB)"
                       r"[^()\n]{0,40}(?:\b(?:pdf|docx?|rtf|odt|xlsx?|zip)\s*)?\((?:(?:pdf|docx?|rtf|"
                       r"odt|xlsx?|zip)\s*[,;]?\s*)?\d+(?:[.,]\d+)?\s*(?:[kmg]i?b|[kmg]o|[км]б)\)\s*$|"
                       # or by its verb and type alone: "Télécharger le décret (PDF)"
                       r"(?:télécharger|download|herunterladen|descargar|scarica|baixar|скачать|"
                       r"завантажити)\b[^()\n]{0,40}\((?:pdf|docx?|rtf|odt)\)\s*$|"
                       rf"{COPYRIGHT.pattern}|"
                       # a row of the page's buttons: "[Print version] [Text version] Font
                       # size: A A A", "Print version   Send by e-mail", "Drukuj | A+ | A-"
                       rf"(?:\s*[|·•]?\s*\[?(?:{WIDGET_ITEM})\]?\s*[:：]?)+$|"
                       # a listing's pages: "首页 上一页 1 2 3 下一页 尾页", "« Zurück 1 2 … 41
                       # Weiter »"
                       rf"(?=[^\d\n]*\d)(?:(?:{PAGER_WORDS}|[«»‹›<>|…]+|\.\.\.|\d{{1,4}})\s*){{3,}}$",
                       re.IGNORECASE)
PLACE_MAX_CHARS = 40
# A player's button on a video's or a podcast episode's page.
PLAYER = re.compile(r"(?i)^(?:play|watch|listen|spela upp|afspil|toista|kuuntele|lyssna|écouter|"
                    r"regarder|abspielen|reproducir|ver|assistir|ouvir)\b.{0,20}\b(?:video|"
                    r"vidéo|vídeo|episode|avsnitt|afsnit|jakso|épisode|folge|episodio|podcast|"
                    r"youtube)\b|^(?:play|lecture|abspielen|reproducir|spela upp)$")
TRANSCRIPT_LABELS = 2  # speakers' labels that make a page's short lines a transcript
PLAYER_LINES = 6  # lines after the page's own part where its player's buttons may stand
PLAYER_PROSE_CHARS = 400  # a video's or an episode's page says a sentence or two of its own
# The words of an office that issues a page, on a line of its own under the title.
ISSUER = re.compile(r"(?i:\b(?:unit|office|bureau|press service|secretariat|directorate|"
                    r"cellule|servicio de prensa|oficina|ufficio|gabinete|pressestelle|"
                    r"presseamt|persdienst|communication division|media division)\b)")
FIELD_SPLIT = re.compile(r"[|¦·•～~]")
PLACE_IN = re.compile(r",?\s+(?:in|im|at|à|au|en|em|no|na|nel|nella|w|we|в|во|у)\s+"
                      r"((?:[^\W\d_][\w'’\-]*\s?){1,4})")
STRAY_TIMES = re.compile(r"^(?:\d{1,2}:\d{2}\s*)+$")
# A transcript's starting time under its place, with a zone's letters ("2:05 P.M. LST").
STARTED_AT = re.compile(r"^\d{1,2}:\d{2}\s*[AaPp]\.?\s?[Mm]\.?(?:\s+[A-Z]{2,5})?$")
# A time alone with its label or its unit: "שעה: 15:42", "16:30 น.", "11:00 Uhr", "3:40 PM".
TIME_LINE = re.compile(r"^(?:[^\W\d_]{1,12}\s?[:：]\s*)?\d{1,2}[:h]\d{2}"
                       r"(?:\s?(?:[^\W\d_]{1,4}\.?|[AaPp]\.?[Mm]\.?))?$")
# A time glued before an item's title ("10:00Поздравление с Днём Республики"), which may
# open with a quote ("17:05“Teachers' Day”...").
LEAD_TIME = re.compile(r"^(\d{1,2}:\d{2})(?=[^\W\d_]|[“„«\"'‘])")
# A feed item's title after its time, glued or a space apart, over the item's day.
TIMED_TITLE = re.compile(r"^(\d{1,2}:\d{2}) ?(?=[^\W\d_]|[“„«\"'‘])")
CLOCK = re.compile(r"(\d{1,2}):(\d{2})")  # a line's first time ("11:0010:50": 11:00)
GLUED_TIMES = re.compile(r"^(?:\s*[,|]?\s*\d{1,2}[:h.]\d{2})+")  # "11:0010:50", "11h0010h50"
# A title's time glued at its end, or a space apart ("...Saldovia18:40", "... 16h30").
END_TIME = re.compile(r"(?<=[^\W\d_])\s?(\d{1,2})[:h](\d{2})$")
GLUED_END_TIME = re.compile(r"(?<=[^\W\d_])\d{1,2}:\d{2}$")  # "...қабылдады14:35"
LEADING_TIMES = re.compile(r"(?:\d{1,2}[:h]\d{2})+\s*")
# Words that make a paragraph read as first or second person: such a paragraph is speech, not lead.
# First and second persons in the languages of the month tables' sites (a speech's opening
# "Mesdames, je suis heureux", "皆様、こんにちは"), CJK ones without word boundaries.
PERSONAL = re.compile(r"\b(?:I|I'm|I’m|we|We|you|You|my|My|our|Our|your|Your|я|Я|мы|Мы|вы|Вы|"
                      r"нам|наш|наши|ваш|мой|[Jj]e|[Nn]ous|[Vv]ous|[Ii]ch|[Ww]ir|[Uu]nser\w*|"
                      r"[Nn]osotros|[Nn]uestr[oa]s?|[Ee]u|[Nn]ós|[Nn]oi|[Ii]o|[Mm]y|[Ww]y|"
                      r"[Мм]и|[Вв]и|[Мм]ən|[Bb]iz|[Ss]iz)\b|j['’]|私|我|皆様|皆さん|"
                      r"저는|제가|우리|여러분|أنا|نحن")
# A speaker's greeting to the hall ("Boas tardes a todos e a todas."): a speech's words,
# no narrative lead.
GREETING = re.compile(r"(?i:good (?:morning|afternoon|evening)|buen(?:os días|as tardes|as noches)|"
                      r"bo(?:as tardes|s días|a tarde|m dia|a noite)|bon(?:jour|soir)|"
                      r"guten (?:morgen|tag|abend)|buon(?:giorno|asera)|dzień dobry|"
                      r"dobr[ýéyoa] (?:den|dan|večer|dzień|jutro|rano)|"
                      r"добр(?:ый|ое|ого|ий) (?:день|утро|вечер|ранку|вечора)|"
                      r"goede(?:morgen|middag|navond)|god (?:morgen|dag|kveld|aften)|"
                      r"hyvää (?:päivää|huomenta|iltaa)|bona tarda|bon dia)\b|"
                      # A speech's opening invocation: "In the name of God", "Bismillah".
                      r"(?i:in the name of (?:god|allah)|bismillah|bismillahir|بسم الله|"
                      r"বিসমিল্লাহ|बिस्मिल्लाह|بسم اللہ)")
LEAD_MAX_CHARS = 600
INTRODUCING_WORDS = 8  # a sentence that introduces the words after its colon, not a label
ASKING = ("?", "？", "؟")
CLOSING_SENTENCE_WORDS = 5  # a sentence of the text, over its closing date
SIGNER_WORDS = 4  # "Federal President Amara Velden": a role and a name
DOCUMENT_DAYS_BEFORE = 14  # a letter's or a decree's own day, before its page's
OWN_DATELINE_LINES = 3  # text lines after a document's dateline: it is inside the text
HEADER_SPAN = 25  # lines from the top in which the page's own date line is looked for
# A line of no letters ("***", "# # #", "-30-"), or typists' initials ("AV/RK", "DS/SH/MK",
# and in Devanagari "एमजी/एएम").
# A transcript's end and its time ("END 2:02 P.M. EST", "— END —"), or the zeros or rings of
# "—000—" and "---ooOoo---"; a rule.
# "ENDS", "[ENDS]", "ends", Malay and Indonesian "-- TAMAT --", "SELESAI"; "[END OF
# TRANSCRIPT]"; Bislama, Pashto.
_END_WORDS = (r"[-–—=*#\s\[(]{0,6}(?:ENDS?|[Ee]nds|FIN|ENDE|TAMAT|SELESAI|ENS|پای|"
              r"(?i:end of (?:the )?(?:transcript|statement|release|remarks|document)))[\])]?")
# Typists' and editors' initials: "AV/RK", "DS/SH/MK", in Devanagari "एमजी/एएम", an Arabic
# agency's ("ع م ر/ س ج", letters a space apart), and the desk's code before a name
# ("WAH/SQR/Hassan Bashir").
_ARABIC_INITIALS = r"[\u0621-\u064a](?: ?[\u0621-\u064a]){0,3}"
_INITIALS = (r"[A-Z]{1,4}(?:/[A-Z]{1,4}){1,3}(?:/[A-Z][a-z]+(?: [A-Z][a-z]+)?)?|"
             r"[\u0900-\u097f]{1,8}(?:/[\u0900-\u097f]{1,8}){1,3}|"
             rf"{_ARABIC_INITIALS}(?: ?/ ?{_ARABIC_INITIALS}){{1,3}}")
CLOSING_MARK = re.compile(rf"^(?:\W{{1,12}}|[-=_*~#]{{3,}}|-30-|{_INITIALS}|"
                          # a Chinese or Japanese release's "(end)"
                          r"[（(](?:[完了終终]|以上)[）)]|"
                          # its source in brackets: "[자료: 대통령실 대변인실]", "【来源：新华社】"
                          r"[\[［【](?:자료|출처|来源|來源|出典|资料来源)\s*[:：][^\]］】]{1,40}[\]］】]|"
                          # an editor's initials in brackets, an agency's end tag: "(vk)",
                          # "(ZNA) FM/RK"
                          r"\([a-z]{1,4}\)|\([A-Z]{2,6}\)(?:\s+[A-Z]{1,4}(?:/[A-Z]{1,4}){0,3})?|"
                          r"\W{1,4}[0oO]{2,5}\W{1,4}|"
                          # a transcript's end time alone ("1:58 P.M. EDT"), or after "END"
                          r"\d{1,2}:\d{2}\s*[AaPp]\.?\s?[Mm]\.?(?:\s+[A-Z]{2,5})?|"
                          rf"{_END_WORDS}"
                          r"(?:\s+\d{1,2}:\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,5})?)?"
                          r"[-–—=*#\s]{0,6})$")
# A release's end word alone on its line ("ENDS", "Ends.", "— END —", "-30-", "###"): what
# follows it (a media contact) is no part of the text.
END_WORD = re.compile(rf"{_END_WORDS}[-–—=*#.\s]{{0,6}}|-30-|###|[-–—]0[-–—]|"
                      # a transcript's end and its hour: "(Fin à 13 h 52)", "(End at 1.52pm)"
                      r"[（(](?i:fin|fim|end|ende)\s+(?i:à|at|um|a las|às|alle|o)\s+"
                      r"[\d\s:.hapm]{1,12}[）)]")
# A rule under a text's last paragraph ("*****", "______", "(完)"): the few short lines after
# it are the press office's signature ("Biro Pers, Media, dan Informasi"), no text.
END_RULE = re.compile(r"[-=_*~#•\s]{3,}|[（(](?:[完了終终]|(?i:fin|fim|end|ende|konec|koniec|"
                      r"конец|кінець|son|انتهى|النهاية))[）)]|/{2}\s*(?:انتهى|النهاية)\s*/{2}")
SIGNOFF_CHARS = 120
END_MARK_LINES = 3  # a text page's end mark stands among its last lines
INITIALS_LINE = re.compile(_INITIALS)
END_WORD_REACH = 16  # "ENDS" may stand over a release's notes, its "About" and its contacts
# A release's contact block under its text: a heading alone on its line, in the languages seen.
CONTACT_HEADING = re.compile(
    r"(?:(?:media|press|news) )?(?:contacts?|enquiries|inquiries)|"
    r"for (?:media|press) (?:contacts?|enquiries|inquiries)|contacts? (?:for|with) (?:the )?"
    r"(?:media|press|journalists)|contacts? (?:presse|médias?)|contacto(?:s)?(?: de prensa| "
    r"para (?:los )?medios)?|pressekontakt|kontakt(?: für (?:die )?(?:medien|presse))?|"
    r"contatti(?: (?:stampa|per la stampa))?|contatos?(?: para (?:a )?imprensa)?|"
    r"perskontakt|pressekontakt|kontakt för media|kontakty? (?:dla mediów|pro média)|"
    r"контакты(?: для (?:сми|прессы))?|контакти для змі|contact(?: us)?|"
    # The Swiss federal pages' box: "Address for enquiries" in German, French and Italian.
    r"adresse für rückfragen|adresse pour l['’]envoi de questions|"
    r"indirizzo cui rivolgere domande|address for enquiries",
    re.I)
CONTACT_LINE_CHARS = 120  # a contact block's line: a name, an office, a number, an address
# What only a contact block holds: an e-mail address or a telephone number.
CONTACT_MEANS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\+?\(?\d[\d ()./-]{6,}\d")
# A note of the zone after a date line's time, its offset in it: "(Lessa time, UTC+2)".
ZONE_NOTE = re.compile(r"^\s*\([^()]{0,30}?,?\s*(?:UTC|GMT)\s*(?P<sign>[+\-−])\s*(?P<hours>\d{1,2})"
                       r"(?::?(?P<minutes>\d{2}))?\)\s*$")
# A zone the date finders do not know after a date line's time ("17:30 IST", "(ET)"): no words.
ZONE_WORD = re.compile(r"\s*\(?[A-Z]{2,5}\)?(?!\w)")
ZONE_LEFT = re.compile(rf"^{ZONE_WORD.pattern}\s*$")
# A line that only labels the date line under it ("Published", "Publicado em", "Datum:").
# "Дата публикации:", "Date of publication:": the word for "date" and what it dates.
DATE_LABEL = re.compile(rf"(?:(?:{PUBLISHED_LABEL.pattern})\w*(?:\s+\w+)?|(?:date|datum|fecha|"
                        r"data|дата|تاريخ)(?:\s+(?:of\s+)?\w+)?)\s*[:：]?", re.IGNORECASE)
# A field's label alone on its line, its value on the next ("From:", "Delivered on:").
FIELD_LABEL = re.compile(r"[^\W\d][\w.’'\- ]{0,30}[:：]")
# A field and its value on one line: "Écrit par : Super User", "Affichages : 2917".
FIELD_VALUE = re.compile(r"[^\W\d][\w.’'\-]*(?: [\w.’'\-]+){0,2} ?[:：] *\S[^:：]{0,50}")
TRAIL = re.compile(r"\s[/>»›|]\s")  # a breadcrumb's or a menu's separators: "Home / News"
SWITCH_BARS = re.compile(r"\s*[|/·•]\s*")
SWITCH_CHARS = 3  # a language's code or a letter size: "EN | VL", "RU EN", "A A A"
# A breadcrumb's separators ("Press / Interviews"); a bar may end a title with the site's name.
BREADCRUMB = re.compile(r"\s[/>»›]\s|\s?[＞〉]\s?|\s\|\s.*\s\|\s")
GUILLEMETS = re.compile(r"«[^«»]*»")
# A dump's next column on the line, or its next field after a bar ("| כ"ב באלול", the
# day in another calendar).
COLUMN_GAP = re.compile(r"^(?: {3,}|\t|\u3000|\s+[|¦]\s)")
WIDE_GAP = re.compile(r" {3,}|\t|\u3000")  # between two columns of a line
BOX_DRAWING = re.compile(r"[\u2500-\u257f]+")
LINK_NUMBER = re.compile(r"\[\d{1,4}\](?=\S)")  # lynx's "[12]Home": the link's number
ERROR_LINE_CHARS = 60  # an error page's heading: "Page not found", "Error 404 - Not found"
# A line of the site's links in a row ("Impressum | Datenschutz | Kontakt"): a footer's.
LINK_ROW = re.compile(r"^[^|·•]{1,40}(?:\s[|·•]\s[^|·•]{1,40}){2,}$")
TEASER_MIN_WORDS = 4
BRACKETED_DATELINE_CHARS = 80
ITEM_LINES = 2  # a feed item's lines between two dates: its title, and its summary
FEED_RUN = 2  # titles closed by their dates in a row: a feed's items
FEED_LABELS = 3  # a feed's heading and a sharing label over it, at most, between text and feed
FEED_LABEL_WORDS = 3
BAR_PROSE_LINES = 2  # a sharing bar under a page's standfirst: paragraphs of prose under it
BAR_PROSE_WORDS = 12
FEED_LABEL_CHARS = 30
# Around a feed item's title closed by its date: a list's bullet, the marks before the date.
TITLE_EDGE = " •·*・/" + TITLE_DATE_MARKS
TITLE_OPENING = TITLE_EDGE.replace("(", "").replace("[", "")  # "[서면 브리핑] ..." keeps its "["
# A line of fields around its date: the marks between them.
FIELD_AFTER = re.compile(r"^\s*[|¦·•～~]")
# A labelled field after the date, a gap away: "2025-03-14 18:30  来源：澜州通讯社".
LABELLED_AFTER = re.compile(r"^(?:\s{2,}[^\W\d_]{1,12}\s?[:：]|\s+[^\W\d_]{1,12}：)")
FIELD_BEFORE = re.compile(r"[|¦·•]\s*$")
FIELDS_BEFORE_CHARS = 60
LONE_SEPARATOR = re.compile(r"\s*[,|·•/–—-]\s*")
BAR_ALONE = re.compile(r"\s*[|¦│]\s*")
# A cookie banner's notice, whatever the language: it names cookies and asks for consent.
CONSENT_WORDS = re.compile(r"consen|accept|accett|akzept|acept|aceit|zgod|toestemming|"
                           r"согласи|einwillig|zustimm|privacy|datenschutz|confidentialit|"
                           r"privacidad|privacidade|prywatno", re.I)
SITE_WORD = re.compile(r"\b(?:site|website|sito|webseite|sitio|portal|strona|сайт|web)\b",
                       re.I)
COOKIE_NOTICE_CHARS = 600


def is_cookie_notice(text: str) -> bool:
    """A cookie banner's paragraph ("This site uses cookies ... Accept all ..."), which a
    crawler's text of the page keeps, most often at its top: it names the site, its cookies
    and the reader's consent (a statement on a cookie law names no "site" of its own)."""
    return len(text) <= COOKIE_NOTICE_CHARS and COOKIE_WORD.search(text) is not None \
        and CONSENT_WORDS.search(text) is not None and SITE_WORD.search(text) is not None


# Lines of a page's widgets that are never its text, wherever they stand: a news item's code,
# the reading time, the editor in charge, the font size switch, "back to top".
READ_ALSO = (r"read also|also read|read more|lire aussi|à lire aussi|lesen sie auch|"
             r"lea también|lee también|leia também|veja também|leggi anche|czytaj także|"
             r"читайте также|читайте також|相关阅读|延伸阅读|اقرأ أيضاً?|xem thêm|baca juga|"
             r"ayrıca oku|ayrıca okuyun|δείτε επίσης|διαβάστε επίσης")
PAGE_WIDGET = re.compile(r"(?i:(?:【我要纠错】\s*)?(?:کد خبر|شناسه خبر|news id|temps de lecture|"
                         r"lesezeit|reading time|время чтения|tiempo de lectura|tempo di lettura|"
                         r"责任编辑|編輯|编辑|字体)\s*[:：]\s*[^.!?。]{0,40}|"
                         r"【(?:字体|字號|责任编辑|編輯)[：:][^】]{0,20}】(?:\s*【[^】]{0,10}】)*|【我要纠错】|"
                         r"(?:back to top|haut de page|retour en haut(?: de (?:la )?page)?|"
                         r"nach oben|seitenanfang|volver arriba|ir arriba|torna su|"
                         r"voltar ao topo|наверх|вгору|na górę|このページのトップへ戻る|"
                         r"(?:この)?ページの(?:トップ|先頭)へ(?:戻る)?|返回顶部|맨 위로|"
                         # "記者会見一覧へ": back to the list of press conferences.
                         r"\S{1,12}一覧(?:へ|に戻る|ページへ)|"
                         # A listing's page number: "Pagina 2 van 14", "Page 2 of 14".
                         r"(?:page|pagina|página|seite|strona|страница|сторінка|sivu|sida|side)"
                         r"\s+\d{1,4}\s+(?:of|van|de|von|z|из|з|af|av|/)\s+\d{1,4}|"
                         # its pager: "« Zurück 1 2 Weiter »", "‹ Previous 1 2 3 Next ›"
                         r"[«‹]?\s*(?:zurück|previous|précédent|anterior|назад|vorige|poprzednia)"
                         r"\s+(?:\d{1,3}\s+){1,12}(?:weiter|next|suivant|siguiente|далее|volgende|"
                         r"następna)\s*[»›]?)|"
                         # A "read also" insert between paragraphs: its label and another
                         # page's title ("Читайте также: ...", "اقرأ أيضاً: ...").
                         rf"(?:{READ_ALSO})\s*[:：]\s*[^\n]{{3,160}}|"
                         # A link that skips the menus: "Skip to content", "Saltar para o
                         # conteúdo", "Passa al contenuto principale".
                         r"(?:skip|jump|go) to (?:the )?(?:main )?(?:content|navigation|menu)|"
                         r"(?:saltar|pular|ir) (?:para o|al|a) (?:conteúdo|contenido)"
                         r"(?: principal)?|(?:aller|passer) au contenu(?: principal)?|"
                         r"(?:direkt )?zum inhalt(?: springen)?|"
                         r"(?:passa|vai|salta) al contenuto(?: principale)?|"
                         r"ga (?:direct )?naar (?:de )?(?:inhoud|hoofdnavigatie)|"
                         r"przejdź do (?:treści|zawartości)(?: strony)?|"
                         r"перейти к (?:основному )?(?:содержанию|контенту)|"
                         r"hoppa till (?:huvud)?innehåll(?:et)?|gå til (?:hoved)?ind?hold(?:et)?|"
                         r"siirry sisältöön|μετάβαση στο περιεχόμενο|"
                         # A transcript's disclaimer: "E&OE TRANSCRIPT" (errors and
                         # omissions excepted).
                         r"e\s?&\s?oe(?: transcript| proof only)?|"
                         # A reading time: "2 min de lecture", "3 min read".
                         r"\d{1,3}\s*(?:min(?:utes?)?|мин\.?|минут[аы]?)\.?\s*(?:de lecture|"
                         r"read|reading|de leitura|de lectura|di lettura|чтения|Lesezeit)|"
                         # A sharing bar's network alone on its line ("Facebook" / "X" / ...).
                         rf"{NAMED_NETWORKS}|"
                         # The font size's buttons: "Schriftgröße: A A A", "A+ A-", "أ+ أ-".
                         rf"\[?(?:{FONT_SIZE})\]?\s*[:：]?(?:\s*\[?{SIZE_BUTTON}\]?){{0,3}}|"
                         rf"(?:\[?{SIZE_BUTTON}\]?\s*){{1,3}})\s*")
# How switches name a language besides its own name in CLDR ("Bahasa Indonesia", "Қазақша").
SWITCH_NAMES = frozenset({"bahasa indonesia", "bahasa melayu", "简体中文", "繁體中文", "қазақша",
                          "azərbaycanca", "o'zbekcha", "oʻzbekcha", "кыргызча", "тоҷикӣ"})
TITLE_AFTER_WORDS = 3  # words of a title a space after its item's date
LISTED_ITEMS = 4  # items shaped as the page's own after it: the page is their listing
SUMMARY_CHARS = 300  # a listing item's summary, at most
ITEM_GAP_LINES = 3  # a timed item's title, two lines of summary at most, the next title
TIMED_TITLE_WORDS = 2  # "Conseil des ministres10h00": an item's title, however short
LISTED_TITLES = 2  # dated titles that make a page without text of its own a listing
TITLE_GAP = re.compile(r"\s+(?:[-–—|:]\s+)?")  # between an item's date and its title
# The place after a title's closing day ("..., 15 Temmuz 2026, Selvikent"): a name or two.
TITLE_DAY_PLACE = re.compile(r",\s+([^\W\d_][\w'’\-]+(?:\s[^\W\d_][\w'’\-]+){0,2})\.?\s*")
TITLED_DAY_CHARS = 40  # a title's words before its day: more than a label's
# A lower-case preposition before a date that goes on another line's words: a document's
# heading ("Postanowienie ... / z dnia 4 marca 2026 r.", "Указ ... / от 4 марта 2026 года").
PREPOSITION_BEFORE = re.compile(r"(?-i:z dnia|z|ze|of|from|dated|vom|von|du|de|del|dal|da|"
                                r"от|від|із|з|dne|zo dňa|od)\s+")
# The same words after a title, before the day it names ("Pressekonferenz vom").
PREPOSITION_AFTER = re.compile(r"\S\s+(?-i:vom|of|du|del|dal|z dnia|от|від|dne|zo dňa)\s+$")
# A release's or a document's number in its label: "Pressemitteilung Nr. 58/26".
# The update's date after the publication's on one line: "... 11h05 — Mis à jour le 8 avril".
UPDATE_AFTER = re.compile(rf"\s*[—–|·•-]\s*(?:{UPDATED_LABEL.pattern})", re.I)
# A release's label over its date: "FOR IMMEDIATE RELEASE", "Media release", "Communiqué".
RELEASE_LABEL = re.compile(r"(?i:(?:for immediate release|(?:media|press|news) release|"
                           r"communiqué(?: de presse)?|comunicado(?: de (?:prensa|imprensa))?|"
                           r"pressemitteilung|persbericht|pressmeddelande|tiedote|"
                           r"пресс-релиз|прес-реліз|komunikat(?: prasowy)?|siaran pers)\.?)")
NUMBERED = re.compile(r"(?:№|\b(?:No|Nr|N[°º]|Núm)\.?)\s*\d", re.IGNORECASE)
# A document's number under its signature's date: "№ 247", "No. 245", "N° 2025-114".
DOCUMENT_NUMBER = re.compile(r"\s*(?:№|No\.?|Nr\.?|N[°º]|Núm\.?|Nomor|Sayı)\s*\d[\w/.\-]*\s*",
                             re.IGNORECASE)
PERSON_LINE_WORDS = 7
OFFICE_LINKS = frozenset({"of", "for", "the", "and", "&"})
# A name in its parliamentary style: "The Hon A B MP", "Hon. A B", "A B MLA", "Senator A B".
STYLED_NAME = re.compile(r"^(?:the\s+)?(?:rt\.?\s+)?(?:hon\.?|honourable|senator)\s+"
                         r"(?:the\s+hon\s+)?(?-i:[A-Z])|\s(?-i:MP|MLA|MPP|MHA|MHR|TD|MSP|MS)$",
                         re.I)
STYLE_WORDS = re.compile(r"^(?:senator\s+)?(?:the\s+)?(?:rt\.?\s+)?(?:hon\.?|honourable)\s+|"
                         r"^senator\s+|\s(?-i:MP|MLA|MPP|MHA|MHR|TD|MSP|MS)$", re.I)
BYLINE_LINE_WORDS = 8  # a byline of its own under a title: "By A B and C D", "Por A B – Repórter"
BYLINE_WORDS = 5  # "by the Press Information Bureau" after a date line's date
PREFIX_MAX_CHARS = 48
PREFIX_COLUMN_CHARS = 30  # before a date line's date, when no field separator sets it apart
LANGUAGE_SAMPLE_CHARS = 2000  # of a page's text, to tell its language by
PICTURE_NUMBER = re.compile(r"\d{1,3}\s*/\s*\d{1,3}")  # a gallery's picture "2 / 12"
DAY_TITLE_WORDS = 3  # a title's words before the day it names: "Point de presse du"
DAY_PREFIX_MARK = re.compile(r"[^\w\s]")  # a label's mark before a day: "Lessa, le", "Date:"
WRAP_CHARS = (45, 100)  # the widths a dump's lines are wrapped at
KICKER_WORDS = 4
MENU_WORDS = 6  # a menu's line: "Events Structure Documents The President Multimedia"
LABEL_WORDS = 2  # a section's or a kind's label over a title or a date
# A day in another calendar before the Gregorian one: its numbers, its month and era words
# (a label before them), then a slash or a bracket.
OTHER_CALENDAR = re.compile(r"(?:[^\s\d:]+:\s*)?\d+\s+[^\s/(\d]+\s+\d+(?:\s+[^\s/(\d]+)?"
                            r"\s*[/(]\s*")
MENU_ITEM_WORDS = 4  # a menu's item repeated over a date line names its section, at most
TEASER_LINES = 3  # a feed item's lines under its title: a summary, a kicker
TITLE_FIELDS = 4  # lines between a title ending in its day and the page's date line, at most
FIELD_WORDS = 3  # a label's or a field's words between them ("Transcript", "Détails")
STANDFIRST_WORDS = 12  # a summary under a title over its date line, at least
STANDFIRST_TITLE_WORDS = 5  # the title over it, at least
RESTATED_SHARE = 0.6  # of a title's words in the line under it: a fuller title
MENU_ITEMS = 2  # short lines after a date line that make it the menus' (today's date)
STOPS = (".", "!", "?", "。", "！", "？", "…")  # a sentence's last mark
VENUE_WORDS = 6  # a venue's line over a header's widgets, at most
WIDGET_RUN = 3  # short lines over a header's widget, with it, at most
LINE_ENDS = (*STOPS, ":", "：")  # a sentence's or a label's last mark
TITLE_MAX_WORDS = 40  # a decree's title may run long: "Decree ... No. 214 On the appointment ..."
# A full stop: Latin, CJK, Devanagari's and Bengali's danda, Burmese's, Ethiopic's.
SENTENCE_END = (".", "。", "．", "।", "॥", "။", "።")
# Thai and Lao end a sentence with a space, no mark: their sentences may read as titles.
UNSTOPPED = re.compile("[\u0e00-\u0eff]")
SITE_BAR = re.compile(r"\s+[|•·]\s+|_(?=[^_\s]*$)")
SITE_NAME_WORDS = 6
# The fields a scraper writes over a page's text, by the name of the field they fill.
FIELD_NAMES = {"title": "title", "headline": "title", "url": "url", "link": "url",
               "source": "url", "date": "published_at", "published": "published_at",
               "publication date": "published_at", "datetime": "published_at",
               "language": "language", "lang": "language", "site": "site",
               "author": "author", "category": "category", "section": "category",
               "tags": "tags", "description": "description",
               # A reader's export ("URL Source:", "Published Time:", "Markdown Content:").
               "url source": "url", "published time": "published_at",
               "markdown content": "content"}
# A scraper's other fields, a rule under them, and its comment marks.
OTHER_FIELD = re.compile(r"[^\W\d_][\w-]{0,20}(?: [^\W\d_][\w-]{0,20}){0,2}\s*:\s+\S.{0,200}")
RULE_LINE = re.compile(r"[-=_*#\s]{3,}")
COMMENTED = re.compile(r"^#\s+(?=[^\W\d_][\w-]*(?: [\w-]+){0,2}\s*:|-{3,})")
HEADER_FIELDS_CHARS = 2000  # the header's lines are read this far at most
HEADER_FIELD = re.compile(rf"^({'|'.join(sorted(FIELD_NAMES, key=len, reverse=True))})\s*:\s*"
                          r"(.*)$", re.IGNORECASE)


@dataclass(slots=True)
class Line:
    """One non-empty line of the page, typed."""

    kind: str  # "time", "date" or "text"
    text: str
    date: str | None = None
    glued: str = ""  # text glued after a date line's times
    before: str = ""  # a date line's words before its date ("Lessa, le ")
    place: str = ""  # a place after a date line's time ("12:10, Lessa", "13:00 Uhr in Brannau")
    titled: bool = False  # its glued text a title a space apart ("令和6年4月10日 大統領記者会見")
    glued_times: bool = False  # another item's times glued to it ("18:4516:30"): a feed's
    closing: bool = False  # the statement's own date under its text, over the sharing bar
    tail: str | None = None  # a text line's date closing it ("Title13.03.2025"): maybe an item's
    closed: bool = False  # an item of a run of titles their dates close: the item is its title
    timed_item: bool = False  # a title timed at its end under its day's heading: an item
# A speaker's label opening a paragraph: "Anna Weber, Lessa Daily: ", "司会：", "林悦（通訳）："
# (a full-width colon, no space after it).
SPOKEN_LABEL = re.compile(r"^[^\s:]{1,40}(?:\s[^\s:]+){0,5}\s?:\s|"
                          r"^[^\s:：。，,.]{1,12}(?:[（(][^）)]{1,10}[）)])?：|"
                          # Spanish labels closed by ".-": "Presidente del Gobierno.- Buenas"
                          r"^[^\s.:]{1,40}(?:\s[^\s.:]+){0,5}\.[-–—]\s?(?=\w)")


def extract_text(page: Page) -> list[Document]:
    """Split a text page into its main statement and its feed teasers.

    Raises:
        InputError: the page cannot be decoded.
        PageDropped: the page holds no statement text.
    """
    from . import page_text

    return documents_from_text(page_text(page), meta=page.meta, url=page.url)


def documents_from_text(text: str, *, meta: dict[str, object] | None = None,
                        url: str | None = None) -> list[Document]:
    """Read page text (with any fields the source already knows in ``meta``) into Documents.

    Its dates are read as its language writes them, the language the source states, else
    the one its words tell: month names ("listopad" is October in Croatian) and dates that
    read both ways ("11/03/2025" is the 11th of March, but in American English).
    """
    fields, text = header_fields(without_soft_hyphens(text))
    meta = {**fields, **(meta or {})}
    language = language_code(_str(meta.get("language"))) \
        or detect_language(text[:LANGUAGE_SAMPLE_CHARS])
    with page_dates(language, site_of(url or _str(meta.get("url")))):
        if SLASH_ORDER.get() is None:
            # Neither the language's tag nor the site says how "11/03/2025" reads: the
            # text's own dates may ("March 11" in its dateline, "14/03/2025" elsewhere).
            with numeric_dates(text_order(text)):
                return _documents(text, meta, url, language)
        return _documents(text, meta, url, language)


def _documents(text: str, meta: dict[str, object], url: str | None,
               language: str | None) -> list[Document]:
    """The statement and the feed's teasers of a page's text (``documents_from_text``) in
    the page's ``language``."""
    typed = _without_lone_separators([classify(p) for p in split_paragraphs(text)
                                      if not PAGE_WIDGET.fullmatch(p)
                                      and not is_cookie_notice(p)])
    lines = _timed_titles_under_days(_titles_ending_in_days(_dated_titles(_closing_dates(
        _signed_dates(typed)))))
    if not any(line.kind == "text" for line in lines):
        raise PageDropped("no statement text")
    page_kind = text_page_kind([line.text for line in lines],
                               dated=any(line.kind == "date" for line in lines))
    if page_kind is not None:
        raise PageDropped(page_kind)
    main, feed_from, end = main_document(lines, meta)
    main.url = url or _str(meta.get("url"))
    main.site = main.site or site_of(main.url)  # as an HTML page's: the host it came from
    opening = main.lead or (main.blocks[0].text if main.blocks else None)
    # An agency's standfirst over its dateline's paragraph: the dateline opens the text.
    opened = main.blocks[0].text if main.lead and main.blocks else None
    if main.published_at is None and opening:
        # "MOSCOW, March 28, 2018 – ...": a press release's dateline opens its text.
        dateline = opening_dateline(opening)
        if dateline is not None:
            main.published_at, main.place = dateline.date, main.place or dateline.place
    if main.published_at is None:
        main.published_at = date_from_url(main.url)
    main.place = main.place or (opening_place(opening) if opening else None) \
        or (opening_place(opened) if opened else None) \
        or closing_place([b.text for b in main.blocks] + [
            line.text for line in lines[end:end + 1] if line.closing]) \
        or title_place(main.title) or lone_dateline_place(
            [b.text for b in main.blocks] + [line.text for line in lines[end:end + 1]
                                              if line.closing], main.lead)
    teasers = feed_documents(_without_own_stamp(lines[end:], main.published_at))
    listing = bool(teasers) and (_teaser_like(main) and not _set_apart(lines, end)
                                 or _read_more_after(lines, end)
                                 or _first_of_items(lines, feed_from, end, main))
    titled = [k for k, line in enumerate(lines) if line.kind == "date" and line.glued]
    items = [k for k, line in enumerate(lines) if line.timed_item]
    if items and items[0] < end and len(items) >= LISTED_TITLES:
        # The page's own date line is the first of its titles timed under their days: a
        # listing of them, the first item's summary taken for the page's text.
        listing, feed_from = True, items[0]
    elif len(titled) >= LISTED_TITLES and not main.lead and all(
            FURNITURE.match(b.text) for b in main.blocks):
        # No text of its own, dated titles under its heading ("13 mars 2024 — Discours du
        # Président ..."): a listing of them.
        listing, feed_from = True, titled[0]
    if listing:
        # A listing's first item taken for the page's own statement: its summary cut
        # short, or titles alone; the feed starts with it, and with its date line, when
        # that was read as the page's and the items open with their dates.
        if 0 < feed_from < len(lines) and lines[feed_from - 1].kind == "date" \
                and lines[feed_from].kind == "text" and _dates_after_links(lines[feed_from:]):
            feed_from -= 1
        elif 1 < feed_from < len(lines) - 1 and lines[feed_from - 1].kind == "date" \
                and lines[feed_from - 2].text == main.title \
                and lines[feed_from].kind == "text" and lines[feed_from + 1].kind == "date":
            feed_from -= 2  # items of a title over its date: the page's "own" is the first
        teasers = feed_documents(lines[feed_from:])
    if not main.blocks and not main.lead and not teasers:
        raise PageDropped("no statement text")  # a line or two ("ref: refs/heads/main")
    if not listing and _gallery(main):
        raise PageDropped("photo gallery")
    if not listing and _player_page(main, lines[end:end + PLAYER_LINES]):
        raise PageDropped("video or podcast page")
    own = not listing and _statement_or_none(main, lines[:end], has_feed=bool(teasers))
    docs = [main] + teasers if own else teasers
    # A feed's teasers are in the page's language: a teaser's few words may not tell it.
    language = main.language or language
    for doc in docs[1:]:
        doc.url = None
        doc.site = main.site
        doc.language = doc.language or language
    return docs


def _dated_titles(lines: list[Line]) -> list[Line]:
    """The lines with each run of titles closed by their dates ("Title13.03.2025",
    "标题 2025-03-13 20:05") read as a feed's items, their dates opening them.

    One such line may be a sentence or a heading that ends with its day; two in a row
    (``FEED_RUN``) are a feed's.  A title is closed by a date when it is text the date
    ends (``Line.tail``) or a date line with a title before it and nothing after.
    """
    closed = [line.tail or (line.date if line.kind == "date" and not line.glued
                            and _titles_day(line.before) else None) for line in lines]
    out = list(lines)
    k = 0
    while k < len(lines):
        run = k
        while run < len(lines) and closed[run]:
            run += 1
        if run - k == FEED_RUN and lines[k].text.endswith(lines[k + 1].text):
            run = k  # a breadcrumb's last item, the title, then the title itself: no feed
        for j in range(k, run if run - k >= FEED_RUN else k):
            out[j] = Line("date", lines[j].text, date=closed[j], closed=True,
                          glued=lines[j].before.rstrip(TITLE_EDGE).lstrip(TITLE_OPENING))
        k = max(run, k + 1)
    return out


def _timed_titles_under_days(lines: list[Line]) -> list[Line]:
    """The lines with each title that ends in its time under a day's heading ("14 March
    2025" / "Meeting with Prime Minister X14:30" / summary / "Meeting of the Council11:05")
    read as a feed's items, their day and time opening them; the headings go.  A listing's
    shape only where FEED_RUN such titles stand under the headings."""
    timed: dict[int, tuple[str, str]] = {}
    day: str | None = None
    last = 0  # the day's heading or its last item: the next item follows within a summary
    for k, line in enumerate(lines):
        if line.kind == "date":
            before = line.before.strip(TITLE_EDGE + " ,")
            day = line.date if line.date and "T" not in line.date and not line.glued \
                and (not before or is_weekday(before)) else None  # "Vendredi 14 mars 2025"
            last = k
        elif line.kind == "text" and day is not None and k - last <= ITEM_GAP_LINES \
                and (end := END_TIME.search(line.text)):
            title = line.text[:end.start()].rstrip()
            if _looks_like_title(title) and word_count(title) >= TIMED_TITLE_WORDS:
                timed[k] = (_timed(day, f"{end[1]}:{end[2]}"), title)
                last = k
    if len(timed) < FEED_RUN:
        return lines
    headings, heading = set(), None  # the day's line over each timed title goes
    for k, line in enumerate(lines):
        if line.kind == "date":
            heading = k
        elif k in timed and heading is not None:
            headings.add(heading)
    return [Line("date", line.text, date=timed[k][0], glued=timed[k][1], timed_item=True)
            if k in timed else line for k, line in enumerate(lines) if k not in headings]


def _titles_ending_in_days(lines: list[Line]) -> list[Line]:
    """The lines with a title that ends in its day ("Pressemøde om energiaftale den 4. marts
    2026", "Press Secretary's briefing, 4 March 2026") read as text when the page's own
    date line of that day follows it, a label or a field or two between ("Transcript",
    "Écrit par : ..."): the title names its day, the date line dates the page."""
    out = list(lines)
    for k, line in enumerate(lines[:HEADER_SPAN]):
        if line.kind != "date" or not line.date or line.glued:
            continue
        words = line.before.strip(TITLE_EDGE)
        # Two words do when one is in lower case: a title's noun ("Valitsuse
        # pressikonverents, 19. märts 2026"), not a place's name ("Port Lessa, 19 March").
        short = word_count(words) == DAY_TITLE_WORDS - 1 and any(
            w[:1].islower() for w in words.split())
        if word_count(words) < DAY_TITLE_WORDS and not short or not _looks_like_title(words) \
                or STAMP_WORD.search(words):
            continue
        for nxt in lines[k + 1:k + 1 + TITLE_FIELDS]:
            if nxt.kind == "date":
                if nxt.date and nxt.date[:10] == line.date[:10] and not nxt.glued and (
                        not nxt.before or STAMP_WORD.search(nxt.before)
                        or word_count(nxt.before.strip(TITLE_EDGE)) <= 1):
                    out[k] = Line("text", line.text)
                break
            if word_count(nxt.text) > FIELD_WORDS and ":" not in nxt.text:
                break
    return out


def _titles_day(before: str) -> bool:
    """Whether a date line's words before its date are a title ("Мулоқот бо Сафири
    Сальдовия 12.03.2025"), not a label ("Published", "Lessa, le", "Friday,")."""
    words = before.strip()
    return (word_count(words) >= DAY_TITLE_WORDS - 1 and _looks_like_title(words)
            and not DAY_PREFIX_MARK.search(words) and not STAMP_WORD.search(words))


def contacts_from(texts: list[str]) -> int | None:
    """Where a release's contact block starts among its last paragraphs: a heading
    ("Media contacts", "Contact") over short lines only, one of them an address or a number."""
    for k in range(max(len(texts) - END_WORD_REACH, 1), len(texts) - 1):
        heading = texts[k].rstrip(" :：")
        rest = texts[k + 1:]
        if CONTACT_HEADING.fullmatch(heading) and all(
                len(t) <= CONTACT_LINE_CHARS for t in rest) \
                and any(CONTACT_MEANS.search(t) for t in rest):
            return k
    return None


def _before_contacts(paragraphs: list[str]) -> list[str]:
    k = contacts_from(paragraphs)
    paragraphs = paragraphs if k is None else paragraphs[:k]
    while len(paragraphs) > 1 and _contact_line(paragraphs[-1]):
        paragraphs = paragraphs[:-1]
    return paragraphs


def _contact_line(text: str) -> bool:
    """A release's contact on one line: its heading, a colon, an office and a number or an
    address ("Contact presse : Service presse – 03 88 55 01 20 – presse@region.fr")."""
    heading, colon, rest = text.partition(":")
    return bool(colon) and len(text) <= CONTACT_LINE_CHARS * 2 \
        and CONTACT_HEADING.fullmatch(heading.strip()) is not None \
        and CONTACT_MEANS.search(rest) is not None


def _without_credit(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a credit line closing them ("Source: Press Service"), nor an
    agency's credits and tags under them ("Reporting by ...; Editing by ...", "Edição: ...",
    "Topics: Grain, Ports")."""
    end = len(paragraphs)
    while end > 1 and WIRE_TRAILER.fullmatch(paragraphs[end - 1]):
        end -= 1
    if end and SOURCE_CREDIT.fullmatch(paragraphs[end - 1]):
        end -= 1
    return paragraphs[:end]


def _dates_after_links(lines: list[Line], link: str | None = None) -> bool:
    """Whether the items open with their dates, each after the link that ends the one
    before ("Read more" / "11 March 2026" / title / summary / "Read more" / ...)."""
    link = link or _items_link(lines)
    dated = [k for k, line in enumerate(lines) if line.kind == "date"]
    return link is not None and len(dated) > 1 and all(
        k == 0 or lines[k - 1].kind == "text" and lines[k - 1].text == link for k in dated)


def _items_link(lines: list[Line]) -> str | None:
    """The short link every item of a feed ends with ("Lasīt vairāk", "En savoir plus"),
    whatever its language: a line of a few words that recurs more than ``FEED_RUN`` times."""
    counts = Counter(line.text for line in lines
                     if line.kind == "text" and word_count(line.text) <= FEED_LABEL_WORDS)
    link, n = counts.most_common(1)[0] if counts else (None, 0)
    return link if n > FEED_RUN else None


def _read_more_after(lines: list[Line], end: int) -> bool:
    """Whether the page's text ends as every item after it does, with the same short link
    ("Lasīt vairāk", "Batafsil"): then it is a listing's first item, whatever the words."""
    return end < len(lines) and lines[end].kind == "text" \
        and _items_link(lines[end:]) == lines[end].text


def _set_apart(lines: list[Line], end: int) -> bool:
    """Whether the page sets its text apart from the items after it: a related-news label or
    a sharing bar between the two ("Weitere Erlasse" over the other decrees), as a listing's
    items never have between them."""
    after = next((k for k in range(end, len(lines)) if lines[k].kind != "text"), len(lines))
    return any(FURNITURE.match(line.text) for line in lines[end:after])


def _first_of_items(lines: list[Line], feed_from: int, end: int, main: Document) -> bool:
    """Whether the page's own statement is a listing's first item: its date line over its
    title and a short summary under it, as each of the many items after it is ("14 березня
    2024 - 21:10" / title / summary, then date lines and titles again)."""
    if not 0 < feed_from < len(lines) or not (
            lines[feed_from].kind == "date" or lines[feed_from - 1].kind == "date"
            and lines[feed_from].text == main.title):
        return False
    said = [b.text for b in main.blocks]
    if not said or len(said) > TEASER_LINES or sum(map(len, said)) > SUMMARY_CHARS:
        return False
    titled = [k for k in range(end, len(lines) - 1) if lines[k].kind == "date"
              and lines[k + 1].kind == "text" and _looks_like_title(lines[k + 1].text)]
    return len(titled) >= LISTED_ITEMS and not _set_apart(lines, end)


def _teaser_like(main: Document) -> bool:
    """Whether the page's own text is a feed item's: a paragraph or two, the last cut
    short ("... must reach every village..."), or titles without a sentence."""
    said = [b.text for b in main.blocks]
    return 0 < len(said) <= TEASER_LINES and (said[-1].rstrip().endswith(("...", "…")) or all(
        _looks_like_title(p) and word_count(p) >= TEASER_MIN_WORDS and not TRAIL.search(p)
        and not UNSTOPPED.search(p) for p in said))


def _player_page(main: Document, after: list[Line]) -> bool:
    """Whether the page's own part is a video's or a podcast episode's: a player's button
    ("Play video", "Spela upp avsnitt (34 min)") in it or right after it, and a sentence or
    two of its own at most."""
    said = [p for p in (main.lead, *(b.text for b in main.blocks)) if p]
    if sum(len(p) for p in said if len(p) > LINE_CHARS) > PLAYER_PROSE_CHARS:
        return False
    if sum(1 for p in said if SPOKEN_LABEL.match(p)) >= TRANSCRIPT_LABELS:
        return False  # a transcript of short turns under its video's link: words of its own
    return any(PLAYER.search(p) for p in said) or any(
        line.kind == "text" and PLAYER.search(line.text) for line in after)


def _gallery(main: Document) -> bool:
    """Whether the page's own part is a photo gallery's, as a Markdown one is
    (``markdown._gallery``): its pictures numbered ("1 / 12"), or a title that names them
    ("Foto: ..."), over a few captions and nearly no running text (paragraphs longer than
    a line)."""
    said = [p for p in (main.lead, *(b.text for b in main.blocks)) if p]
    numbers = sum(PICTURE_NUMBER.fullmatch(p) is not None for p in said)
    if numbers < GALLERY_PICTURES and not (main.title and CREDIT.match(main.title)):
        return False
    captions = sum(len(p) <= LINE_CHARS for p in said) - numbers
    return captions >= GALLERY_PICTURES and captions_outweigh(
        captions, len(said) - numbers - captions)


def _own_dateline(lines: list[Line], k: int, published: str | None) -> bool:
    """Whether a date line inside the text is a document's own dateline ("Vân Khê, ngày 13
    tháng 5 năm 2024" under a decree's motto, its articles after it): the page's day, a
    place before it, the text going on in lines of no feed's shape (no title over a date)."""
    line = lines[k]
    if line.kind != "date" or not published or not line.date \
            or not _days_before(line.date, published) or not line.before or not (
                place_of(line.before) or is_weekday(line.before.strip(" ,"))):
        return False  # "THURSDAY, 5 MARCH 2026" in a transcript's heading: the page's day
    after = lines[k + 1:k + 1 + OWN_DATELINE_LINES]
    return len(after) == OWN_DATELINE_LINES and all(
        next_line.kind == "text" and not FURNITURE.match(next_line.text) for next_line in after)


def _days_before(day: str, published: str) -> bool:
    """Whether a document's day is its page's, or a few days before (a letter written on the
    9th, published on the 10th)."""
    try:
        gap = (date.fromisoformat(published[:10]) - date.fromisoformat(day[:10])).days
    except ValueError:
        return False
    return 0 <= gap <= DOCUMENT_DAYS_BEFORE


def _without_own_stamp(lines: list[Line], published: str | None) -> list[Line]:
    """The residue without the page's own date repeated under its text: a publication
    stamp ("Published 6 May 2024" over the sharing bar), or a letter's dateline right
    after its signature ("Lessa, 9 March 2024"); it dates no feed item."""
    if lines and lines[0].closing:
        # The statement's closing date, and who signs under it ("대통령실 대변인 김지우").
        signed = len(lines) > 1 and not FURNITURE.match(lines[1].text) \
            and lines[1].kind == "text"
        lines = lines[2 if signed else 1:]
    return [line for k, line in enumerate(lines) if not (
        line.kind == "date" and published and line.date and line.date[:10] == published[:10]
        and line.before and (DATE_LABEL.fullmatch(line.before.strip()) or k == 0
                             and not line.glued and "T" not in line.date))]


def _statement_or_none(main: Document, head: list[Line], *, has_feed: bool) -> bool:
    """Whether the page's own part is a statement: not when it is the site's menus before a
    feed (lines of a word or two when undated; lines of a few words, none a sentence, when
    the feed's day dates it), or an error page's few lines.

    Raises:
        PageDropped: the page is no statement and shows no feed either.
    """
    said = [p for p in (main.lead, *(b.text for b in main.blocks)) if p]
    if main.published_at is not None:
        return not (has_feed and all(word_count(p) <= MENU_WORDS and _looks_like_title(p)
                                     for p in said))
    if all(word_count(p) < TEASER_MIN_WORDS or TRAIL.search(p) for p in said):
        if has_feed:
            return False
        raise PageDropped("no statement text")
    if has_feed and not any(p.endswith(SENTENCE_ENDS) and sum(
            any(c.isalpha() for c in w) for w in p.split()) >= CLOSING_SENTENCE_WORDS
            for p in said):
        return False  # menus and a month picker over a listing, no sentence among them
    if not has_feed and sum(map(len, said)) <= FURNITURE_TEXT_CHARS and any(
            len(line.text) <= ERROR_LINE_CHARS and ERROR_TITLE.search(line.text)
            for line in head[:HEADER_SPAN]):
        raise PageDropped("error page")
    return True


def header_fields(text: str) -> tuple[dict[str, object], str]:
    """A scraper's header of fields ("Title: ...", "URL: ...", "Date: ...") opening a dump,
    as metadata, and the text after it; two fields at least, or none is one (a transcript
    opens with "Question: ..." too)."""
    fields: dict[str, object] = {}
    body = text.lstrip()
    start, n, commented = 0, 0, 0  # only the opening lines are read: a page may be long
    while start < len(body):
        end = body.find("\n", start)
        end = len(body) if end < 0 else end
        line = body[start:end].strip()
        if not line and n:
            start = end + 1  # a reader's export sets its fields a blank line apart
            continue
        bare = COMMENTED.sub("", line)  # "# source: https://...": a crawler's comment lines
        commented, line = commented + (bare != line), bare
        if n and RULE_LINE.fullmatch(line):
            start = end + 1  # "-----" under the fields: the text follows
            break
        m = HEADER_FIELD.match(line)
        if m is None:
            if OTHER_FIELD.match(line) and start < HEADER_FIELDS_CHARS:
                start = end + 1  # "HTTP-Status: 200", "Fetched: ...": the crawl's, not the page's
                continue
            break
        name, value = FIELD_NAMES[m.group(1).lower()], m.group(2).strip()
        if name == "published_at":
            value = parse_datetime(value) or ""
        if value and name != "content":  # "Markdown Content:" opens the text
            fields.setdefault(name, value)
        start, n = end + 1, n + 1
    # Two fields at least; one among lines a crawler marks as its comments will do.
    return (fields, body[start:]) if n >= 2 or n and commented >= 2 else ({}, text)


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a page: one per line, except hard-wrapped ones, joined back."""
    paragraphs: list[str] = []
    text = LINK_NUMBER.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if BOX_DRAWING.search(text):
        text = BOX_DRAWING.sub(" ", text)  # a text browser's frames ("│ Latest news │")
    for chunk in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in chunk.split("\n") if ln.strip()]
        if _hard_wrapped(lines):
            paragraphs.append(" ".join(lines))
        else:
            paragraphs.extend(_rejoined(lines))
    return paragraphs


def _rejoined(lines: list[str]) -> list[str]:
    """The lines with a wrapped line's rest joined back: a line of a wrapping width that
    goes on, on the next line, in lower case ("... with the delegation" / "of Saldovia")."""
    out: list[str] = []
    for line in lines:
        if out and _lower(line) and WRAP_CHARS[0] <= len(out[-1]) <= WRAP_CHARS[1] \
                and not out[-1].rstrip(CLOSING_QUOTES).endswith((".", "?", "!", ":", ";")) \
                and classify(line).kind != "date":  # "tiistai 3.2.2026": a date line's own
            out[-1] += " " + line
        else:
            out.append(line)
    return out


def _lower(line: str) -> bool:
    """Whether a line opens in lower case: Georgian, whose letters Unicode pairs with capitals
    no one writes, has no case to tell."""
    first = line[:1]
    return first.islower() and not "\u10d0" <= first <= "\u10ff"


def _hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2 or any(ln.startswith(("- ", "– ", "— ", "* ", "• ")) for ln in lines[1:]):
        return False
    # Lines of words (a rule is none), the last no date line.
    return all(WRAP_CHARS[0] <= len(ln) <= WRAP_CHARS[1] and not ln.endswith((".", "?", "!", ":"))
               and not CLOSING_MARK.match(ln) for ln in lines[:-1]) \
        and classify(lines[-1]).kind == "text"


def classify(text: str) -> Line:
    """Type one line: stray time stamps, a date line (with any glued text), or text."""
    if STRAY_TIMES.match(text) or TIME_LINE.match(text):
        return Line("time", text)
    if text[:1] == "(" and text[-1:] == ")" and len(text) <= BRACKETED_DATELINE_CHARS:
        # "(Port-Aldane, 10 mars 2025)": a dateline in brackets under the title.
        inner = classify(text[1:-1].strip())
        if inner.kind == "date" and not inner.glued:
            return replace(inner, text=text)
    text = unglued_year(text)  # "22 шілде 202512:10Title": a year and a time glued
    hit = find_datetime(text)
    if hit is None:
        return Line("text", text)
    iso, start, end = hit
    # "14 رمضان 1447هـ الموافق 4 مارس 2026م": the Gregorian day the line gives beside.
    iso, end = past_same_day(text, iso, end)
    rest = text[end:]
    if start and PREPOSITION_BEFORE.fullmatch(text[:start]):
        return Line("text", text)  # "z dnia 4 marca 2026 r.": a heading's date goes on a line
    if start and not rest.strip(" .") and PREPOSITION_AFTER.search(text[:start]):
        # "Regierungspressekonferenz vom 14. März 2025": a title that names its day.
        prefix = text[:start].strip()
        return Line("text", text, tail=iso if _looks_like_title(prefix) else None,
                    before=prefix if _looks_like_title(prefix) else "")
    day_place = TITLE_DAY_PLACE.fullmatch(rest) if start > TITLED_DAY_CHARS else None
    if day_place is not None and text[:start].rstrip().endswith(",") \
            and _looks_like_title(prefix := text[:start].rstrip(" ,")):
        # "... Konuşma ve Soru-Cevap, 15 Temmuz 2026, Selvikent": a title closed by its day
        # and its place, as a text line (``_header`` reads such a title's day and place).
        return Line("text", text, tail=iso, before=prefix, place=day_place.group(1))
    times = GLUED_TIMES.match(rest)
    if times:
        rest = rest[times.end():]
    glued_times = bool(times and times.group().strip(" ,"))
    fielded = ""
    if FIELD_AFTER.match(rest):
        # "February 27, 2025 · Lessa Palace · 10:12 A.M.", "(…15時02分～15時20分 於：…)": the
        # line's other fields; the date's time among them, unless they give another date; a
        # place its last ("May 24, 2025 | Port Ysolde", "19 avril 2025 · Maubrac (Lanvaux)").
        clock = clock_of(rest) if "T" not in iso and find_datetime(rest) is None else None
        fielded = _field_place(rest)
        iso, rest = (f"{iso[:10]}T{clock}" if clock else iso), ""
    zone = ZONE_NOTE.match(rest) if "T" in iso and rest else None
    if zone is not None:
        # "09:00 (Lessa time, UTC+2)": the offset the note gives, unless the time has one.
        if len(iso) == 16:
            iso += f"{zone.group('sign').replace('−', '-')}{int(zone.group('hours')):02d}:" \
                   f"{zone.group('minutes') or '00'}"
        rest = ""
    # "令和7年3月7日　高森内閣総理大臣記者会見": an ideographic space before a title sets
    # the title apart, not another column.
    column = COLUMN_GAP.match(rest) and not (
        rest[:1] == "\u3000" and UNSPACED.match(rest.strip()) and _looks_like_title(rest.strip()))
    if ZONE_LEFT.match(rest) or column or is_weekday(rest) or UPDATE_AFTER.match(rest) \
            or DELIVERY_NOTE.fullmatch(rest.strip(" –—-")) \
            or _field_after(" " * (end - len(text[:end].rstrip())) + rest):
        # "14:15          Версия для печати", "10:00　来源：…": another column; the weekday
        # after the date ("2025. szeptember 22., hétfő"); the update's date after a dash.
        rest = ""
    # After a time, a place with no mark; after any date, a place "in" something ("Mittwoch,
    # 19. März 2025 im Bundestag", "14 March 2025 in Lessa").
    if "T" in iso and (zone := ZONE_WORD.match(rest)) is not None \
            and BYLINE.match(rest[zone.end():].strip()):
        rest = rest[zone.end():]  # "14:30 IST by PIB Lessa": a zone of no one offset, a byline
    place = TAIL_PLACE.match(rest) if "T" in iso else None
    place = place or PLACE_IN.fullmatch(rest)
    if place and not (place.group(1)[:1].isupper() and place.group(1)[-1:].isalpha()):
        place = None  # "12:10, the President said." goes on as a sentence
    if place or BYLINE.match(rest.strip()) and len(rest.split()) <= BYLINE_WORDS \
            and not re.search(r"[.!?]\s", rest):
        rest = ""  # the place after the time, or the byline ("7:00PM by PIB Lessa")
    if start > 0 and OTHER_CALENDAR.fullmatch(text[:start]) and rest.strip() in ("", ")"):
        # "২৭ ফাল্গুন ১৪৩২ বঙ্গাব্দ / ১২ মার্চ ২০২৬", "मिति: २०८२ फागुन २८ (12 March 2026)":
        # the day in the country's own calendar, then the Gregorian one the line gives.
        rest = ""
    elif start > 0 and not LEADING_TIMES.fullmatch(text[:start]):
        # "Published 4 March 2024", "Friday, 24 September 2021": a short label before a date
        # (another item's time glued before it, "12:0014 May 2024", is residue), or the
        # line's fields before it ("Ministry of Foreign Affairs | June 3, 2025").
        prefix = past_venue(text[:start])
        fields = len(prefix) <= FIELDS_BEFORE_CHARS and FIELD_BEFORE.search(prefix) is not None
        # Four words at most, of a label or a source ("Valtioneuvoston viestintäosasto,
        # tiedote"), and no sentence's end; a title in a column of its own over the date's
        # ("•  Title          2024-04-15") is shorter: a listing's item.
        longest = PREFIX_COLUMN_CHARS if WIDE_GAP.search(prefix) else PREFIX_MAX_CHARS
        # A place of more words is a dateline's too ("Sankt Veit an der Traun, 14. März").
        worded = len(prefix.split()) > 4 and not ("," in prefix and place_of(prefix))
        if rest.strip(" .") or not fields and (len(prefix) > longest
                                               or re.search(r"[.!?]", prefix) or worded):
            # A title the date closes ("...қабылдады13 наурыз 2025, 16:20") is a feed item's
            # if the lines around it are such too (``_dated_titles``).
            if rest.strip() in (")", "）") and prefix.rstrip().endswith(("(", "（")):
                prefix, rest = prefix.rstrip()[:-1], ""  # "Title (27.07.2025)"
            tail = iso if not rest.strip() and _looks_like_title(prefix.strip()) else None
            return Line("text", text, tail=tail, before=prefix.strip() if tail else "")
    # "02 mars 2024Inauguration"; after a time a space apart too ("14/07/2025 12:30 El ...").
    glued = rest[:1].isupper() and text[end - 1:end].isdigit() or \
        "T" in iso and rest[:1] == " " and rest[1:2].isupper()
    title = None if glued else titled_after(rest)
    if title is not None:
        rest, glued = title, True
    titled = title is not None
    if rest.strip() and not ("T" in iso and rest[:1].isalpha() or glued):
        # A sentence that merely opens with a date ("16 May 2024 marks ...").
        return Line("text", text)
    return Line("date", text, date=iso, glued=rest.strip(), before=text[:start],
                glued_times=glued_times, place=place.group(1) if place else fielded,
                titled=titled)


def _field_place(rest: str) -> str:
    """The place a date line's last field names, if it is one (no digits, a name)."""
    last = FIELD_SPLIT.split(rest)[-1].strip()
    last = REGION.sub("", last).strip()
    return (place_name(last) or "") if last and not any(c.isdigit() for c in last) \
        and word_count(last) <= PLACE_FIELD_WORDS else ""


def _field_after(rest: str) -> bool:
    """Whether the rest of a date line, a space away, is a field of the header: a labelled
    one ("2025-03-14 18:30  来源：澜州通讯社") or the update's date under a label of a word
    or two ("Publicado em 14/03/2025 12h40 Atualizado em 14/03/2025 15h02")."""
    if not rest[:1].isspace():
        return False
    if LABELLED_AFTER.match(rest):
        return True
    hit = find_datetime(rest)
    return hit is not None and not rest[hit[2]:].strip() \
        and 0 < len(rest[:hit[1]].split()) <= LABEL_WORDS and not re.search(r"[.!?]", rest[:hit[1]])


def titled_after(rest: str) -> str | None:
    """The item's title after its date a space or a dash apart ("02/03/2026 Ruscado inaugura
    el puerto", "06.02.2026 - Il Ministro riceve ...", "2026-03-06 外交部发言人答记者问"): three
    words or more (or a run of Chinese or Japanese), a capital first where the script has
    them, that end no sentence; None for other words."""
    gap = TITLE_GAP.match(rest)
    title = rest[gap.end():].rstrip() if gap else ""
    first = title[:1]
    if (first.isalpha() and not first.islower() and len(title.split()) >= TITLE_AFTER_WORDS
            or UNSPACED.match(title)) and not title.endswith(SENTENCE_ENDS):
        return title
    return None


def _without_lone_separators(lines: list[Line]) -> list[Line]:
    """The lines without a separator standing alone between a date line and its time
    ("24 September 2021" / "," / "12:10"): a converter that ends a line at every element
    cuts "<span>date</span>, <span>time</span>" so; and without a toolbar's bars alone on
    their lines ("打印" / "|" / "关闭"), wherever they stand."""
    return [line for k, line in enumerate(lines) if not (
        line.kind == "text" and (BAR_ALONE.fullmatch(line.text) or (
            0 < k < len(lines) - 1 and LONE_SEPARATOR.fullmatch(line.text)
            and lines[k - 1].kind == "date" and lines[k + 1].kind == "time")))]


def _signed_dates(lines: list[Line]) -> list[Line]:
    """The lines with the date of a document's signature block read as its text: a date
    line over the document's number ("13 мая 2025 года" / "№ 247") after the page's own date
    line closes the decree, and begins no item of a feed."""
    dated = [k for k, line in enumerate(lines) if line.kind == "date"]
    later = set(dated[1:])  # a set: a hostile page may hold thousands of date lines
    return [Line("text", line.text) if k in later and k + 1 < len(lines)
            and lines[k + 1].kind == "text" and DOCUMENT_NUMBER.fullmatch(lines[k + 1].text)
            else line for k, line in enumerate(lines)]


def _closing_dates(lines: list[Line]) -> list[Line]:
    """The lines with the statement's own date under its text marked (``Line.closing``):
    the first date line after sentences of text that the sharing bar or the site's
    furniture follows, a signature's line on either side of it allowed ("...partners." /
    "Prime Minister A. Velden" / "14.03.2025 17:05" / "Share").  It dates the statement
    when its header has no date, and opens no feed item."""
    sentences = 0
    for k, line in enumerate(lines):
        # A sentence's stop, perhaps inside its quote ("...partners.»"): a title may end
        # with a quoted outlet's name ("... au quotidien « Le Messager »").
        if line.kind == "text" and line.text.rstrip("»\"”’' ").endswith(STOPS) \
                and word_count(line.text) >= CLOSING_SENTENCE_WORDS:
            sentences += 1
        elif line.kind == "date" and sentences >= 2:
            # The first date after the text: the statement's own, or a feed's first item's.
            # "Fait à Yabéla, le 14 mai 2024": a document's closing formula, whatever follows.
            if not line.glued and (_furniture_after(lines, k + 1)
                                   or CLOSING_PLACE.match(line.text) is not None
                                   or _signatories_after(lines, k + 1)):
                return [*lines[:k], replace(line, closing=True), *lines[k + 1:]]
            break
    return lines


# Who signs a joint document, for whom: "For the Government of X", "Pour la République de X",
# "Für die Regierung der Republik X", "Por el Reino de X", "За Республику X".
SIGNATORY = re.compile(r"(?:for|on behalf of|pour|au nom de|für|im namen|por|en nombre de|"
                       r"per|a nome|pel[oa]|em nome d[eoa]|за|від імені|w imieniu|pentru|"
                       r"în numele|namens|voor)\s+\S.{0,80}", re.I)


def _signatories_after(lines: list[Line], k: int) -> bool:
    """Whether a joint document's signature block follows at line ``k``: the party a
    signatory signs for, over the name."""
    return k + 1 < len(lines) and lines[k].kind == "text" \
        and SIGNATORY.fullmatch(lines[k].text) is not None \
        and not lines[k].text.rstrip().endswith(SENTENCE_ENDS)


def _furniture_after(lines: list[Line], k: int) -> bool:
    """Whether the site's furniture follows at line ``k``, or after a signature's line."""
    if k < len(lines) and lines[k].kind == "text" and not FURNITURE.match(lines[k].text) \
            and len(lines[k].text.split()) <= SIGNER_WORDS + 1 \
            and not lines[k].text.endswith(SENTENCE_ENDS):
        k += 1  # "대통령실 대변인 김지우": who signs, under the date
    return k < len(lines) and lines[k].kind == "text" and FURNITURE.match(lines[k].text) is not None


def main_document(lines: list[Line], meta: dict[str, object]) -> tuple[Document, int, int]:
    """The page's own statement, where a listing's items would start (were it the first),
    and the index of the first line after it."""
    head = _header(lines, _str(meta.get("title")), _meta_date(meta))
    title, published, start = head.title, head.published, head.start
    while start < len(lines) and lines[start].kind == "text" and title and \
            same_title(lines[start].text, title, 0.8) and _looks_like_title(lines[start].text):
        start += 1  # the title repeated as the page's heading (a sentence like it is text)
    title = without_site_suffix(title)
    end_time = GLUED_END_TIME.search(title) if title else None
    if title and end_time:
        # "...үг хэлэв14:35" by its date line: the title and the statement's time, glued.
        title = title[:end_time.start()]
        published = _timed(published, end_time[0]) if published else published
    while start < len(lines) and start <= HEADER_SPAN and (
            lines[start].kind == "date" or _dated_field(lines, start)
            or _label_over_dateline(lines, start, published)):
        # A second date line of the header ("Updated 25 July 2025, 14:05"), or a field of
        # one ("Delivered on:" over "6 May 2024 (as delivered)").
        start += 2 if lines[start].kind == "text" else 1  # the label and its date line
    if 0 < start < len(lines) and lines[start].kind == "time" and lines[start - 1].kind == "date":
        start += 1  # the date line's time on a line of its own, read with it (``_header``)
    while start + 1 < len(lines) and lines[start].kind == "text" and (
            word_count(lines[start].text) <= LABEL_WORDS and names_kind(lines[start].text)
            or SOURCE_LINE.match(lines[start].text) or SECTION_LABEL.fullmatch(lines[start].text)):
        # The kind's label under the date line ("Decree"), its source ("来源：…"), the text's
        # label ("Versión estenográfica").
        start += 1
    start, delivered = _past_widgets(lines, start, venues=False)
    title_over = 0 < start and title is not None and lines[start - 1].text.startswith(title)
    place = head.place or _place_line(lines, start, under_title=title_over and any(
        line.kind == "date" for line in lines[max(0, start - 4):start - 1]))
    if place and not head.place:
        # A venue's line over its city's ("Presidential Palace" / "Lessa, Saldovia"), then the
        # time the transcript starts ("2:05 P.M. LST"), as a briefing's header sets them.
        start, place, published = _venue_city_time(lines, start, place, published)
    # The place's line or a venue's, then perhaps more widgets: "Muat Turun Teks Ucapan (PDF,
    # 245 KB)".
    start, after_place = _past_widgets(lines, start + 1 if place and not head.place else start)
    delivered = delivered or after_place
    dated = next((line for line in lines[:start] if line.kind == "date" and line.before), None)
    place = place or (place_of(dated.before) if dated is not None else None) or next(
        (line.place for line in lines[:start] if line.kind == "date" and line.place), None)
    end, bars = start, set()
    # A document's closing formula ("Done at Port Maren, 9 July 2031.") and the signature
    # under it are its own last lines, as the page prints them.
    while end < len(lines) and (lines[end].kind == "text" or _own_dateline(lines, end, published)
                                or lines[end].closing and (
                                    CLOSING_PLACE.match(lines[end].text)
                                    or _signatories_after(lines, end + 1))):
        if end > start and FURNITURE.match(lines[end].text):
            if not _bar_over_text(lines, start, end):
                break
            bars.add(end)  # a sharing bar under the standfirst, the text under it
        end += 1
    end = _before_feed(lines, start, end)
    paragraphs = _without_credit(_before_contacts(_before_end_mark(
        [line.text for k, line in enumerate(lines[start:end], start) if k not in bars])))
    # A picture's caption or placeholder over the text or under it: "Foto: Presidencia",
    # "[imagem] ©", "Photo: The Royal House / Jens Aldahl".
    while paragraphs and is_photo_line(paragraphs[0]):
        paragraphs = paragraphs[1:]
    while len(paragraphs) > 1 and is_photo_line(paragraphs[-1]):
        paragraphs = paragraphs[:-1]
    # A delivery note or an embargo among the first paragraphs or the last two.
    notes = note_places(paragraphs)
    delivered = delivered or any(DELIVERY_NOTE.fullmatch(paragraphs[k]) for k in notes)
    paragraphs = [p for k, p in enumerate(paragraphs) if k not in notes]
    # A summary above the date line is the page's lead: the body's first lines are not.
    lead, body = (head.lead, paragraphs) if head.lead else split_lead(paragraphs,
                                                                      introducing=True)
    doc = Document(blocks=[Block(p) for p in body], title=title, published_at=published,
                   lead=lead, place=not_section(place),
                   language=language_code(_str(meta.get("language"))),
                   site=_str(meta.get("site")), kind_hint="speech" if delivered else None)
    if head.subtitle:
        doc.meta["subtitle"] = head.subtitle
    officials = _officials(lines[:start])
    if officials:
        doc.meta["officials"] = officials
    return doc, head.feed_from if head.feed_from is not None else start, end


def _bar_over_text(lines: list[Line], start: int, k: int) -> bool:
    """Whether the furniture line ``k`` (a sharing bar's "Share") stands between a page's
    standfirst and its text: a paragraph or two over it, paragraphs of prose under it."""
    after = lines[k + 1:k + 1 + BAR_PROSE_LINES]
    return k - start <= BAR_PROSE_LINES and len(after) == BAR_PROSE_LINES and all(
        line.kind == "text" and word_count(line.text) >= BAR_PROSE_WORDS for line in after)


def _own_date_line(lines: list[Line], dated: list[int]) -> int | None:
    """The page's own date line among the header's: the first, unless it stands among the
    menus ("Lundi 9 mars 2026", today's date over the site's name) and the only other one
    stands under a title ("Title / Publié le 9 mars 2026 à 17h02")."""
    if len(dated) > 1 and dated[1] == dated[0] + 1 and _updated(lines[dated[0]]) \
            and not _updated(lines[dated[1]]):
        return dated[1]  # "Updated: April 12" over "Published: April 10": the publication's
    if len(dated) != 2 or not (_among_menus(lines, dated[0]) or _site_top(lines, dated[0])) \
            or not _under_title(lines, dated[1]):
        return dated[0] if dated else None
    return dated[1]


def _updated(line: Line) -> bool:
    """Whether a date line's label calls its date an update's ("Updated:", "Mis à jour le")."""
    return bool(line.before) and UPDATED_LABEL.search(line.before) is not None


def _site_top(lines: list[Line], k: int) -> bool:
    """Whether a date line opens the page, no title over it ("Jeudi 12 mars 2026 | EN | FR")."""
    return k < MENU_ITEMS and not any(_looks_like_title(line.text)
                                      and word_count(line.text) > FIELD_WORDS
                                      for line in lines[:k])


def _among_menus(lines: list[Line], k: int) -> bool:
    """Whether a date line stands among a menu's items: a word or two on each line after it."""
    after = lines[k + 1:k + 1 + MENU_ITEMS]
    return len(after) == MENU_ITEMS and all(
        line.kind == "text" and word_count(line.text) <= LABEL_WORDS for line in after)


def _under_title(lines: list[Line], k: int) -> bool:
    """Whether a date line stands under a title, perhaps a field or a label or two between
    ("Écrit par : ...", "Catégorie : ...")."""
    for line in reversed(lines[max(0, k - TITLE_FIELDS):k]):
        if line.kind != "text":
            return False
        if word_count(line.text) > FIELD_WORDS and ":" not in line.text \
                and not _byline(line.text):
            return _looks_like_title(line.text)
    return False


def _byline(text: str) -> bool:
    """Whether a short line names who published the page ("Por Gabinete de Imprensa")."""
    return len(text) <= BYLINE_MAX_CHARS and BYLINE.match(text) is not None


def _past_widgets(lines: list[Line], start: int, *, venues: bool = True) -> tuple[int, bool]:
    """Where the text starts past the header's widgets over it ("【字体：大 中 小】", "조회수
    1,204", a file's link: "PDF herunterladen (245 KB)"), the short lines among them ("공보실"
    over "조회 1,873") and a speech's delivery note; and whether there was such a note."""
    delivered = False  # a speech's "Es gilt das gesprochene Wort" over its text
    while start + 1 < len(lines) and lines[start].kind == "text" and (
            FURNITURE.match(lines[start].text) or DELIVERY_NOTE.fullmatch(lines[start].text)
            or _over_widgets(lines, start, venues=venues)):
        delivered = delivered or DELIVERY_NOTE.fullmatch(lines[start].text) is not None
        start += 1
    return start, delivered


def _over_widgets(lines: list[Line], k: int, *, venues: bool = True) -> bool:
    """Whether a short line opens a run of them closed by a widget a line or two below
    (the issuing office's name or a button over "인쇄"): the header's, not the text's,
    which would end there."""
    widest = 0
    for j in range(k, min(k + WIDGET_RUN, len(lines) - 1)):
        text = lines[j].text
        if lines[j].kind != "text":
            return False
        if j > k and FURNITURE.match(text):
            # A venue's line ("Pusat Konvensyen Antarabangsa Putra Selara") over a file's
            # link: the header's when the text's sentences follow the widgets.
            return widest <= LABEL_WORDS or venues and _prose_after_widgets(lines, j)
        widest = max(widest, word_count(text))
        if widest > VENUE_WORDS or text.endswith(LINE_ENDS):
            return False
    return False


def _prose_after_widgets(lines: list[Line], j: int) -> bool:
    """Whether the text's sentences follow the widgets that start at line ``j``."""
    while j < len(lines) and lines[j].kind == "text" and FURNITURE.match(lines[j].text):
        j += 1
    return j < len(lines) and lines[j].kind == "text" and (
        word_count(lines[j].text) > VENUE_WORDS or lines[j].text.endswith(LINE_ENDS))


def _before_feed(lines: list[Line], start: int, end: int) -> int:
    """Where the statement ends when the first date after it is a feed's: before the
    feed's first title when the feed's titles stand over their dates, and before the
    feed's heading and the sharing label over it, whatever their language ("Beýleki
    habarlar", "Падзяліцца:")."""
    dated = [k for k in range(end, len(lines)) if lines[k].kind == "date"]
    if len(dated) < FEED_RUN or dated[0] != end:
        return end
    span = _item_span(lines, dated)
    first = end - span if span else -1  # the feed's first item: its title, its summary
    if first > start and word_count(lines[first].text) >= DAY_TITLE_WORDS - 1 \
            and _looks_like_title(lines[first].text) and not _feed_label(lines[first].text):
        end = first
    labels = 0
    while end - 1 > start and labels < FEED_LABELS and _feed_label(lines[end - 1].text,
                                                                   alone=labels > 0):
        end, labels = end - 1, labels + 1
    return end


def _item_span(lines: list[Line], dated: list[int]) -> int | None:
    """The lines of each item when a feed's dates close its items: a title, perhaps its
    summary, the same number between each two dates, and no item after the last (the
    site's footer, or nothing, follows it); None when the dates do not close them."""
    gaps = {b - a - 1 for a, b in zip(dated, dated[1:], strict=False)}
    if len(gaps) != 1 or not 1 <= (span := gaps.pop()) <= ITEM_LINES \
            or not all(_looks_like_title(lines[a + 1].text) for a in dated[:-1]):
        return None
    after = dated[-1] + 1
    closed = after >= len(lines) or lines[after].kind != "text" or not (
        word_count(lines[after].text) >= TEASER_MIN_WORDS and _looks_like_title(lines[after].text)
        and not FURNITURE.match(lines[after].text))
    return span if closed else None


def _feed_label(text: str, *, alone: bool = True) -> bool:
    """A feed's heading or a sharing bar's label, in any language: a word or two closed by a
    colon ("Бөлүшүү:"), a word alone ("Paýlaş") where ``alone`` allows (over a heading:
    else it may be a signature's place), or a few words not all capitalised (so no name)
    and no number or sentence ("Акыркы жаңылыктар")."""
    words = text.split()
    if not words or len(text) > FEED_LABEL_CHARS or any(ch.isdigit() for ch in text):
        return False
    if text.endswith((":", "：")):
        return len(words) <= 2
    if UNSPACED.search(text) or not all(w.isalpha() for w in words) \
            or len(words) > FEED_LABEL_WORDS:
        return False  # a title in a script without spaces is one "word"
    if len(words) <= LABEL_WORDS and names_kind(text):
        return True  # the item's kind over its title: "Mitschrift Pressekonferenz"
    return alone if len(words) == 1 else any(w[0].islower() for w in words[1:])


def _timed(published: str, times: str) -> str:
    """The day with the time of a line of its own under it, unless the day has one."""
    if "T" in published:
        return published
    clock = CLOCK.search(times.strip())
    if clock is None:
        return published
    if not clock[0].isascii():
        # int() reads the digits of any script ("۱۲:۴۰"), which an ISO stamp writes in ASCII.
        return f"{published[:10]}T{int(clock[1]):02d}:{int(clock[2]):02d}"
    return f"{published[:10]}T{clock_of(times) or clock[0]}"  # "3:40 PM" is 15:40


def _before_end_mark(paragraphs: list[str]) -> list[str]:
    """The paragraphs before a transcript's or a release's end mark ("ENDS", "-30-", "###")
    among the last lines: what follows it (an authorisation line) is no part of the text."""
    for k in range(max(len(paragraphs) - END_WORD_REACH, 1), len(paragraphs)):
        if END_WORD.fullmatch(paragraphs[k]) or END_RULE.fullmatch(paragraphs[k]) and \
                k + 1 < len(paragraphs) and INITIALS_LINE.fullmatch(paragraphs[k + 1]):
            # "ENDS" over "About the Presidency" and the media contacts; "***" over the
            # typists' initials, a release's number and its counter.
            return paragraphs[:k]
    for k in range(len(paragraphs) - 1, max(len(paragraphs) - END_MARK_LINES, 0) - 1, -1):
        if CLOSING_MARK.match(paragraphs[k]):
            while k and CLOSING_MARK.match(paragraphs[k - 1]):
                k -= 1  # "***" over the typists' initials: both close the release
            return paragraphs[:k]
    return paragraphs


def without_site_suffix(title: str | None) -> str | None:
    """"Title | Site" -> "Title": a page's <title> copied into its dump keeps the site's
    name after a bar (a dash may be the title's own)."""
    if not title:
        return title
    parts = [part.strip() for part in SITE_BAR.split(title)]
    if len(parts) == 2 and parts[0] and word_count(parts[1]) <= SITE_NAME_WORDS:
        return parts[0]
    return title


def _names_office(line: str) -> bool:
    """Whether a short line names an office ("Теңиртоо Республикасынын Президентинин"), which
    no place line does (its linking words aside: "Palace of the Republic")."""
    return any(map(office_word, line.split()))


def _place_line(lines: list[Line], at: int, *, under_title: bool = False) -> str | None:
    """The place a short line right under the date line names ("Port Lessa",
    "Novo-Ogaryovo, Moscow Region"), or under the title the date line stands over ("in
    Lessa", "Arden House, Tamsworth"), when the text goes on after it."""
    if not (0 < at < len(lines) - 1 and (lines[at - 1].kind in ("date", "time") or under_title)
            and lines[at].kind == "text" == lines[at + 1].kind):
        return None
    line = lines[at].text
    field = PLACE_FIELD.match(line)
    if field is not None:
        return field.group(1).strip()  # "Místo: Sternbruck", "Tempat: Istana Lessa"
    if under_title:
        # Under a title, only a place the line marks as one: "in Lessa", "Arden House,
        # Tamsworth" (a single word there is as often a menu's, "All").
        marked = PLACE_PREPOSITION.sub("", line)
        if marked == line and "," not in line:
            return None
        line = marked
    if len(line) > PLACE_MAX_CHARS or line.endswith((".", ",", ":", ";", "!", "?", "。")) \
            or names_kind(line) or _names_office(line) or line.lower() in language_names() \
            or SECTION_LABEL.fullmatch(line):
        return None  # "Decree": the kind's label; "of the President": whose; "English": a link
    return place_name(line)


@dataclass
class Header:
    """What a text page's header gives: title, date, a subtitle glued to the date line, a
    lead set above the date line, and the line where the body starts."""

    title: str | None
    published: str | None
    start: int
    subtitle: str | None = None
    lead: str | None = None
    feed_from: int | None = None  # where a listing's first item starts, if it is one
    place: str | None = None  # a place line between the date line and the title under it


def _header(lines: list[Line], title: str | None, published: str | None) -> Header:
    """Title, date, glued subtitle and where the body starts.

    The page's date line near the top anchors the header: the title is the
    title-like line just before it (menus before that are dropped), else the
    text glued to it, else the line after it.
    """
    texts = [k for k, line in enumerate(lines) if line.kind == "text"]
    # A long line right over a date line is a lead between the title and the date, not
    # the text (whose first long line ends the header).
    first_long = next((k for k in texts if len(lines[k].text) > 200 and not (
        len(lines[k].text) <= LEAD_MAX_CHARS and k + 1 < len(lines)
        and lines[k + 1].kind == "date")), len(lines))
    # The header is above the statement's closing date, when its text has one.
    first_long = next((k for k, line in enumerate(lines[:first_long]) if line.closing),
                      first_long)
    # A page's own date line stands alone: one glued to the next item's time is a feed's.
    d = _own_date_line(lines, [k for k, line in enumerate(lines[:HEADER_SPAN])
                               if line.kind == "date" and k < first_long
                               and not line.glued_times and not line.closing])
    if d is None:
        dayed = next((k for k in texts[:HEADER_SPAN] if k < first_long and lines[k].place
                      and lines[k].tail), None)
        if title is None and dayed is not None:
            # No date line, a title closed by its day and place ("..., 15 Temmuz 2026,
            # Selvikent"): the header's title, date and place.
            line = lines[dayed]
            return Header(line.before, published or line.tail, dayed + 1, place=line.place)
        published = published or next((line.date for line in lines if line.closing), None)
        opened = _dateline_paragraph(lines, texts[:HEADER_SPAN], first_long)
        if title is None and opened is not None:
            # No date line, the text opens with its dateline under the title ("Lessa,
            # 11.03.2026 - La presidente ..."): the menus end over the title.
            return Header(lines[opened - 1].text, published, opened)
        if title is None and texts:
            # The title is the line over the text's first sentence, menus above it.
            k = _over_first_sentence(lines, texts)
            return Header(lines[k].text, published, k + 1)
        return Header(title, published, texts[0] if texts else len(lines))
    date_line = lines[d]
    published = published or date_line.date
    if published and d + 1 < len(lines) and lines[d + 1].kind == "time":
        published = _timed(published, lines[d + 1].text)  # "June 18, 2025" over "11:00"
    glued = date_line.glued or None
    above = _above_fields(lines, d)
    after = next((k for k in texts if k > d), None)
    place, after = _place_over_title(lines, after)
    titled_below = after is not None and _looks_like_title(lines[after].text)
    if title is not None:
        # The given title repeated over the date line (a page's heading under its menus):
        # the text starts after the date.
        # "Title | Site": the heading is "Title" (a section's "News" of "News • Site" is none).
        bare = without_site_suffix(title) or title
        repeated = any(same_title(lines[k].text, title, 0.8)
                       or bare != title and word_count(bare) >= DAY_TITLE_WORDS
                       and same_title(lines[k].text, bare, 0.8)
                       for k in texts if k < d)
        return Header(title, published, d + 1 if d < 3 or repeated else (
            texts[0] if texts else d + 1), glued,
            feed_from=above[0] if above and not (repeated or titled_below) else None)
    # A date under the title that its label calls an update or the publication ("Last
    # updated: ...") is the page's own field, no next item's date.
    listed = after is not None and titled_below and any(
        line.kind == "date" and not (line.before and STAMP_WORD.search(line.before))
        for line in lines[after:after + 4])
    # A place under the date line, no title: the word over the date is a section's
    # ("Title / Prensa / Presidencia | 04 de febrero de 2025 / Palacio de Gobierno, Lessa").
    placed = after is not None and (not titled_below or _comma_place(lines[after].text))
    while len(above) > 1 and not listed and word_count(lines[above[0]].text) <= \
            LABEL_WORDS < word_count(lines[above[1]].text) \
            and (_label_under_title(lines[above[0]].text) or placed
                 or opens_lower(lines[above[0]].text)) \
            and not TRAIL.search(lines[above[1]].text):
        # The kind's label or the number under the title ("Interview", "第47号"), unless
        # dated titles follow, a listing's.
        above = above[1:]
    while len(above) > 2 and _person_line(lines[above[0]].text) \
            and _person_line(lines[above[1]].text):
        # "Title / Prime Minister / The Hon A B MP / Treasurer / The Hon C D MP / date": who
        # speaks, office over name, between the title and the date.
        above = above[2:]
    bylined = _byline_under_title(lines, above)
    if bylined:
        above = above[1:]  # "Title / Title / Federal President X / Lessa, 23 May 2025"
    before = lines[above[0]].text if above else None
    if before is not None and titled_below and any(
            _breadcrumb(lines[k].text) for k in range(above[0] + 1, d)):
        before = None  # the menus' last item over the breadcrumb: the title is under the date
    if before is not None and titled_below and word_count(before) <= MENU_ITEM_WORDS and any(
            lines[k].text == before for k in range(above[0] - 1)):
        # A menu's item repeated over the date: the section's name, not the title (which a
        # breadcrumb's last item may repeat right over it).
        before = None
    if glued and date_line.titled:
        before = None  # "令和6年4月10日 ソルヴァン大統領記者会見": the heading is its date's line
    if before and titled_below and word_count(before) <= LABEL_WORDS + 2 \
            and (NUMBERED.search(before) or RELEASE_LABEL.fullmatch(before)):
        # "Pressemitteilung Nr. 58/26", "FOR IMMEDIATE RELEASE" over the date, the title
        # under it.
        before = None
    if before and len(above) > 1 and above[1] == above[0] - 1 and (
            _standfirst(lines[above[1]].text, before) or bylined and _deck(lines[above[1]].text,
                                                                           before)):
        # "AGENDA / Title / Presidente acompanhará ... (a summary, no full stop) / Publicado
        # em ...": the summary between the title and the date is the page's lead.
        return Header(lines[above[1]].text, published, d + 1, glued, lead=before)
    if before and _looks_like_title(before) and word_count(before) >= 3:
        # Were the page a listing, its first item would start with this title when a
        # summary, not another title, follows the date, or when the items' days close
        # them: their times glued before their titles ("16:40Title" over its day).
        item = not titled_below or _titles_over_days(lines[above[0]:])
        return Header(_title_over_site(lines, d) or before, published, d + 1, glued,
                      feed_from=above[0] if item else None)
    if before and len(above) > 1 and _looks_like_title(lines[above[1]].text) \
            and word_count(lines[above[1]].text) >= 3 and _narrative(before):
        # "Title / The Prime Minister spoke at ... / From: ... / Published 6 May 2024": a
        # summary sentence between the title and the date is the page's lead.
        return Header(lines[above[1]].text, published, d + 1, glued, lead=before)
    if glued:
        return Header(glued, published, d + 1)
    if after is not None and titled_below:
        # Were the page a listing, the date line is its first item's, or (a day without
        # its time, "Releases - 12 November 2024") the heading over its timed items.
        own = date_line.date is not None and "T" in date_line.date or \
            d + 1 < len(lines) and lines[d + 1].kind == "time"
        return Header(lines[after].text, published, after + 1, feed_from=d if own else d + 1,
                      place=place)
    return Header(before or glued, published, d + 1)


def _officials(lines: list[Line]) -> list[str]:
    """The header's officials, each an office's line over a styled name's ("Prime Minister"
    / "The Hon Niamh Aldridge MP"): "Prime Minister Niamh Aldridge"."""
    out = []
    for office, name in zip(lines, lines[1:], strict=False):
        if office.kind == name.kind == "text" and _person_line(office.text) \
                and not STYLED_NAME.search(office.text) and STYLED_NAME.search(name.text):
            out.append(f"{office.text} {STYLE_WORDS.sub('', name.text).strip()}")
    return out


def _person_line(text: str) -> bool:
    """Whether a short line is an office alone ("Prime Minister", "Minister for Health") or a
    styled name ("The Hon Niamh Aldridge MP", "Senator the Hon A B")."""
    words = text.split()
    if not words or len(words) > PERSON_LINE_WORDS:
        return False
    return STYLED_NAME.search(text) is not None or all(
        office_word(w) or w.lower() in OFFICE_LINKS for w in words)


def _byline_under_title(lines: list[Line], above: list[int]) -> bool:
    """Whether the line over the date is a byline under the title: one by its word ("Oleh
    Humas", "By the Press Office"), or any ("Federal President X") under a title the page
    repeats (the breadcrumb's last item over the heading), the title the repeated line."""
    if len(above) < 2:
        return False
    words = word_count(lines[above[0]].text)
    over = lines[above[1]].text
    if BYLINE.match(lines[above[0]].text) and words <= BYLINE_LINE_WORDS \
            and _looks_like_title(over) and word_count(over) > words:
        # "By Petra Lune and Ivo Castellane", "Por Helena Brito – Repórter da ATN"
        return True
    if words > SIGNER_WORDS:
        return False
    if ISSUER.search(lines[above[0]].text) and _looks_like_title(lines[above[1]].text) \
            and word_count(lines[above[1]].text) > SIGNER_WORDS:
        # "Title / Oleh Humas / Jumat, 14 Maret 2025": who wrote it; "Title / Presidential
        # Communication Unit / March 14, 2026": the office that issued it.
        return True
    if len(above) < 3:
        return False
    title, crumb = lines[above[1]].text, lines[above[2]].text
    return above[2] == above[1] - 1 and title == crumb and word_count(title) > SIGNER_WORDS \
        and lines[above[0]].text != title


def _dateline_paragraph(lines: list[Line], texts: list[int], last: int) -> int | None:
    """The first paragraph, up to line ``last``, that opens with a place and date before a
    dash or a full stop, under a title-like line."""
    return next((k for k in texts if 0 < k <= last and lines[k - 1].kind == "text"
                 and _looks_like_title(lines[k - 1].text)
                 and word_count(lines[k - 1].text) > LABEL_WORDS
                 and opening_dateline(lines[k].text) is not None), None)


def _over_first_sentence(lines: list[Line], texts: list[int]) -> int:
    """The title when a closing date dates the page: the line under the breadcrumb, else the
    text line over the first sentence (a title under the site's menus, nothing between);
    else the first text line."""
    if not any(line.closing for line in lines):
        return texts[0]
    # "Vous êtes ici : Accueil > Décrets", then the title: the breadcrumb ends the menus.
    trail = next((n for n, k in enumerate(texts[:HEADER_SPAN])
                  if _breadcrumb(lines[k].text)), None)
    if trail is not None and trail + 1 < len(texts) \
            and _looks_like_title(lines[texts[trail + 1]].text):
        return texts[trail + 1]
    for before, k in zip(texts, texts[1:], strict=False):
        if lines[k].text.endswith(SENTENCE_ENDS) and word_count(lines[k].text) >= \
                CLOSING_SENTENCE_WORDS:
            return before if k == before + 1 and _looks_like_title(lines[before].text) \
                else texts[0]
    return texts[0]


def _place_over_title(lines: list[Line], at: int | None) -> tuple[str | None, int | None]:
    """A place line right under the date line, over the title ("June 18, 2025 / 11:00 /
    Lessa / Interview to ..."): the place, and where the title stands."""
    if at is None or at + 1 >= len(lines) or lines[at + 1].kind != "text":
        return None, at
    line, title = lines[at].text, lines[at + 1].text
    if len(line) > PLACE_MAX_CHARS or not _looks_like_title(title) \
            or word_count(title) <= word_count(line) + 1 or _names_office(line):
        return None, at  # "Президентинин / ЖАРЛЫГЫ": whose decree, no place
    if word_count(line) <= LABEL_WORDS and names_kind(line):
        return None, at + 1  # "Mitschrift Pressekonferenz": the kind's label over the title
    place = place_name(line)
    return (place, at + 1) if place else (None, at)


def _breadcrumb(text: str) -> bool:
    """Whether a line is a breadcrumb ("Home / News", "Accueil » Actualités"); a "»" that
    closes a quote ("avec « Le Courrier de Lessa »") is none."""
    return BREADCRUMB.search(GUILLEMETS.sub("", text) if "«" in text else text) is not None


def _above_fields(lines: list[Line], d: int) -> list[int]:
    """The text lines above the date line, nearest first, without the fields between:
    a label of the date ("Published") and a label with its value ("From:" / "Ministry of
    ...")."""
    found: list[int] = []
    k = d - 1
    fields = _field_block(lines, d)
    while k >= 0:
        line = lines[k]
        if k >= fields:
            pass  # "Détails / Écrit par : Super User / Catégorie : ...": a record's fields
        elif line.kind == "text" and FIELD_LABEL.fullmatch(line.text):
            if found and found[-1] == k + 1:
                found.pop()  # the line under a label was its value
        elif line.kind == "text" and not DATE_LABEL.fullmatch(line.text) \
                and not SOURCE_LINE.match(line.text) \
                and not _breadcrumb(line.text) and not _switcher(line.text):
            # "Home / News", "EN | VL": a breadcrumb, a language switcher, no title
            found.append(k)
        k -= 1
    return found


def _field_block(lines: list[Line], d: int) -> int:
    """Where a block of two fields or more with their values ends upward from a date line
    ("Écrit par : Super User" / "Catégorie : Conseil des ministres"), with the word heading
    it ("Détails"); the date line itself when there is none."""
    k = d
    while k > 0 and lines[k - 1].kind == "text" and FIELD_VALUE.fullmatch(lines[k - 1].text):
        k -= 1
    if d - k < 2:
        return d
    return k - 1 if k > 0 and word_count(lines[k - 1].text) == 1 else k


def _venue_city_time(lines: list[Line], at: int, place: str,
                     published: str | None) -> tuple[int, str, str | None]:
    """The place's line at ``at`` with the city's line under it, and a starting time's line
    under them: the last of these lines, the place in full, the day with its time."""
    k = at + 1
    if k + 1 < len(lines) and lines[k].kind == "text" and _comma_place(lines[k].text) \
            and lines[k].text not in place:
        place, at, k = f"{place}, {lines[k].text}", k, k + 1
    if k + 1 < len(lines) and lines[k].kind == "text" and STARTED_AT.match(lines[k].text):
        published = _timed(published, lines[k].text) if published else published
        at = k
    return at, place, published


def _comma_place(text: str) -> bool:
    """A line that is a place and its city ("Palacio de Gobierno, Ciudad de Lessa")."""
    return "," in text and len(text) <= PLACE_MAX_CHARS and place_of(f"{text}, ") is not None


def _label_under_title(text: str) -> bool:
    """Whether a line of a word or two is a document's label: its kind ("Decree",
    "Interview") or its number ("No. 214", "第47号"), not a menu's "News"."""
    return names_kind(text) or any(c.isdigit() for c in text) \
        or SECTION_LABEL.fullmatch(text) is not None  # "Transcript", "Full text"


def _switcher(text: str) -> bool:
    """Whether a line is a row of language codes or letter sizes ("EN | VL", "A A A")."""
    parts = [p for p in SWITCH_BARS.split(text.strip()) if p]
    return bool(parts) and all(p.lower() in language_names() or all(
        len(t) <= SWITCH_CHARS for t in p.split()) for p in parts)


@cache
def language_names() -> frozenset[str]:
    """Languages named in their own words, as a site's switch between its versions names
    them ("English | Français | العربية"): CLDR's names of the languages whose dates are read,
    and the switches' own forms."""
    named = (Locale.parse(code).get_display_name(code) for code in (*DEFAULT_LOCALES, "zh",
                                                                     "ja", "ko"))
    return SWITCH_NAMES | {name.lower() for name in named if name}


def _label_over_dateline(lines: list[Line], k: int, published: str | None) -> bool:
    """Whether a line is the section's word between the page's date and its dateline of the
    same day ("12/03/2026" / "Presidencia" / "Vilarmar, 12 de marzo de 2026.")."""
    return bool(published) and k + 1 < len(lines) and lines[k].kind == "text" \
        and word_count(lines[k].text) <= LABEL_WORDS and _looks_like_title(lines[k].text) \
        and lines[k + 1].kind == "date" and (lines[k + 1].date or "")[:10] == (published or "")[:10]


def _dated_field(lines: list[Line], k: int) -> bool:
    """Whether the line opens a field of the header whose value is a date: a label alone
    ("Delivered on:") over a line that begins with a date."""
    if k + 1 >= len(lines) or not FIELD_LABEL.fullmatch(lines[k].text):
        return False
    hit = find_datetime(lines[k + 1].text)
    return hit is not None and hit[1] == 0


def _title_over_site(lines: list[Line], d: int) -> str | None:
    """The page's first line when it and the next, just over the date, open the page: a
    title over the site's name ("President of the Republic of Veloria"), which is shorter."""
    if d != 2 or lines[0].kind != "text" or lines[1].kind != "text":
        return None
    title, site = lines[0].text, lines[1].text
    if _looks_like_title(title) and word_count(site) <= SITE_NAME_WORDS < word_count(title):
        return title
    return None


def split_lead(paragraphs: list[str], *, introducing: bool = False
               ) -> tuple[str | None, list[str]]:
    """Set apart the narrative lead that opens a page, when there is one.

    ``introducing``: a text page's opening sentence that introduces the words after its
    colon ("The Governor-General has sent the following message to the President-elect:")
    may be its lead too; an HTML page's text keeps such a sentence, as its gold does.

    The lead is the opening run of short third-person paragraphs; it stops
    before the first paragraph that is speech (first or second person, a
    salutation, a dash turn, a question) and never takes the body's last
    paragraph.  When dash turns follow, a non-narrative paragraph just before
    the first dash is their unmarked first question, so it stays in the body.
    """
    # Dashes that never ask are quotations ("– Kustforumet är ..., säger statsministern."),
    # as Nordic releases write them: no turns, and no lead runs up to them.
    asked = any(is_dash(p) and p.rstrip().endswith(ASKING) for p in paragraphs)
    first_dash = next((k for k, p in enumerate(paragraphs) if is_dash(p)), None) \
        if asked else None
    limit = len(paragraphs) - 1
    if first_dash is not None and first_dash <= 4:
        limit = min(limit, first_dash)
    else:
        limit = min(limit, 1)
    n = 0
    while n < limit and (_narrative(paragraphs[n]) or introducing and n == 0
                         and _introducing(paragraphs[n])):
        n += 1
    if n == 0:
        return None, paragraphs
    return "\n".join(paragraphs[:n]), paragraphs[n:]


def _introducing(paragraph: str) -> bool:
    """A third person's sentence that ends with the colon before the words it introduces, no
    speaker's label ("The President said:" is too short to be more than one)."""
    return len(paragraph) <= LEAD_MAX_CHARS and paragraph.endswith((":", "：")) \
        and word_count(paragraph) >= INTRODUCING_WORDS and not PERSONAL.search(paragraph) \
        and not SPOKEN_LABEL.match(paragraph)


def _standfirst(title: str, line: str) -> bool:
    """Whether a line under a title is its summary: a sentence's worth of words, more than
    the title's, in a line that reads as no menu's, breadcrumb's or label's."""
    return (_looks_like_title(title) and word_count(title) >= STANDFIRST_TITLE_WORDS
            and word_count(line) >= STANDFIRST_WORDS and word_count(line) > word_count(title)
            and not any(mark in text for text in (title, line) for mark in (">", "|", "»", "›"))
            and not title.endswith(":") and not opens_lower(title)
            and not _restates(line, title)
            # Japanese and Chinese write no spaces: a summary is known by its full stop.
            and (not UNSPACED.match(line) or line.endswith(SENTENCE_ENDS)))


def _deck(title: str, line: str) -> bool:
    """Whether a line between a title and its byline is the title's deck: both title-like,
    of some words each ("Title / Presidente falou sobre ... / Por Helena Brito")."""
    return all(_looks_like_title(text) and word_count(text) >= STANDFIRST_TITLE_WORDS
               and not TRAIL.search(text) for text in (title, line)) \
        and not _restates(line, title)  # a fuller title under a short one is the title's


def _restates(line: str, title: str) -> bool:
    """Whether a line holds most of a title's words: a fuller title, no summary of it."""
    words = set(re.findall(r"\w+", title.lower()))
    return len(words & set(re.findall(r"\w+", line.lower()))) >= RESTATED_SHARE * len(words)


def _narrative(paragraph: str) -> bool:
    return (len(paragraph) <= LEAD_MAX_CHARS and paragraph.endswith(SENTENCE_END)
            and not is_dash(paragraph) and not PERSONAL.search(paragraph)
            and not GREETING.match(paragraph)
            and not SPOKEN_LABEL.match(paragraph))


def is_dash(paragraph: str) -> bool:
    """A paragraph opening with a dash turn's dash ("- Yes, ..."), not an end mark ("— END —")."""
    return paragraph.startswith(("- ", "– ", "— ", "-\u00a0")) \
        and CLOSING_MARK.match(paragraph) is None


def feed_documents(lines: list[Line]) -> list[Document]:
    """One incomplete Document per feed item in the residue after the main statement."""
    link = _items_link(lines)  # before the furniture goes: "Read more" is furniture too
    lines = _without_repeated_times(without_furniture(_timed_items(_days_in_titles(lines)),
                                                      link=link))
    dated = [k for k, line in enumerate(lines) if line.kind == "date"]
    if not dated:
        return []
    # A title its date line's time was glued to is the item's, never a feed's label.
    glued = {line.glued for line in lines if line.kind == "date" and line.timed_item}
    middle = _dates_between(lines, dated)
    if middle:
        # "Title / 27 June 2024 / Summary...": each title goes under its date, which then
        # opens the item.
        for k in dated:
            lines[k - 1], lines[k] = lines[k], lines[k - 1]
    # Dates close the items when an item's words come before the first date ("Direct
    # link: ...", a word or two of menus, do not).
    # Titles on their dates' lines ("20.05.2025 Statement of ...") are opened by them.
    dates_close = not middle and not all(lines[k].glued for k in dated) and any(
        line.kind == "text" and word_count(line.text) >= TEASER_MIN_WORDS
        for line in lines[:dated[0]])
    items: list[tuple[str | None, list[str]]] = []
    runs: list[tuple[str | None, list[str]]] = []
    current: list[str] = []
    date: str | None = None
    if _dates_after_links(lines, link):
        dates_close = False  # "Read more" / date / title / summary / "Read more" / date ...
    for line in lines:
        if line.kind == "text" and line.text == link:
            if current and date and not dates_close:
                items.append((date, current))  # "Read more" ends its item
                current, date = [], None
            continue
        if line.kind == "text":
            current.append(line.text)
            continue
        if dates_close:
            date = line.date
        if current and date:
            items.append((date, current))
        date = line.date
        # Text glued to a date line's times opens the next item (its title).
        current = [line.glued] if line.glued else []
        if line.closed:  # its own line holds the whole item: what follows is no summary
            runs.append((date, current))
            current, date = [], None
    if current and date and not dates_close:
        items.append((date, current))
    # An item of menu words ("Share", "Topics") is page furniture, not a teaser; a run of
    # titles closed by their dates is a feed's, however short its titles.
    # A feed's heading and labels over its first item ("Other news"), never its only line.
    items = [(when, texts if texts and texts[0] in glued else texts[min(len(texts) - 1, next(
        (k for k, t in enumerate(texts) if not _feed_label(t)), len(texts))):])
        for when, texts in items]
    if dates_close and len(items) > 2:
        # The first item's lines beyond those the others have are the feed's heading, in
        # any script ("최신 브리핑" over "[서면 브리핑] Title" / "2025.03.13").
        usual = Counter(len(texts) for _, texts in items[1:]).most_common(1)[0][0]
        first = items[0][1]
        extra = first[:-usual]
        # A heading is no sentence nor a salutation: "President X chaired a meeting.", "Dear
        # Mr. President," open the item's text.
        while extra and extra[-1].rstrip().endswith((*SENTENCE_ENDS, ",")):
            extra.pop()
        items[0] = (items[0][0], first[len(extra):])
    full = sum(any(word_count(t) >= TEASER_MIN_WORDS for t in texts) for _, texts in items)
    return [teaser(when, texts) for when, texts in items if _item_words(texts, full)] + [
        teaser(when, texts) for when, texts in runs if texts]


def _item_words(texts: list[str], full: int) -> bool:
    """Whether a feed item's words make a teaser: a title of four words at least, or, among
    two such items or more, one of three ("Regierungserklärung zur Energiesicherheit")."""
    if any(word_count(t) >= TEASER_MIN_WORDS for t in texts):
        return True
    return full >= FEED_RUN and len(texts) == 1 and word_count(texts[0]) >= DAY_TITLE_WORDS \
        and _looks_like_title(texts[0]) and not FURNITURE.match(texts[0])


def _without_repeated_times(lines: list[Line]) -> list[Line]:
    """The lines without a time glued before a title that the date line under it gives
    again ("11:05Телефонный разговор …" over "12 марта 2025, 11:05…")."""
    out = list(lines)
    for k, line in enumerate(lines[:-1]):
        glued = LEAD_TIME.match(line.text) if line.kind == "text" else None
        under = lines[k + 1]
        if glued and under.kind == "date" and under.date and \
                under.date[11:16] == glued.group(1).zfill(5):
            out[k] = Line("text", line.text[glued.end():])
    return out


def _timed_items(lines: list[Line]) -> list[Line]:
    """The residue's lines with their items dated by the times set apart from their days.

    A time alone on its line, or glued before a title, under a day's heading ("14 March
    2024" / "17:05" / title / "15:40" / title) dates the item it opens; other stray times
    are dropped.  Where the items' titles carry their times, glued or a space apart, over
    days of their own ("16:40Title" / "16 October 2025" / "12:15Title" / "15 October
    2025"), each item is its title over its day, which closes it and takes the time.
    """
    if _titles_over_days(lines):
        return _days_under_titles(lines)
    out: list[Line] = []
    day: str | None = None
    for k, line in enumerate(lines):
        if line.kind == "date":
            heading = line.date is not None and "T" not in line.date and k + 1 < len(lines) \
                and (lines[k + 1].kind == "time" or LEAD_TIME.match(lines[k + 1].text) is not None)
            day = line.date if heading else None
            if not heading:
                out.append(line)
        elif line.kind == "time":
            if day is not None:
                out.append(Line("date", line.text, date=_timed(day, line.text)))
        elif day is not None and (glued := LEAD_TIME.match(line.text)):
            # "12 июня 2025 года" over "10:00Поздравление ...": the item's time and title.
            out.append(Line("date", line.text, date=_timed(day, glued.group(1)),
                            glued=line.text[glued.end():]))
        else:
            out.append(line)
    return out


def _days_in_titles(lines: list[Line]) -> list[Line]:
    """The lines with a title that ends with the day it names read as text, since it dates
    no item ("Point de presse du 9 mai 2025" in a related list): a few words before the
    day, no stamp's ("Published", "Posted on") and none set apart by a mark ("Lessa, le",
    "Releases -")."""
    return [Line("text", line.text) if line.kind == "date" and not line.glued
            and len(line.before.split()) >= DAY_TITLE_WORDS
            and not DAY_PREFIX_MARK.search(line.before) and not STAMP_WORD.search(line.before)
            else line for line in lines]


def _titles_over_days(lines: list[Line]) -> bool:
    """Whether the items' days close them, their times glued before their titles: the
    first of the lines' days and timed titles is a timed title right over a day of its own
    (no time, nothing glued), or every timed title is (the first item's time missing)."""
    timed = {k for k, line in enumerate(lines)
             if line.kind == "text" and TIMED_TITLE.match(line.text)}
    first = next((k for k, line in enumerate(lines) if line.kind == "date" or k in timed), None)
    if first is None or not timed:
        return False
    return first in timed and _day_under(lines, first) or all(_day_under(lines, k) for k in timed)


def _day_under(lines: list[Line], k: int) -> bool:
    """Whether the line under line ``k`` is a day alone: no time, nothing glued to it."""
    if k + 1 >= len(lines):
        return False
    under = lines[k + 1]
    return under.kind == "date" and under.date is not None and "T" not in under.date \
        and not under.glued


def _days_under_titles(lines: list[Line]) -> list[Line]:
    """The lines with each time before a title over its day ("16:40Title" over "16 October
    2025") taken from the title to the day."""
    out: list[Line] = []
    time: str | None = None
    for k, line in enumerate(lines):
        glued = TIMED_TITLE.match(line.text) if line.kind == "text" else None
        if glued and _day_under(lines, k):
            time = glued.group(1)
            out.append(Line("text", line.text[glued.end():]))
        elif line.kind == "date" and time is not None and line.date is not None:
            out.append(Line("date", line.text, date=_timed(line.date, time), before=line.before))
            time = None
        elif line.kind != "time":
            out.append(line)
    return out


def _dates_between(lines: list[Line], dated: list[int]) -> bool:
    """Whether the items put their date between title and summary: most dates (two at
    least) stand under a line that reads as a title and over one that does not."""
    between = sum(0 < k < len(lines) - 1 and lines[k - 1].kind == "text" == lines[k + 1].kind
                  and _looks_like_title(lines[k - 1].text)
                  and not _looks_like_title(lines[k + 1].text) for k in dated)
    return between >= 2 and between * 3 >= len(dated) * 2


def without_furniture(lines: list[Line], *, link: str | None = None) -> list[Line]:
    """The residue without the site's furniture: a label ("Share this:", "Related news") and
    the menu words after it ("Facebook", "Twitter"), up to the next line of a few words;
    the ``link`` every item ends with is kept, where it ends them."""
    kept, skipping = [], False
    for line in lines:
        if link is not None and line.kind == "text" and line.text == link:
            kept.append(line)
            skipping = False
            continue
        if line.kind == "text" and len(line.text) <= FOOTER_CHARS \
                and COPYRIGHT.search(line.text):
            break  # the page's copyright line: its footer, nothing after it is a feed
        if line.kind == "text" and FURNITURE.match(line.text):
            skipping = True
            continue
        if line.kind == "text" and LINK_ROW.match(line.text):
            continue
        if skipping and line.kind == "text" and word_count(line.text) < TEASER_MIN_WORDS:
            continue
        skipping = False
        kept.append(line)
    return kept


def teaser(published: str | None, paragraphs: list[str]) -> Document:
    """A feed item: its own date, its title when its first line reads as one, complete=False."""
    title = None
    if paragraphs and (glued := LEAD_TIME.match(paragraphs[0])):
        # "12:30Прэзідэнт …" over its summary and "19 лістапада 2024 г., 12:30": the item's
        # time glued before its title, its date line saying it again.
        paragraphs = [paragraphs[0][glued.end():], *paragraphs[1:]]
    if _kicker(paragraphs):
        paragraphs = paragraphs[1:]  # "Ministry of Agriculture" over the item's title
    if len(paragraphs) > 1 and _looks_like_title(paragraphs[0]):
        # Lines of a word or two under the title are the next item's kicker or the
        # footer's links ("Impressum"), not the item's summary.
        summary = [p for p in paragraphs[1:] if word_count(p) > LABEL_WORDS]
        title, paragraphs = paragraphs[0], summary or paragraphs[:1]
    elif _looks_like_title(paragraphs[0]):
        title = paragraphs[0]  # a feed item of one line is its title, and all its text
    return Document(blocks=[Block(p) for p in paragraphs], title=title, published_at=published,
                    complete=False)


def _kicker(paragraphs: list[str]) -> bool:
    """Whether a feed item opens with a kicker: a few words (its section, its ministry)
    over a longer title, over a summary that reads as a sentence."""
    if len(paragraphs) < 3:
        return False
    kicker, title, summary = paragraphs[:3]
    return (word_count(kicker) <= KICKER_WORDS < word_count(title)
            and _looks_like_title(kicker) and _looks_like_title(title)
            and not _looks_like_title(summary))


def _looks_like_title(text: str) -> bool:
    return (word_count(text) <= TITLE_MAX_WORDS
            and not text.endswith((".", ",", ":", ";", "!", "。", "，", "！", "：", "։", "।", "۔",
                                   "؟"))
            and not text.endswith("…") and not is_dash(text))


def same_title(a: str, b: str, least: float = 0.5) -> bool:
    """Whether two titles share ``least`` of their words (Jaccard)."""
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= least


def _meta_date(meta: dict[str, object]) -> str | None:
    for key in ("published_at", "published_time", "published", "datetime", "date"):
        value = meta.get(key)
        if value is not None:
            parsed = parse_datetime(str(value))
            if parsed:
                return parsed
    return None


def _str(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
