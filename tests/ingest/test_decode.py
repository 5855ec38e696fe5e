import codecs

import pytest

from rassegna.errors import BinaryInput, EmptyInput, OversizedInput
from rassegna.ingest.decode import decode

TEXT = "Perché è già così? L’ultima città, più caffè — «una citazione» e “un’altra” a 5 €."
ASCIIFIED = TEXT.replace("’", "'").replace("—", "-").replace("“", '"').replace("”", '"').replace("€", "EUR")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
def test_common_encodings_decode_right(encoding):
    assert decode(TEXT.encode(encoding), "x.txt") == TEXT


def test_latin1_decodes_right():
    assert decode(ASCIIFIED.encode("latin-1"), "x.txt") == ASCIIFIED


def test_utf32_with_bom():
    assert decode(codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "x.txt") == TEXT


def test_other_scripts_are_not_forced_into_western_encodings():
    russian = "Президент России прибыл в Пхеньян с двухдневным государственным визитом"
    assert decode(russian.encode("cp1251"), "r.txt") == russian


def test_html_declared_charset_is_honoured():
    page = '<html><head><meta charset="windows-1252"></head><body>Citt\u00e0 \u201cvera\u201d</body></html>'
    assert "Città “vera”" in decode(page.encode("cp1252"), "p.html")


def test_newlines_and_invisible_characters_are_normalised():
    assert decode("riga uno\r\nriga\u200b due\rtre".encode(), "x") == "riga uno\nriga due\ntre"


@pytest.mark.parametrize("raw", [b"", b"   \n\t ", codecs.BOM_UTF8])
def test_empty_input_is_refused(raw):
    with pytest.raises(EmptyInput, match="empty.txt: empty input"):
        decode(raw, "empty.txt")


@pytest.mark.parametrize("raw", [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", b"\x89PNG\r\n\x1a\n\x00\x00",
                                 bytes(range(256)) * 4, b"abc\x00\x01\x02\x03\x04def" * 50])
def test_binary_input_is_refused(raw):
    with pytest.raises(BinaryInput, match="blob.bin: binary content"):
        decode(raw, "blob.bin")


def test_oversized_input_is_refused():
    with pytest.raises(OversizedInput, match="big.txt: 2,000 bytes is over the 1,000-byte limit"):
        decode(b"a" * 2000, "big.txt", max_bytes=1000)
