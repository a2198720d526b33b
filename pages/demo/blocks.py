"""Small constructors for the demo's StreamField content.

The demo text refers to media by key (``MediaRef``) because the images, documents
and films do not exist until the loader has made them. The loader swaps each
reference for the object's id before it saves a page.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class MediaRef:
    """A demo image, document or film, named by its key in ``pages.demo.content``."""

    kind: str
    key: str


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def paragraph(*paragraphs):
    return ("paragraph", "".join(f"<p>{text}</p>" for text in paragraphs))


def bullets(intro, items):
    listed = "".join(f"<li>{item}</li>" for item in items)
    return ("paragraph", f"<p>{intro}</p><ul>{listed}</ul>")


def image(key, caption, alt_text):
    return ("image", {"image": MediaRef("image", key), "caption": caption, "alt_text": alt_text})


def film(key, caption):
    return ("film", {"film": MediaRef("film", key), "caption": caption})


def quote(text, attribution=""):
    return ("quote", {"quote": text, "attribution": attribution})


def callout(title, text):
    return ("callout", {"title": title, "text": f"<p>{text}</p>"})


def checklist(title, items):
    return ("checklist", {"title": title, "items": list(items)})


def reflection(question, guidance=""):
    return ("reflection_question", {"question": question, "guidance": guidance})


def document(key, title):
    return ("document", {"document": MediaRef("document", key), "title": title})
