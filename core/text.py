"""How the database search backend reads Indonesian and English.

SQLite has no Indonesian stemmer, and PostgreSQL's stemmers work per database,
not per page language. So the site does the language work itself, the same way
on both databases: every page carries its words reduced to their roots
(`BasePage.search_roots`), and a query is reduced the same way before it is
handed to Wagtail's search. "kehilangan", "hilang" and "paspor hilang" meet at
"hilang"; "tarif" and "harga" meet at "biaya"; "pasport" is read as "paspor".

It lives in home because every page's search roots are made with it (BasePage).
The synonyms come from settings.SEARCH_SYNONYMS_FILE (search/synonyms.txt),
which the Elasticsearch backend reads too."""

import difflib
import html
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from django.conf import settings
from django.utils.html import escape, strip_tags

ALL_LANGUAGES = "*"
WORD = re.compile(r"[a-z0-9]+")

STOPWORDS = {
    "id": set(
        "yang dan di ke dari untuk apa apakah bagaimana gimana cara saya kami kita ini itu ada adalah "
        "dengan atau juga pada bisa dapat harus akan sudah belum tidak bukan mau ingin tolong mohon "
        "berapa kapan dimana mana siapa jika kalau agar supaya oleh sebagai dalam nya si sang jadi juga saja "
        "sih dong kok nih gak nggak anda kamu aku gue gw aja udah lagi".split()
    ),
    "en": set(
        "the a an is are was were be been this that these those how do does did i my me we our you your "
        "what when where which who whom to of for in on at by with from it its can could should would "
        "will shall and or not no if as into about please much many".split()
    ),
}


# Words on nearly every page. PostgreSQL's ranking has no inverse document
# frequency, so they would reward long pages; a query drops them unless they are
# all it has.
COMMON = {"id": {"paspor", "imigrasi", "kantor"}, "en": {"passport", "immigration", "office"}}


def typed(value, limit=None):
    """What a reader typed in a search box, without control characters (a NUL breaks
    full-text queries and Django's form fields refuse it) and extra spaces, cut to
    `limit` characters when given."""
    kept = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in str(value))
    return " ".join(kept.split())[:limit]


def fold(text):
    """Lower case without accents, so 'Paspór' and 'paspor' are the same word."""
    text = unicodedata.normalize("NFKD", str(text).lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def words(text):
    return WORD.findall(fold(text))


def stem_indonesian(word):
    """A small, dictionary-free affix stripper in the spirit of Nazief-Adriani:
    particles, possessives, one derivational suffix, then up to two prefixes.
    It over-strips now and then; that is harmless, because pages and queries
    are stripped by the same rules."""
    if len(word) <= 4 or word.isdigit():
        return word
    for suffix in ("lah", "kah", "pun"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    for suffix in ("nya", "ku", "mu"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    for suffix in ("kan", "an"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    for _ in range(2):
        stripped = _strip_prefix(word)
        if stripped == word or len(stripped) < 3:
            break
        word = stripped
    return word


def _strip_prefix(word):
    vowels = "aeiou"
    for prefix in ("di", "ke", "se", "ter", "ber", "per"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    for me in ("me", "pe"):
        if not word.startswith(me):
            continue
        rest = word[2:]
        if rest.startswith("ng") and len(rest) > 3:
            return rest[2:]
        if rest.startswith("ny") and len(rest) > 3:
            return "s" + rest[2:]
        if rest.startswith("m") and len(rest) > 3:
            return ("p" + rest[1:]) if rest[1] in vowels else rest[1:]
        if rest.startswith("n") and len(rest) > 3:
            return ("t" + rest[1:]) if rest[1] in vowels else rest[1:]
        if rest[:1] in ("l", "r", "w", "y") and len(rest) > 3:
            return rest
    return word


def stem_english(word):
    """Plural and verb endings only: 'passports' -> 'passport', 'damaged' and 'damage' -> 'damag'."""
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(("sses", "shes", "ches", "xes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("ing") and len(word) > 5:
        word = word[:-3]
    elif word.endswith("ed") and len(word) > 4:
        word = word[:-2]
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def unchanged(word):
    return word


@cache
def stemmers(choice):
    """The stemmer for each language under settings.SEARCH_STEMMER, chosen by
    measurement on the relevance set (docs/search.md):
    "sastrawi": PySastrawi's dictionary stemmer for Indonesian, the light English
        stemmer above (Snowball's Porter2 makes "officer" and "office" one word);
    "snowball": PyStemmer's Snowball Indonesian and English;
    "builtin": the affix stripper and the light English stemmer above."""
    if choice == "builtin":
        return {"id": stem_indonesian, "en": stem_english}
    if choice == "sastrawi":
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

        return {"id": StemmerFactory().create_stemmer().stem, "en": stem_english}
    if choice == "snowball":
        import Stemmer

        return {"id": Stemmer.Stemmer("indonesian").stemWord, "en": Stemmer.Stemmer("english").stemWord}
    raise ValueError(f"SEARCH_STEMMER must be sastrawi, snowball or builtin, not {choice!r}")


def stem(word, language):
    if word.isdigit():
        return word
    return stemmers(settings.SEARCH_STEMMER).get(language, unchanged)(word)


def forget_analysis():
    """After changing SEARCH_STEMMER or the synonyms: analyse everything afresh."""
    rules.cache_clear()
    Analyzer.for_language.cache_clear()
    token_roots.cache_clear()
    for cached in _caches_of_analysis:
        cached.cache_clear()


_caches_of_analysis = []


def forget_with_analysis(cached_function):
    """Register a functools cache of analysed text (search.ranking's titles) to clear with ours."""
    _caches_of_analysis.append(cached_function)
    return cached_function


@dataclass
class Rule:
    """One line of synonyms.txt: equivalent terms, or misspellings read as `target`."""

    language: str
    terms: list
    target: str = ""


def parse_rules(text):
    rules = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        language, sep, rule = line.partition(":")
        if not sep:
            raise ValueError(f"synonyms.txt line {number}: expected 'language: rule', got {line!r}")
        left, arrow, right = rule.partition("=>")
        terms = [term.strip() for term in left.split(",") if term.strip()]
        if not terms or (arrow and not right.strip()):
            raise ValueError(f"synonyms.txt line {number}: a rule needs words on both sides, got {line!r}")
        rules.append(Rule(language.strip(), terms, right.strip()))
    return rules


_rule_sources = []


def add_rule_source(source):
    """Register `source()` -> more Rules (the synonyms editors publish, search.models),
    read after synonyms.txt until `forget_analysis`."""
    _rule_sources.append(source)
    return source


@cache
def rules():
    starter = parse_rules(Path(settings.SEARCH_SYNONYMS_FILE).read_text(encoding="utf-8"))
    return starter + [rule for source in _rule_sources for rule in source()]


def rules_for(language):
    return [rule for rule in rules() if rule.language in (language, ALL_LANGUAGES)]


@dataclass
class Analyzer:
    """Turns text in one language into the roots the database index holds."""

    language: str
    phrases: dict = field(default_factory=dict)  # tuple of words -> the roots they stand for
    roots: dict = field(default_factory=dict)  # root of one word -> its group's root
    longest_phrase: int = 1  # words in the longest phrase, so analyse() looks no further

    @classmethod
    @cache
    def for_language(cls, language):
        analyzer = cls(language)
        for rule in rules_for(language):
            if rule.target:
                target = analyzer.analyse(rule.target)
            else:
                target = [analyzer.canonical(rule.terms[0])]
            for term in rule.terms:
                term_words = tuple(words(term))
                if len(term_words) == 1:
                    analyzer.roots[stem(term_words[0], language)] = target
                    analyzer.phrases[term_words] = target
                elif term_words:
                    analyzer.phrases[term_words] = target
        analyzer.longest_phrase = max((len(p) for p in analyzer.phrases), default=1)
        return analyzer

    def canonical(self, term):
        # One token for the whole group: "e-paspor" and "paspor elektronik" both become "epaspor".
        return "".join(words(term))

    def analyse(self, text):
        tokens = words(text)
        out = []
        i = 0
        longest = self.longest_phrase
        while i < len(tokens):
            for length in range(min(longest, len(tokens) - i), 1, -1):
                replacement = self.phrases.get(tuple(tokens[i : i + length]))
                if replacement:
                    out.extend(replacement)
                    i += length
                    break
            else:
                token = tokens[i]
                i += 1
                if token in STOPWORDS.get(self.language, ()):
                    continue
                root = stem(token, self.language)
                out.extend(self.roots.get(root) or self.phrases.get((token,)) or [root])
        return out


def analyse(text, language):
    return Analyzer.for_language(language).analyse(text)


@lru_cache(maxsize=100_000)
def token_roots(token, language):
    """The roots of one word as written in a page (snippets ask for the same words again and again)."""
    return tuple(analyse(token, language))


def correct(roots, vocabulary):
    """Replace roots the site has never seen with the closest one it has, when
    one is close enough: "persaratan" finds "syarat" through the synonyms list,
    "pasword" or "perpanjagan" through this."""
    fixed = []
    for root in roots:
        if root in vocabulary or len(root) < 4 or root.isdigit():
            fixed.append(root)
            continue
        match = difflib.get_close_matches(root, vocabulary, n=1, cutoff=0.8)
        fixed.append(match[0] if match else root)
    return fixed


def html_text(value):
    """Plain text from a field value: rich text loses its tags, blocks their structure."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(html_text(item) for item in value)
    source = getattr(value, "source", value)  # RichText
    # A heading or list item ends its sentence, so a snippet does not run a step's
    # title into its text ("Report the loss to the police. Ask for a loss report").
    source = SENTENCE_END.sub(r"\1.\2", str(source))
    return " ".join(strip_tags(BLOCK_END.sub(" ", source)).split())


SENTENCE_END = re.compile(r"([^\s.!?:;,>])(\s*</(?:h[1-6]|li|dt|th)>)")


def snippet(text, query_roots, language, size=30):
    """The stretch of `text` (about `size` words) with the most words the query
    matched, escaped, with each matched word wrapped in <mark>."""
    tokens = text.split()
    if not tokens:
        return ""
    wanted = set(query_roots)
    matches = {token: bool(wanted.intersection(token_roots(token, language))) for token in set(tokens)}
    hits = [matches[token] for token in tokens]
    # Slide a window of `size` words; keep the first with the most hits.
    best_start = 0
    best_count = count = sum(hits[:size])
    for start in range(1, max(1, len(tokens) - size + 1)):
        count += hits[start + size - 1] - hits[start - 1]
        if count > best_count:
            best_start, best_count = start, count
    window = range(best_start, min(len(tokens), best_start + size))
    parts = [f"<mark>{escape(tokens[i])}</mark>" if hits[i] else str(escape(tokens[i])) for i in window]
    prefix = "… " if best_start > 0 else ""
    suffix = " …" if window.stop < len(tokens) else ""
    return prefix + " ".join(parts) + suffix


# Digits that could be a NIK, a phone or a passport number, and e-mail addresses.
# Any separator counts ("3201/2345/6789/0123", "0812,3456,7890", "3201_2345"):
# five digits or more with only separators between them are a number about someone.
PERSONAL_NUMBER = re.compile(r"\S+@\S+|[A-Za-z]?\+?\d(?:[\W_]*\d){4,}")


def without_personal_numbers(value):
    """`value` with personal numbers and e-mail addresses replaced by '#', for
    what readers type where nobody needs to know who they are (the query log,
    FAQ feedback)."""
    return " ".join(PERSONAL_NUMBER.sub("#", value).split())


BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote)>|<br\s*/?>", re.IGNORECASE)


def plain_text(value):
    """Rich text as plain text, one paragraph or list item per line: what a
    chatbot or a WhatsApp message can carry (html_text runs it all together)."""
    source = str(getattr(value, "source", value) or "")
    text = html.unescape(strip_tags(BLOCK_END.sub("\n", source)))
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
