"""Storage keys: NFC names, no traversal, unique folders."""

import unicodedata

from media_pipeline.pipeline.keys import safe_filename, source_key


def test_macos_and_windows_names_are_equal():
    decomposed = unicodedata.normalize("NFD", "Første møde å.mp4")
    composed = unicodedata.normalize("NFC", "Første møde å.mp4")
    assert safe_filename(decomposed) == safe_filename(composed)


def test_name_is_nfc():
    name = safe_filename(unicodedata.normalize("NFD", "Æblegrød.mp4"))
    assert name == unicodedata.normalize("NFC", name)


def test_traversal_is_stripped():
    assert safe_filename("../../etc/passwd") == "passwd"


def test_windows_traversal_is_stripped():
    assert safe_filename("..\\..\\boot.ini") == "boot.ini"


def test_dot_names_fall_back():
    assert safe_filename("..") == "film"


def test_source_keys_differ_for_equal_names():
    assert source_key("intro.mp4") != source_key("intro.mp4")


def test_source_key_stays_under_prefix():
    key = source_key("/absolute/../../intro.mp4")
    assert key.startswith("films/originals/")
    assert ".." not in key
