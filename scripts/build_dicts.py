#!/usr/bin/env python3
"""Builds marsad's dictionaries (data/dict/*.tsv) from the reference tables and the hand-written lists.

Inputs: data/dict/src/*.tsv (hand-written, see their header comments) and, for facts only (names, codes,
coordinates), the reference tables in /work/shared/reference (or --reference DIR). Outputs, each with a '#'
header naming its format and sources: cameo_codes.tsv, actors.tsv, agents.tsv, events.tsv, places.tsv.
Re-runnable: outputs are rewritten from scratch in a stable order. Standard library only.

Usage: scripts/build_dicts.py [--reference DIR] [--out DIR]
"""
import argparse
import collections
import csv
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "data", "dict", "src")
ARABIC = re.compile(r"[\u0600-\u06FF]")
DIACRITICS = re.compile(r"[\u064B-\u0652\u0670\u0640]")
ALEFS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})


def key(phrase):
    """A rough normal form, used only to detect duplicates here (the C++ loader uses the real normaliser)."""
    return " ".join(DIACRITICS.sub("", phrase).translate(ALEFS).split())


def read_tsv(path, min_fields):
    """Yields (line_number, fields) for the data lines of a '#'-commented TSV file."""
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < min_fields:
                sys.exit(f"{path}:{n}: expected {min_fields} tab-separated fields, got {len(fields)}")
            yield n, [x.strip() for x in fields]


def read_reference(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def alts(field):
    return [] if field in ("", "-") else [x.strip() for x in field.split("|") if x.strip()]


def clean_name(name):
    """Reference country names: split 'X، Y' forms, drop parentheses, attach a free-standing و."""
    out = []
    for part in re.split(r"[،,]", name):
        part = re.sub(r"\(.*?\)", "", part)
        part = re.sub(r"\s+و\s+", " و", part)
        part = " ".join(part.split())
        if part and "-" not in part and ARABIC.search(part):
            out.append(part)
    return out


def clean_place(name):
    """GeoNames Arabic names: drop '(...)' qualifiers, text after a comma and direction marks; hyphens become
    spaces, since the tokenizer splits them off and the coder matches words."""
    name = re.sub(r"\(.*?\)", "", name)
    name = re.split(r"[،,]", name)[0]
    name = name.replace("\u200e", "").replace("\u200f", "").replace("-", " ")
    return " ".join(name.split())


def header(lines):
    return "".join("# " + l + "\n" if l else "#\n" for l in lines)


def write_table(out, name, header_lines, rows):
    """Writes one generated dictionary file: the comment header, then one tab-separated line per row."""
    with open(os.path.join(out, name), "w", encoding="utf-8") as fh:
        fh.write(header(header_lines))
        for r in rows:
            fh.write("\t".join(r) + "\n")


class Log:
    def __init__(self):
        self.notes = collections.Counter()
        self.examples = collections.defaultdict(list)

    def note(self, kind, example):
        self.notes[kind] += 1
        if len(self.examples[kind]) < 5:
            self.examples[kind].append(example)

    def report(self):
        for kind, n in sorted(self.notes.items()):
            print(f"  {kind}: {n} (e.g. {'; '.join(self.examples[kind])})")


# ---------------------------------------------------------------------------------------------- CAMEO
def build_cameo(ref, out):
    rows = read_reference(os.path.join(ref, "cameo", "cameo_event_codes.tsv"))
    write_table(out, "cameo_codes.tsv", [
        "CAMEO event codes: the code table the event patterns and the coder refer to.",
        "Format: CODE<TAB>ROOT<TAB>LEVEL<TAB>QUAD_CLASS<TAB>GOLDSTEIN<TAB>PLOVER<TAB>LABEL ('-' = no PLOVER type)",
        "Source: /work/shared/reference/cameo/cameo_event_codes.tsv (CAMEO codebook codes and labels,",
        "Goldstein scores, quad classes, PLOVER types), copied field by field.",
    ], ([r["code"], r["root"], r["level"], r["quad_class"], r["goldstein"], r["plover"] or "-", r["label"]]
        for r in rows))
    return {r["code"] for r in rows}


# --------------------------------------------------------------------------------------------- actors
NISBA_SUFFIXES = [("", "msg"), ("ة", "fsg"), ("ان", "mdu_nom"), ("ين", "mdu_obl/mpl_obl"), ("ون", "mpl_nom"),
                  ("تان", "fdu_nom"), ("تين", "fdu_obl"), ("ات", "fpl")]


def nisba_forms(base):
    """All inflections of a nisba base such as إيراني (or كوري شمالي), with and without ال."""
    words = base.split()
    forms = []
    for suffix, tag in NISBA_SUFFIXES:
        infl = [w + suffix if w.endswith("ي") else w for w in words]
        forms.append((" ".join(infl), tag))
        forms.append((" ".join("ال" + w for w in infl), "def_" + tag))
    # The indefinite accusative is written with a final alif (قتل جنديا عراقيا): no article form.
    forms.append((" ".join(w + "ا" if w.endswith("ي") else w for w in words), "msg_acc"))
    return forms


def read_word_list(name):
    """A hand-written list in SRC, one word a line ('#' comments): the set of their normalised keys."""
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return {key(w) for w in (line.strip() for line in f) if w and not w.startswith("#")}


def build_actors(ref, out, log):
    gaz = os.path.join(ref, "gazetteer")
    entries = []  # (phrase, code, from, to, kind, id, source, priority)

    def add(phrase, code, frm, to, kind, ident, source, prio):
        phrase = " ".join(phrase.split())
        if phrase:
            entries.append([phrase, code, frm or "-", to or "-", kind, ident, source, prio])

    countries = {}
    for n, f in read_tsv(os.path.join(SRC, "countries.tsv"), 5):
        iso3, nisbas, broken, names, un = f[:5]
        countries[iso3] = un
        for name in alts(names):
            add(name, iso3, "-", "-", "country", iso3, "src/countries.tsv", 0)
        for base in alts(nisbas):
            for form, tag in nisba_forms(base):
                add(form, iso3, "-", "-", "nisba", iso3, "generated:nisba", 1)
        for plural in alts(broken):
            add(plural, iso3, "-", "-", "nisba", iso3, "src/countries.tsv:broken_plural", 0)
            add("ال" + plural, iso3, "-", "-", "nisba", iso3, "src/countries.tsv:broken_plural", 0)

    iso = read_reference(os.path.join(gaz, "iso3166_ar.tsv"))
    a2_to_a3 = {r["alpha2"]: r["alpha3"] for r in iso}
    a2_to_a3["XK"] = "XKX"
    for r in iso:
        if r["alpha3"] in countries:
            for col in ("name_ar_nodiac", "official_name_ar", "common_name_ar"):
                for name in clean_name(r[col] or ""):
                    add(name, r["alpha3"], "-", "-", "country", r["alpha3"], "iso3166_ar.tsv", 2)
    world = read_reference(os.path.join(gaz, "world_countries_ar.tsv"))
    for r in world:
        if r["cca3"] in countries:
            for col in ("name_ar_common", "name_ar_official"):
                for name in clean_name(r[col] or ""):
                    add(name, r["cca3"], "-", "-", "country", r["cca3"], "world_countries_ar.tsv", 2)
    for r in read_reference(os.path.join(gaz, "cldr41_territories_ar.tsv")):
        a3 = a2_to_a3.get(r["code"])
        if a3 in countries:
            for name in clean_name(r["name_ar"] or ""):
                add(name, a3, "-", "-", "country", a3, "cldr41_territories_ar.tsv", 2)
    with open(os.path.join(gaz, "icu_cldr_regions_ar.tsv"), encoding="utf-8") as fh:
        for line in fh:
            p = line.rstrip("\n").split("\t")
            if len(p) >= 3 and a2_to_a3.get(p[0]) in countries:
                for name in clean_name(p[2]):
                    add(name, a2_to_a3[p[0]], "-", "-", "country", a2_to_a3[p[0]], "icu_cldr_regions_ar.tsv", 2)

    # Capitals as metonyms for governments.
    for n, f in read_tsv(os.path.join(SRC, "capitals.tsv"), 2):
        for name in alts(f[1]):
            add(name, f[0] + "GOV", "-", "-", "capital", f[0], "src/capitals.tsv", 0)
    geo = read_reference(os.path.join(gaz, "geonames_cities15000_ar.tsv"))
    by_name = collections.defaultdict(list)
    for r in geo:
        by_name[(r["name_en"], r["cc"])].append(r)
    for r in world:
        if r["cca3"] not in countries or not r["capital_en"]:
            continue
        cands = by_name.get((r["capital_en"], r["cca2"]), [])
        cands = [c for c in cands if ARABIC.search(c["name_ar"] or "")]
        if cands:
            best = max(cands, key=lambda c: int(c["population"] or 0))
            add(best["name_ar"], r["cca3"] + "GOV", "-", "-", "capital", r["cca3"],
                "geonames_cities15000_ar.tsv+world_countries_ar.tsv", 3)

    for n, f in read_tsv(os.path.join(SRC, "orgs.tsv"), 2):
        for name in alts(f[1]):
            add(name, f[0], "-", "-", "org", f[0], "src/orgs.tsv", 0)
    for n, f in read_tsv(os.path.join(SRC, "institutions.tsv"), 2):
        for name in alts(f[1]):
            add(name, f[0], "-", "-", "org", f[0], "src/institutions.tsv", 0)
    for table in ("groups.tsv", "parties.tsv"):
        for n, f in read_tsv(os.path.join(SRC, table), 3):
            for name in alts(f[2]):
                add(name, f[0], "-", "-", "group", f[1], "src/" + table, 0)
    persons = 0
    for n, f in read_tsv(os.path.join(SRC, "officials.tsv"), 5):
        code, frm, to, names, role = f[:5]
        persons += 1
        canon = alts(names)[0]
        for name in alts(names):
            add(name, code, frm, to, "person", canon.replace(" ", "_"), "src/officials.tsv", 0)

    # Resolve: drop exact duplicates; for undated phrases mapped to different codes keep the best priority
    # (hand-written first) and drop the others; capital names equal to a country name or nisba are dropped.
    undated = collections.defaultdict(set)
    for e in entries:
        if e[2] == "-" and e[3] == "-":
            undated[key(e[0])].add((e[7], e[1], e[4]))
    seen = set()
    final = []
    for e in entries:
        k = key(e[0])
        if e[2] == "-" and e[3] == "-":
            cands = undated[k]
            if any(kind in ("country", "nisba") for _, _, kind in cands):
                cands = {c for c in cands if c[2] != "capital"}
            best = min(p for p, _, _ in cands)
            codes_at_best = {c for p, c, _ in cands if p == best}
            if e[4] == "capital" and any(kind in ("country", "nisba") for _, _, kind in undated[k]):
                log.note("capital dropped: same as a country name", e[0])
                continue
            if len({c for _, c, _ in cands}) > 1:
                if e[7] != best or len(codes_at_best) > 1:
                    log.note("name dropped: conflicting codes", f"{e[0]}={e[1]} vs {sorted({c for _,c,_ in cands})}")
                    continue
        d = (k, e[1], e[2], e[3])
        if d in seen:
            continue
        seen.add(d)
        final.append(e)
    kinds = collections.Counter(e[4] for e in final)
    write_table(out, "actors.tsv", [
        "Actors: phrase (as printed) -> CAMEO-style actor code, optionally valid only between two dates.",
        "Format: PHRASE<TAB>CODE<TAB>FROM<TAB>TO<TAB>KIND<TAB>ID<TAB>SOURCE",
        "  CODE: ISO 3166 alpha-3 country [+ role: GOV MIL REB UAF ...], or IGO/NGO + short code, IMGREB, KURREB.",
        "  FROM, TO: YYYY-MM-DD, both inclusive; '-' = open. KIND: country nisba capital org group person.",
        "  ID: the entity (country alpha-3, org code, group id, or the person's canonical name with _).",
        "Generated by scripts/build_dicts.py from data/dict/src/{countries,capitals,orgs,groups,parties,officials}.tsv",
        "(hand-written) and names in /work/shared/reference/gazetteer (iso3166_ar, world_countries_ar,",
        "cldr41_territories_ar, icu_cldr_regions_ar, geonames_cities15000_ar for capitals). Do not edit by hand.",
        f"Counts: {dict(sorted(kinds.items()))}; office terms: {persons}",
    ], (e[:7] for e in final))
    print(f"actors.tsv: {len(final)} entries {dict(kinds)}; {persons} office terms")


# --------------------------------------------------------------------------------------------- agents
def build_agents(out, log):
    rows, seen = [], {}
    for n, f in read_tsv(os.path.join(SRC, "agents.tsv"), 2):
        role, note = f[1], (f[2] if len(f) > 2 else "")
        for form in alts(f[0]):
            variants = [form]
            if " " not in form and not form.startswith("ال"):
                variants.append("ال" + form)
                # The indefinite accusative of a singular noun ends in alif (قتل جنديا، خطفوا مسؤولا).
                if not form.endswith(("ة", "ا", "ى", "ء", "ات", "ين", "ون", "ان")):
                    variants.append(form + "ا")
            for v in variants:
                k = key(v)
                if k in seen:
                    if seen[k] != role:
                        log.note("agent dropped: conflicting roles", f"{v}={role} vs {seen[k]}")
                    continue
                seen[k] = role
                rows.append((v, role, "src/agents.tsv" if v == form else ("generated:accusative" if v == form + "ا" else "generated:article"),
                             note if v == form else ""))
    write_table(out, "agents.tsv", [
        "Agents: role words that combine with a country, nisba or capital (الجيش + الصيني -> CHN + MIL).",
        "Format: PHRASE<TAB>ROLE<TAB>SOURCE<TAB>NOTE   (ROLE: a 3-letter CAMEO role code: GOV MIL COP ...)",
        "Generated by scripts/build_dicts.py from data/dict/src/agents.tsv (hand-written); one-word forms",
        "also get the article ال. Do not edit by hand.",
    ], rows)
    print(f"agents.tsv: {len(rows)} entries")


# --------------------------------------------------------------------------------------------- events
CLITIC_PREPS = {"ب", "ل", "ك"}


def past_forms(w):
    if w.endswith("ى"):
        s = w[:-1]
        return [(w, "past"), (s + "ت", "past_f"), (s + "يا", "past_du"), (s + "تا", "past_fdu"), (s + "وا", "past_pl")]
    if w.endswith("ا") and len(w) <= 4 and not w.startswith("ا"):
        s = w[:-1]
        return [(w, "past"), (s + "ت", "past_f"), (s + "وا", "past_du"), (s + "تا", "past_fdu"), (s + "وا", "past_pl")]
    return [(w, "past"), (w + "ت", "past_f"), (w + "ا", "past_du"), (w + "تا", "past_fdu"), (w + "وا", "past_pl")]


def present_forms(w):
    if not w.startswith("ي"):
        return [(w, "pres")]
    f = "ت" + w[1:]
    if w.endswith("ى"):
        s = w[:-1]
        du, fdu, pl, sub = s + "يان", "ت" + s[1:] + "يان", s + "ون", s + "وا"
    elif w.endswith("ي") or w.endswith("و"):
        s = w[:-1]
        du, fdu, pl, sub = w + "ان", "ت" + w[1:] + "ان", s + "ون", s + "وا"
    else:
        du, fdu, pl, sub = w + "ان", f + "ان", w + "ون", w + "وا"
    forms = [(w, "pres"), (f, "pres_f"), (du, "pres_du"), (fdu, "pres_fdu"), (pl, "pres_pl"), (sub, "pres_pl_subj")]
    forms += [("س" + w, "fut"), ("س" + f, "fut_f"), ("س" + pl, "fut_pl"), ("س" + du, "fut_du")]
    return forms


def strip_clitic_words(words):
    """Drops free-standing clitic prepositions (ب ل ك) at the end: they only mark where the target sits."""
    while words and words[-1] in CLITIC_PREPS:
        words = words[:-1]
    return words


def build_events(ref, out, codes, log):
    rows, seen = [], {}
    n_src = 0
    roots = collections.Counter()
    # One-word patterns dropped, with why: spelt like a function word once normalised (هنأ / هنا) they would
    # fire everywhere; some generated forms are mostly another word (توقف "stopped", not "she detains").
    dropped_words = [
        (read_word_list("function_words.txt"), "spelt like a function word (src/function_words.txt)"),
        (read_word_list("form_homographs.txt"), "mostly another word (src/form_homographs.txt)"),
    ]

    def emit(pattern, code, src_slot, tgt_slot, form, lemma, source):
        pattern = " ".join(pattern.split())
        k = key(pattern)
        if " " not in k:
            for words, why in dropped_words:
                if k in words:
                    log.note("event pattern dropped: " + why, pattern)
                    return
        if k in seen:
            if seen[k] != code:
                log.note("event pattern dropped: already mapped to another code", f"{pattern}={code} vs {seen[k]}")
            return
        seen[k] = code
        rows.append((pattern, code, src_slot, tgt_slot, form, lemma, source))
        roots[code[:2]] += 1

    for n, f in read_tsv(os.path.join(SRC, "events.tsv"), 6):
        past, pres, nouns, rest, code, target = f[:6]
        n_src += 1
        if code not in codes:
            sys.exit(f"data/dict/src/events.tsv:{n}: unknown CAMEO code {code}")
        rest_words = strip_clitic_words(alts(rest)[0].split()) if alts(rest) else []
        if target.startswith("prep:") and rest_words == [target[5:]]:
            rest_words = []  # the preposition only marks the target; it is not part of the pattern
        lemma = past if past != "-" else pres
        for phrase, gen in ((past, past_forms), (pres, present_forms)):
            if phrase == "-":
                continue
            words = strip_clitic_words(phrase.split())
            if not words:
                continue
            # TARGET "subj": the grammatical subject is the target (passives such as اغتيل, تعرض لهجوم);
            # such events name no source.
            # TARGET "happen": something happened (انفجرت سيارة مفخخة): the subject is a thing, no party is named.
            src_slot, tgt_slot = {"subj": ("none", "subj"), "happen": ("none", "none")}.get(target, ("subj", target))
            for form, tag in gen(words[0]):
                emit(" ".join([form] + words[1:] + rest_words), code, src_slot, tgt_slot, tag, lemma, "src/events.tsv")
        noun_target = target if target.startswith("prep:") else "prep:ل|poss"
        for noun in alts(nouns):
            words = strip_clitic_words(noun.split())
            variants = [" ".join(words)]
            if len(words) == 1 and not words[0].startswith("ال"):
                variants.append("ال" + words[0])
            for v in variants:
                if target == "happen":
                    emit(v, code, "none", "none", "noun", lemma, "src/events.tsv")
                elif target == "crowd":
                    # The noun names the actors themselves (المتظاهرون): the source is its own phrase.
                    emit(v, code, "self", "prep:ضد", "noun", lemma, "src/events.tsv")
                else:
                    emit(v, code, "poss", noun_target, "noun", lemma, "src/events.tsv")
    # Adverbial participles (الحال): their source is the subject of their clause ("clause" slot).
    n_part = 0
    for n, f in read_tsv(os.path.join(SRC, "participles.tsv"), 3):
        forms, code, target = f[:3]
        n_part += 1
        if code not in codes:
            sys.exit(f"data/dict/src/participles.tsv:{n}: unknown CAMEO code {code}")
        if target != "obj" and not target.startswith("prep:"):
            sys.exit(f"data/dict/src/participles.tsv:{n}: target must be obj or prep:X, not {target}")
        lemma = alts(forms)[0]
        for form in alts(forms):
            emit(form, code, "clause", target, "part", lemma, "src/participles.tsv")
    write_table(out, "events.tsv", [
        "Event patterns: a verb form, verbal noun or fixed expression (as printed) -> CAMEO event code.",
        "Format: PATTERN<TAB>CAMEO<TAB>SOURCE_SLOT<TAB>TARGET_SLOT<TAB>FORM<TAB>LEMMA<TAB>SOURCE",
        "  PATTERN: words matched in order on consecutive normalised tokens (or their clitic-stripped stems).",
        "  SOURCE_SLOT / TARGET_SLOT: subj (grammatical subject), obj (direct object after the pattern), poss",
        "  (genitive after a noun, or a nisba adjective), prep:X (object of preposition X, free or clitic),",
        "  self (the pattern's own phrase: المتظاهرون), clause (the subject of the pattern's clause, for",
        "  adverbial participles: داعيا), none; several alternatives are separated by '|'.",
        "  FORM: past past_f past_du past_fdu past_pl pres pres_f pres_du pres_fdu pres_pl pres_pl_subj fut",
        "  fut_f fut_pl fut_du noun part. LEMMA: the hand-written entry the form was generated from.",
        "Generated by scripts/build_dicts.py from data/dict/src/events.tsv (hand-written, inflected by the",
        "script) and data/dict/src/participles.tsv; codes checked against cameo_codes.tsv. Do not edit by hand.",
        f"Counts: {len(rows)} patterns from {n_src} entries and {n_part} participles; per root: {dict(sorted(roots.items()))}",
    ], rows)
    print(f"events.tsv: {len(rows)} patterns from {n_src} entries; roots {dict(sorted(roots.items()))}")


# --------------------------------------------------------------------------------------------- places
def build_places(ref, out, log):
    gaz = os.path.join(ref, "gazetteer")
    iso = read_reference(os.path.join(gaz, "iso3166_ar.tsv"))
    a2_to_a3 = {r["alpha2"]: r["alpha3"] for r in iso}
    a2_to_a3["XK"] = "XKX"
    geo = read_reference(os.path.join(gaz, "geonames_cities15000_ar.tsv"))
    rows, seen = [], set()
    provinces = {}
    homographs = read_word_list("place_homographs.txt")
    dropped = set()
    def homograph(name):
        if key(name) in homographs:
            if name not in dropped:
                dropped.add(name)
                log.note("place dropped: spelt like a common word (src/place_homographs.txt)", name)
            return True
        return False
    for r in geo:
        a3 = a2_to_a3.get(r["cc"])
        if not a3:
            continue
        pop = int(r["population"] or 0)
        name = clean_place(r["name_ar"] or "")
        if ARABIC.search(name) and (key(name), a3, "city") not in seen and not homograph(name):
            seen.add((key(name), a3, "city"))
            rows.append([name, a3, f"{float(r['lat']):.4f}", f"{float(r['lon']):.4f}", "city", str(pop),
                         "geonames_cities15000_ar.tsv"])
        st = clean_place(r["state_ar"] or "")
        if ARABIC.search(st):
            p = provinces.setdefault((st, a3), [st, a3, r["lat"], r["lon"], 0, 0])
            p[5] += pop
            if pop > p[4]:
                p[2], p[3], p[4] = r["lat"], r["lon"], pop
    for (st, a3), p in sorted(provinces.items(), key=lambda kv: -kv[1][5]):
        if (key(st), a3, "province") in seen or homograph(st):
            continue
        seen.add((key(st), a3, "province"))
        rows.append([st, a3, f"{float(p[2]):.4f}", f"{float(p[3]):.4f}", "province", str(p[5]),
                     "geonames_cities15000_ar.tsv:state"])
    # Countries: located at their capital (the tables have no centroids).
    world = read_reference(os.path.join(gaz, "world_countries_ar.tsv"))
    capital_at = {}
    for r in geo:
        capital_at.setdefault((r["name_en"], r["cc"]), []).append(r)
    for r in world:
        a3 = r["cca3"]
        cands = capital_at.get((r["capital_en"], r["cca2"]), [])
        if not cands:
            continue
        best = max(cands, key=lambda c: int(c["population"] or 0))
        for name in set(clean_name(r["name_ar_common"] or "")):
            if (key(name), a3, "country") not in seen:
                seen.add((key(name), a3, "country"))
                rows.append([name, a3, f"{float(best['lat']):.4f}", f"{float(best['lon']):.4f}", "country", "0",
                             "world_countries_ar.tsv+geonames (capital coordinates)"])
    write_table(out, "places.tsv", [
        "Places: Arabic place names with coordinates, for locating events.",
        "Format: NAME<TAB>COUNTRY<TAB>LAT<TAB>LON<TAB>KIND<TAB>POPULATION<TAB>SOURCE",
        "  COUNTRY: ISO 3166 alpha-3. KIND: city (population >= 15,000), province (first-level division,",
        "  placed at its most populous city, population summed over its cities), country (placed at its capital).",
        "Generated by scripts/build_dicts.py from /work/shared/reference/gazetteer/geonames_cities15000_ar.tsv",
        "(GeoNames, CC BY 4.0), iso3166_ar.tsv and world_countries_ar.tsv. Do not edit by hand.",
    ], rows)
    print(f"places.tsv: {len(rows)} entries")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reference", default="/work/shared/reference")
    ap.add_argument("--out", default=os.path.join(ROOT, "data", "dict"))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    log = Log()
    codes = build_cameo(args.reference, args.out)
    build_actors(args.reference, args.out, log)
    build_agents(args.out, log)
    build_events(args.reference, args.out, codes, log)
    build_places(args.reference, args.out, log)
    print("resolved while building:")
    log.report()


if __name__ == "__main__":
    main()
