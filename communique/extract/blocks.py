"""A main-content container -> Blocks: paragraphs, sub-headings and speaker labels.

A bold run at the head of a paragraph that ends in a colon (``<b>Name:</b>``,
``<b>Name</b>:``, ``<b>Name</b> <i>(retranslated)</i><b>:</b>``,
``<b>Name</b> (retranslated):``, ``<b>Name</b><i>(retranslated</i>):``) becomes
``Block.label``, the text without it; a label alone on its line labels the next
paragraph (``parse.turns`` reads the same forms from text, ``ALONE_LABEL``); the
label's mark may be a full-width colon or the Spanish ".-".  A bold name closed by a dash
or a full stop, or set in capitals, is a label only when it recurs (``with_soft_labels``):
a bold dateline opens one paragraph only.  A paragraph wholly in bold
or in italics, or an ``<h2>``-``<h6>``, is a heading.  Lines that are all link ("Read
more") are navigation and left out.  Containers without paragraph markup are split at
``<br>`` and at block elements.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from ..models import Block
from ..parse.dates import find_datetime, find_day_month
from ..parse.speakers import is_answer_label, is_question_label
from .content import (
    FURNITURE_LABELS,
    clean_text,
    links_in,
    node_text,
    outermost,
    own_text,
    part_blocks,
    strip_boilerplate,
)

BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt"
BLOCK_TAGS = frozenset(BLOCKS.split(", "))
HEADING_TAGS = {"h2", "h3", "h4", "h5", "h6"}
BOLD = {"b", "strong"}
INLINE = {"i", "em", "a", "span", "sup", "sub"}
EMPHASIS = {"i", "em"}
MAX_LABEL_CHARS = 120
LABELLED_TAGS = {"p", "li", "div"}
WRAPPERS = {"span", "font"}
# The mark that closes a speaker's label: a colon (full-width in CJK text), or the Spanish
# ".-" ("Presidente.- ...").
_MARK = r"(?:[:：]|\.\s?[-–—](?=\s|$))"
# Plain text that closes a bold label: its mark, after a translator's note in brackets
# or after the ")" of a note the italics opened ("<i>(retranslated</i>):").
# Up to two notes: "<b>Question</b> (Lessa Radio) (through interpreter):".
LABEL_END = re.compile(rf"\s*(?:(?P<note>[(（][^()（）]{{1,40}}[)）](?:\s*\([^()]{{1,40}}\))?)|"
                       rf"(?P<close>\)))?\s*(?P<mark>{_MARK})")
MARK_CLOSING = re.compile(rf"\s*{_MARK}$")  # a bold run that holds its label's mark
MARK_ONLY = re.compile(rf"\s*{_MARK}\s*")
NOTE_ONLY = re.compile(r"\s*\([^()]{1,40}\)\s*")  # a translator's note alone: " (retranslated)"
MARK_OPENING = re.compile(rf"^\s*{_MARK}\s*")  # the mark left before a label's words
# A name as a bold run writes it: up to six capitalised words (particles between them).
NAME_LIKE = re.compile(r"[^\W\d_][\w’'.\-]*(?:\s+(?:[^\W\d_][\w’'.\-]*)){0,5}\.?")
# An interview's question set apart by its class name, in the languages of the sites seen.
QUESTION_CLASS = re.compile(r"(?<![a-z])(?:question|vopros|pregunta|domanda|pergunta|frage|"
                            r"pytanie|soru|sual|intrebare|vraag)(?![a-z])", re.I)
# The class of an element holding a speaker's label, in the languages of the sites seen.
SPEAKER_CLASS = re.compile(r"(?<![a-z])(?:speaker|interlocutor[ea]?|orador|sprecher|intervenant|"
                           r"oratore|mowca|spiker|vorbitor|redner|locutor)(?![a-z])", re.I)
NOTE_AFTER = re.compile(r"\s*[(（][^()（）]{1,40}[)）]$")
BRACKET_ONLY = re.compile(r"\s*[()]\s*")
SOFT_MARK = re.compile(r"^\s*[–—-]\s+")
SOFT_LABEL_CHARS = 60
SOFT_LABEL_REPEATS = 2
LINE_MIN_CHARS = 25
LOOSE_TEXT_CHARS = 400  # a text between <br>s, paragraphs' worth, around a quote or a list
SENTENCE_MIN_CHARS = 4
SENTENCE_MARKS = ("。", "！", "？", "!", "?", ".", "，", "：", "؟", "।")
INLINE_LINE_TAGS = frozenset({"span", "time", "b", "strong", "i", "em", "small", "abbr"})
LINK_LINE_CHARS = 120
SEPARATORS_ONLY = re.compile(r"[\s|·•/,;:–—\-\[\]()]+")
LABEL_ONLY_CHARS = 60  # the longest label with its marks: "Das könnte Sie auch interessieren:"
LABEL_ONLY = re.compile(rf"(?:{FURNITURE_LABELS})\s*[:：]?[\s,|·]*$", re.IGNORECASE)
# "Photo: Press Service": a credit line under a picture, in the languages of the sites seen.
CREDIT = re.compile(r"(?:photos?|фото|foto|fotos|bild|crédit photo|photo credit|图片|صورة)"
                    r"\s*[:：]", re.IGNORECASE)
NESTING_TAGS = frozenset({"li", "blockquote", "dd", "td", "th"})
QUOTE_SLACK_CHARS = 10  # words of a quote outside its paragraphs: an attribution, not spaces
BROKEN_TAGS = frozenset({"div", "p", "blockquote", "dd", "li"})
LINE_BREAK = "\u2029"  # stands for a <br> in a paragraph's text while it is split
LOOSE_BLOCK_TAGS = {"div", "section", "table", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5",
                    "h6", "blockquote", "pre", "center", "article"}


def block_nodes(container: LexborNode) -> list[LexborNode]:
    """The container's block elements, outermost first; a table row is a block when it
    holds no paragraphs of its own (a data table, not a layout table), and so is a
    <div> with text of its own and no paragraphs (sites that write <div> for <p>).
    """
    # One walk in page order: a selector list of a dozen tags costs lexbor a dozen
    # matches per element, a set lookup costs one.
    found = []
    for node in container.traverse():
        tag = node.tag
        if tag == "blockquote" and quoted_paragraphs(node):
            continue  # a speech or a letter quoted whole: its paragraphs are the blocks
        if tag in BLOCK_TAGS or (tag == "tr" and node.css_first(BLOCKS) is None) or (
                tag == "div" and is_div_block(node)) or (tag == "td" and is_label_cell(node)):
            found.append(node)
    # The container itself is a block only when nothing in it is one (a table row of a
    # layout, whose cells are the blocks, would give each line twice).
    inner = [node for node in found if node.mem_id != container.mem_id]
    return outermost(inner or found, container)


def is_div_block(node: LexborNode) -> bool:
    """A <div> that is a block: text of its own and no paragraphs (sites that write <div>
    for <p>), or a text written between <br>s with a quote or a list among its lines, which
    ``loose_blocks`` reads line by line."""
    own = own_text(node)
    if node.css_first(BLOCKS) is None:
        return own >= LINE_MIN_CHARS or is_inline_line(node) or is_short_sentence(node) \
            or is_speaker_box(node)
    return own >= LOOSE_TEXT_CHARS and node.css_first("br") is not None


def quoted_paragraphs(node: LexborNode) -> bool:
    """A quote of several paragraphs and nothing else (no attribution beside them)."""
    paragraphs = node.css("p")
    if len(paragraphs) < 2:
        return False
    said = sum(len(p.text(deep=True, strip=True)) for p in paragraphs)
    return len(node.text(deep=True, strip=True)) - said <= QUOTE_SLACK_CHARS


def is_label_only(text: str) -> bool:
    """A furniture label alone ("Related news:", "Поделиться"); the length first, since the
    labels of every language make a long pattern to try on each paragraph."""
    return len(text) <= LABEL_ONLY_CHARS and LABEL_ONLY.match(text) is not None


def is_short_sentence(node: LexborNode) -> bool:
    """A <div> of its own words that a sentence's mark closes: a paragraph however short
    ("谢谢大家。", "Xin trân trọng cảm ơn!", a salutation "尊敬的各位嘉宾，")."""
    child, said = node.child, ""
    while child is not None:
        if child.is_text_node:
            said += child.text_content or ""
        child = child.next
    said = said.strip()
    # "Loading...", "Read more…": a placeholder or a link's words, no sentence.
    return len(said) >= SENTENCE_MIN_CHARS and said.endswith(SENTENCE_MARKS) \
        and not said.endswith(("..", "…"))


def is_label_cell(cell: LexborNode) -> bool:
    """A row's first cell that holds a speaker's label ("<b>MODERATOR:</b>") beside a cell
    of paragraphs: a dialogue set out in a table; the label labels the paragraphs after it."""
    if cell.prev is not None and any(n.is_element_node for n in _siblings_before(cell)):
        return False
    text = cell.text_lexbor().strip()
    if not 0 < len(text) <= MAX_LABEL_CHARS or cell.css_first(BLOCKS) is not None:
        return False
    if text.endswith((":", "：")):
        return True
    # A name alone ("<td>Presidente Ferrandi</td>"), the paragraphs in the next cell.
    after = cell.next
    while after is not None and not after.is_element_node:
        after = after.next
    return after is not None and after.tag == "td" and after.css_first(BLOCKS) is not None \
        and is_name_label(text)


def is_speaker_box(node: LexborNode) -> bool:
    """A <div> its class names as a speaker's ("<div class="vorbitor">Radu Voinea</div>")."""
    return SPEAKER_CLASS.search(node.attributes.get("class") or "") is not None


def is_name_label(text: str) -> bool:
    """A speaker's name or office set apart as a label of its own: a few words, its note in
    brackets aside ("LA CHANCELIÈRE (traduction)")."""
    return len(text) <= SOFT_LABEL_CHARS and NAME_LIKE.fullmatch(NOTE_AFTER.sub("", text)) \
        is not None


def _siblings_before(node: LexborNode) -> Iterator[LexborNode]:
    before = node.prev
    while before is not None:
        yield before
        before = before.prev


def is_inline_line(node: LexborNode) -> bool:
    """A <div> whose words all stand in inline elements side by side ("<span>10:00</span>
    <span>Meeting with ...</span>"): a line of text, as a <div> of its own text is."""
    spans = 0
    child = node.child
    while child is not None:
        if child.is_element_node:
            if child.tag not in INLINE_LINE_TAGS:
                return False
            spans += 1
        child = child.next
    return spans >= 2 and len(node.text_lexbor().strip()) >= LINE_MIN_CHARS


def leading_run(node: LexborNode) -> tuple[str, bool, bool]:
    """The bold run a paragraph opens with: its text, whether a colon ends it, whether it
    is the whole paragraph.  Italic or linked words inside the run belong to it, as in
    ``<b>Name</b> <i>(retranslated)</i><b>:</b>``.
    """
    parts: list[str] = []
    saw_bold = False
    child = node.child
    while child is not None:
        if child.is_text_node:
            raw = child.text_content or ""
            if raw and not raw.isspace():
                if not saw_bold:  # text before any bold: no run (parts hold white space)
                    return "", False, False
                run = "".join(parts)
                if BRACKET_ONLY.fullmatch(raw) and (raw.strip() == "(" or run.count("(") >
                                                    run.count(")")):
                    # "<b>Р.Мезар</b> (<i>как переведено</i>)<b>:</b>": a note's brackets
                    # around its italic words, the mark after them.
                    parts.append(raw)
                    child = child.next
                    continue
                if NOTE_ONLY.fullmatch(raw) and _bold_mark(child.next):
                    # "<b>А.Вилару</b> (как переведено)<b>:</b>": the note in plain text
                    # between the name and the bold mark.
                    parts.append(raw)
                    child = child.next
                    continue
                end = LABEL_END.match(raw) if saw_bold else None
                if end is not None and (end["close"] is None or run.count("(") > run.count(")")):
                    return clean_text(run + raw[:end.start("mark")]), True, False
                return clean_text(run), False, False
            parts.append(raw)
        elif child.tag in BOLD or (saw_bold and child.tag in INLINE) or speaker_run(child):
            saw_bold = True
            parts.append(child.text_lexbor())
            if MARK_CLOSING.search(clean_text(parts[-1])):
                has_more = has_text_after(child)
                return MARK_CLOSING.sub("", clean_text("".join(parts))), True, not has_more
        elif not saw_bold and child.tag in WRAPPERS:
            # Word-processor HTML wraps the whole line: <p><span><b>Name:</b> ...</span></p>.
            run, colon, whole = leading_run(child)
            return run, colon, whole and not has_text_after(child)
        elif child.is_element_node:
            break
        child = child.next
    return clean_text("".join(parts)), False, child is None


def _bold_mark(node: LexborNode | None) -> bool:
    """Whether an element is a bold run of a label's mark alone ("<b>:</b>")."""
    return node is not None and node.tag in BOLD \
        and MARK_ONLY.fullmatch(node.text_lexbor() or "") is not None


def speaker_run(node: LexborNode) -> bool:
    """True for a run the site's class names the speaker's ("<span class=speaker>"): a label
    as a bold run is one."""
    return node.tag in WRAPPERS and SPEAKER_CLASS.search(node.attributes.get("class") or "") \
        is not None


def all_emphasis(node: LexborNode) -> bool:
    """True when every word of the paragraph is in italics (``<em>``, ``<i>``)."""
    child, seen = node.child, False
    while child is not None:
        if child.is_element_node:
            if child.tag not in EMPHASIS:
                return False
            seen = True
        elif not (child.text_content or "").isspace():
            return False
        child = child.next
    return seen


def has_text_after(node: LexborNode) -> bool:
    """True when a sibling after the node holds more than white space (the first says so)."""
    current = node.next
    while current is not None:
        text = current.text_lexbor() if current.is_element_node else current.text_content
        if text and not text.isspace():
            return True
        current = current.next
    return False


def is_link_line(node: LexborNode, text: str) -> bool:
    """A short line that is all link ("Read more", "Download the PDF"), or links after a
    furniture label ("Read also: <a>...</a>"), or a photo credit: navigation."""
    if len(text) > LINK_LINE_CHARS:
        return False
    if CREDIT.match(text):
        return True
    links = links_in(node)
    if not links:
        return False
    linked = [node_text(a) for a in links]
    if sum(map(len, linked)) >= 0.9 * len(text):
        return True
    rest = text
    for words in linked:
        rest = rest.replace(words, " ")
    # Links and the marks between them only ("Print | Close window"), or after a label.
    return not SEPARATORS_ONLY.sub("", rest) or is_label_only(rest.strip())


def is_dateline(run: str) -> bool:
    """Whether a bold run closed by a colon is a dateline ("<b>Zarinpur, March 25, 2024:</b>
    The Ambassador ..."), no speaker's label: a place, a comma and a date."""
    if "," not in run and "،" not in run:
        return False
    return find_datetime(run) is not None or find_day_month(run, 2000) is not None


def make_block(node: LexborNode) -> Block | None:
    """One block from one element: its label split off, headings marked."""
    tag = node.tag  # each read is a call into lexbor
    if tag in NESTING_TAGS and node.css_first("p, div, li") is not None:
        part_blocks(node)  # a list item or a quote of paragraphs: one block, words apart
    text = node_text(node) if tag != "tr" else clean_text(node.text(separator=" "))
    if not text or is_link_line(node, text):
        return None
    if tag in HEADING_TAGS or tag == "dt":
        return Block(text, heading=True)  # a definition list's term heads its definition
    if tag == "tr":
        return Block(text, soft_label=row_label(node, text))
    if tag in ("td", "div") and not text.endswith((":", "：")) and (
            tag == "td" and is_name_label(text) or len(text) <= SOFT_LABEL_CHARS
            and not text.endswith(SENTENCE_MARKS) and is_speaker_box(node)):
        # A speaker's cell or box over the words: a heading, its own name as its soft label
        # (``with_heading_labels`` reads each such box as a label once two stand on the page).
        return Block(text, heading=True, soft_label=text)
    if QUESTION_CLASS.search(node.attributes.get("class") or ""):
        return Block(text, heading=True)  # <p class="question">: set apart by its name
    if tag not in LABELLED_TAGS:
        return Block(text)
    run, colon, whole = leading_run(node)
    if not run:
        # Questions set in italics, as others set them in bold: the markup sets them apart.
        return Block(text, heading=True) if all_emphasis(node) else Block(text)
    if colon and len(run) <= MAX_LABEL_CHARS and not is_dateline(run):
        rest = text[len(run):].lstrip() if text.startswith(run) else text
        if is_link_after_label(node, rest):
            return None  # "<b>Čtěte také:</b> <a>...</a>": a link to another page, no turn
        return Block(MARK_OPENING.sub("", rest, count=1), label=run)
    if whole:
        return Block(text, heading=True)
    return Block(text, soft_label=soft_label(run, text))


def is_link_after_label(node: LexborNode, rest: str) -> bool:
    """Whether all a labelled paragraph says after its label is one link's title ("Read
    also: <a>...</a>" in any language): furniture, never a speaker's words."""
    words = MARK_OPENING.sub("", rest, count=1).strip()
    links = node.css("a")
    return len(links) == 1 and bool(words) and clean_text(links[0].text_lexbor()) == words


def soft_label(run: str, text: str) -> str | None:
    """A bold name closed by a dash or a full stop, or set in capitals, with no colon
    ("<b>Amara Velden</b> – ...", "<b>Question.</b> ...", "<b>AMARA VELDEN</b> ...")."""
    if len(run) > SOFT_LABEL_CHARS or not text.startswith(run) or not NAME_LIKE.fullmatch(run):
        return None
    rest = text[len(run):]
    if run.endswith(".") or SOFT_MARK.match(rest) or run.isupper():
        return run
    return None


def row_label(row: LexborNode, text: str) -> str | None:
    """A table row's first cell as a soft label: a name in a cell of its own, the words in
    the next ("<td>Amara Velden</td><td>We will build...</td>")."""
    cells = [cell for cell in row.iter() if cell.tag in ("td", "th")]
    if len(cells) < 2:
        return None
    first = node_text(cells[0])
    name = NOTE_AFTER.sub("", first)  # "Journalist (Velorian TV)": a name and a note
    if not first or len(first) > SOFT_LABEL_CHARS or not NAME_LIKE.fullmatch(name) \
            or not text.startswith(first) or len(text) <= len(first):
        return None
    return first


def with_heading_labels(blocks: list[Block]) -> list[Block]:
    """Headings that recur as names label the block after them: a transcript that sets each
    speaker's name as a heading or a definition list's term ("<h4>Amara Velden</h4><p>...",
    "<dt>Question</dt><dd>...").  A text's sub-headings do not repeat."""
    names = Counter(NOTE_AFTER.sub("", b.text) for b in blocks
                    if b.heading and is_name_label(b.text))
    boxes = sum(1 for b in blocks if b.heading and b.soft_label == b.text)
    if not any(n >= SOFT_LABEL_REPEATS for n in names.values()) and boxes < SOFT_LABEL_REPEATS:
        return blocks
    out: list[Block] = []
    pending: str | None = None
    for block in blocks:
        if block.heading and (names[NOTE_AFTER.sub("", block.text)] >= SOFT_LABEL_REPEATS
                              or boxes >= SOFT_LABEL_REPEATS and block.soft_label == block.text
                              or is_question_label(block.text) or is_answer_label(block.text)):
            pending = block.text.rstrip(".:").strip()
            continue
        if pending is not None and block.label is None and not block.heading:
            block.label = pending
        pending = None
        out.append(block)
    return out


def with_soft_labels(blocks: list[Block]) -> list[Block]:
    """Soft labels that recur become labels: an interview names its speakers again and
    again, a bold dateline ("<b>Lessa</b> – ...") opens one paragraph only.  In a text so
    labelled, a question's label may come once ("<b>Question.</b>")."""
    counts = Counter(b.soft_label for b in blocks if b.soft_label and not b.heading)
    labelled = any(n >= SOFT_LABEL_REPEATS for n in counts.values())
    for block in blocks:
        if block.heading:
            continue  # a speaker's box: ``with_heading_labels`` reads it
        soft, block.soft_label = block.soft_label, None
        if soft and (counts[soft] >= SOFT_LABEL_REPEATS or labelled and (
                is_question_label(soft) or is_answer_label(soft))):
            block.label = soft.rstrip(".").strip()
            block.text = SOFT_MARK.sub("", block.text[len(soft):], count=1).lstrip()
    return blocks


def iter_node_blocks(nodes: list[LexborNode]) -> Iterator[Block]:
    """Each node's block; a <div> broken by <br> gives one block per line, and so does a
    paragraph (sites that write a whole text in one <p>, its paragraphs between <br>s)."""
    for node in nodes:
        tag = node.tag
        if tag in BROKEN_TAGS and node.css_first("br") is not None:
            if tag == "div":
                yield from loose_blocks(node)
            else:
                yield from broken_blocks(node)
            continue
        block = make_block(node)
        if block is not None:
            yield block


def broken_blocks(node: LexborNode) -> Iterator[Block]:
    """A paragraph's lines between <br>s, each a block; a label opening it stays its first's."""
    for br in node.css("br"):
        br.replace_with(LINE_BREAK)  # words on both sides of a <br> are never glued
    block = make_block(node)
    if block is None:
        return
    lines = [line for line in map(clean_text, node.text_lexbor().split(LINE_BREAK)) if line]
    if len(lines) < 2:
        yield block
        return
    first = lines[0]
    if block.label is not None:
        first = first.removeprefix(block.label).lstrip(" :")
    yield Block(first, label=block.label, heading=block.heading)
    yield from (Block(line) for line in lines[1:])


def extract_blocks(container: LexborNode) -> list[Block]:
    """The container's blocks in page order; a label alone on its line labels the next block."""
    strip_boilerplate(container)
    if own_text(container) >= LINE_MIN_CHARS:
        # Text written straight into the container between <br>s (old table layouts):
        # its lines are the statement, the block elements among them only a part.
        return loose_blocks(container)
    blocks: list[Block] = []
    pending: str | None = None
    for block in iter_node_blocks(block_nodes(container)):
        if is_label_only(block.label or block.text):
            pending = None  # "Noticias relacionadas:", "Mehr zum Thema": furniture's heading
            continue
        if block.label is not None and not block.text:
            pending = block.label
            continue
        if pending is not None and block.label is None and not block.heading:
            block.label = pending
        pending = None
        blocks.append(block)
    return with_heading_labels(with_soft_labels(blocks)) if blocks else loose_blocks(container)


def line_blocks(text: str) -> list[Block]:
    """Blocks from text without paragraph markup (``<br>`` lines, JSON-LD ``articleBody``)."""
    return [Block(line) for line in (clean_text(raw) for raw in text.splitlines()) if line]


def loose_blocks(container: LexborNode) -> list[Block]:
    """Blocks of a container without paragraph markup: lines split at <br> and at blocks.

    A line that is all link ("Print version | Send to a friend") is navigation.
    """
    blocks: list[Block] = []
    current: list[str] = []
    linked: list[str] = []
    bold: list[str] = []  # the line's words in bold: a question set apart, when all are

    def flush() -> None:
        text = clean_text("".join(current))
        if text and not (len(text) <= LINK_LINE_CHARS
                         and _letters("".join(linked)) >= 0.9 * _letters(text)):
            blocks.append(Block(text, heading=clean_text("".join(bold)) == text))
        current.clear()
        linked.clear()
        bold.clear()

    def walk(parent: LexborNode) -> None:
        child = parent.child
        while child is not None:
            tag = child.tag
            if child.is_text_node:
                current.append(child.text_content or "")
            elif tag == "br":
                flush()
            elif tag in LOOSE_BLOCK_TAGS or tag in BLOCK_TAGS:
                flush()
                inner = block_nodes(child) if tag not in BLOCK_TAGS else []
                blocks.extend(iter_node_blocks(inner or [child]))
            elif child.is_element_node and tag != "a" and child.css_first("br") is not None:
                walk(child)  # "<font>line<br><br>line</font>": its lines, each a block
            elif child.is_element_node:
                text = child.text_lexbor()
                current.append(text)
                linked.extend(a.text_lexbor() for a in links_in(child))
                if tag == "a":
                    linked.append(text)
                elif tag in BOLD:
                    bold.append(text)
            child = child.next

    walk(container)
    flush()
    return blocks


def _letters(text: str) -> int:
    return sum(c.isalnum() for c in text)
