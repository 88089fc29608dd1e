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

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

PARAGRAPHS = "p, pre, blockquote"
# Regions of a page template that never hold the statement, and elements whose content
# is not text.  <header>, <footer> and <aside> inside an <article> or <main> belong to
# the statement (its h1, date, notes).
TEMPLATE = ("script, style, noscript, template, nav, form, menu, [role=navigation], "
            "[role=banner], [role=contentinfo], "
            "[role=search], [itemtype$=WPFooter], [itemtype$=WPHeader], [itemtype$=WPSideBar], "
            "[itemtype$=SiteNavigationElement]")
PAGE_REGIONS = "header, footer, aside"
INSIDE_BOILERPLATE = (
    "script, style, noscript, template, svg, nav, aside, footer, form, button, figure, "
    "iframe, video, audio, object, img, [hidden], [aria-hidden=true], [role=complementary], "
    "[role=navigation], [role=toolbar], [role=search]"
)
# Class and id words of page furniture; matched on lower-cased text, without re.I and
# word boundaries, which make the search ten times slower.  Short words that occur
# inside content names ("tag" in "stage", "cut" in "executive") must be whole tokens.
BOILERPLATE_WORDS = re.compile(
    r"share|social|related|comment|breadcrumb|paginat|pager|taglist|tagcloud|meta(?!l)|"
    r"status|print|subscribe|advert|sponsor|promo|hidden|caption|gallery|video|photo|"
    r"see-?also|read-?more|toolbar|widget|banner|author"
)
BOILERPLATE_TOKENS = {"tag", "tags", "cut", "ad", "ads"}
TOKEN_SPLIT = re.compile(r"[\s-]+")  # "_" joins words, as in a regex word
BODY_MARKS = "[itemprop=articleBody], .e-content"
WRAPPER_MIN_CHARS = 1000
LOOSE_MIN_CHARS = 150
WIDEN_LEVELS = 2
WIDEN_FACTOR = 1.5


def clean_text(text: str) -> str:
    """Collapse white space (non-breaking spaces, source line breaks) into single spaces."""
    return " ".join(text.split())


def node_text(node: LexborNode) -> str:
    return " ".join(node.text(deep=True, separator="").split())


def within(node: LexborNode, tags: tuple[str, ...]) -> bool:
    """True when an ancestor of the node has one of the tags."""
    current = node.parent
    while current is not None:
        if current.tag in tags:
            return True
        current = current.parent
    return False


def drop_template(tree: LexborHTMLParser) -> None:
    """Remove scripts, navigation, banners, footers and sidebars: never the statement."""
    doomed = list(tree.css(TEMPLATE))
    doomed += [n for n in tree.css(PAGE_REGIONS) if not within(n, ("article", "main"))]
    root = tree.root
    if root is not None:
        for node in outermost(doomed, root):
            node.decompose()


def content_weight(node: LexborNode) -> int:
    """Characters of a paragraph that are not link text: what a reader came for."""
    total = len(node.text(deep=True, separator=""))
    anchors = node.css("a")
    if not anchors:
        return total
    links = sum(len(a.text(deep=True, separator="")) for a in anchors)
    return max(0, total - 2 * links) if links * 2 > total else total - links


def find_container(tree: LexborHTMLParser) -> tuple[LexborNode | None, int]:
    """The element holding the main text and its text weight; None when there is none."""
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    weights: dict[int, int] = {}
    total = 0
    for para in tree.css(PARAGRAPHS):
        weight = weights[para.mem_id] = content_weight(para)
        if weight < 25:
            continue
        total += weight
        parent = para.parent
        if parent is not None:
            scores[parent.mem_id] = scores.get(parent.mem_id, 0.0) + weight
            nodes[parent.mem_id] = parent
            grand = parent.parent
            if grand is not None:
                scores[grand.mem_id] = scores.get(grand.mem_id, 0.0) + weight / 2
                nodes[grand.mem_id] = grand
    if not scores:
        return find_text_container(tree)
    for marked in tree.css(BODY_MARKS):
        marked_weight = weight_under(marked, weights)
        if marked_weight >= 0.5 * total:
            return marked, marked_weight
    return widen(nodes[max(scores, key=lambda key: scores[key])], weights)


def weight_under(node: LexborNode, weights: dict[int, int]) -> int:
    """The paragraph weight anywhere inside the node."""
    return sum(weights.get(p.mem_id, 0) for p in node.css(PARAGRAPHS))


def widen(best: LexborNode, weights: dict[int, int]) -> tuple[LexborNode, int]:
    """Take in sibling sections of the text: climb while the parent holds half as much again."""
    held = weight_under(best, weights)
    for _ in range(WIDEN_LEVELS):
        parent = best.parent
        if parent is None or parent.tag in ("body", "html"):
            break
        around = weight_under(parent, weights)
        if around < WIDEN_FACTOR * held:
            break
        best, held = parent, around
    return best, held


def strip_boilerplate(container: LexborNode) -> None:
    """Remove from the container the subtrees that are page furniture, not statement."""
    doomed = list(container.css(INSIDE_BOILERPLATE))
    whole = len(container.text(deep=True, separator=""))
    for node in container.css("[class], [id]"):
        attrs = node.attrs
        words = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
        if is_furniture(words) and not holds_the_text(node, whole):
            doomed.append(node)
    for anchor in container.css('a[rel~="tag"]'):
        holder = anchor.parent
        while holder is not None and holder.tag not in ("ul", "ol", "p", "div"):
            holder = holder.parent
        if holder is not None and holder.mem_id != container.mem_id and all(
                "tag" in (a.attributes.get("rel") or "").split() for a in holder.css("a")):
            doomed.append(holder)
    # Only the outermost of nested matches: decomposing a parent frees its children.
    for node in outermost(doomed, container):
        node.decompose()


def is_furniture(words: str) -> bool:
    """True when class or id words name page furniture (share bar, tag list, meta line)."""
    if BOILERPLATE_WORDS.search(words):
        return True
    return not BOILERPLATE_TOKENS.isdisjoint(TOKEN_SPLIT.split(words))


def holds_the_text(node: LexborNode, whole: int) -> bool:
    """A wrapper with most of a long text is never furniture, whatever its class says."""
    if whole < WRAPPER_MIN_CHARS:
        return False
    return 2 * len(node.text(deep=True, separator="")) >= whole


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


def find_text_container(tree: LexborHTMLParser) -> tuple[LexborNode | None, int]:
    """For pages without <p>: the element whose text lines (or <div> lines) weigh most."""
    scores: dict[int, int] = {}
    nodes: dict[int, LexborNode] = {}
    for node in tree.css("div, td, section, article, main, body, font, span"):
        own = own_text(node)
        if own < 25 or within(node, ("a",)):
            continue
        for holder in (node, node.parent):
            if holder is not None:
                scores[holder.mem_id] = scores.get(holder.mem_id, 0) + own
                nodes[holder.mem_id] = holder
    if not scores:
        return None, 0
    best = max(scores, key=lambda key: scores[key])
    return (nodes[best], scores[best]) if scores[best] >= LOOSE_MIN_CHARS else (None, 0)
