#!/usr/bin/env python3
"""Writes a news-like corpus of about N MB for benchmarks, from the project's own templates.

Usage: gen_corpus.py OUT_DIR --mb 200 [--seed 1] [--docs-per-file 1000] [--format jsonl|txt]

Documents mix sentences that relate actors (trade, sanctions, visits, drills, talks, deals, arms,
criticism, attacks, membership, titles and appositions), sentences that mention one actor, and
sentences with no actor at all, in varied shapes, with amounts and dates. Actor names come from the
default rule pack (rules/actors/*.json), so the matcher sees every kind of name: labels, aliases,
capitals, demonyms. Output is deterministic for a given seed. JSON Lines files hold many documents
each (a corpus of 200 MB is then a few hundred files, not hundreds of thousands).
"""
import argparse
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.path.join(HERE, "..", "rules", "actors")

RELATION_TEMPLATES = [
    "{A} imposed new sanctions on {B} on {day}, officials in {capA} said.",
    "{B} was sanctioned by {A} after the {event}.",
    "{demA} and {demB} sanctions against {C} have cut its access to {thing}.",
    "Trade between {A} and {B} reached a record ${n} billion in {year}.",
    "{A} exported ${n} billion worth of {goods} to {B} in {year}.",
    "{demA} {goods} shipments to {B} rose {p} percent last year.",
    "{A} and {B} held joint naval drills in {place} in {month} {year}.",
    "{demA} and {demB} troops began a large-scale exercise on {day}.",
    "{person} visited {capB} on {day} for talks on {topic}.",
    "{person}'s visit to {B} was the first in {k} years.",
    "{A} and {B} signed a {k}-year gas deal worth ${n} billion.",
    "The agreement between {A} and {B} was concluded in {month} {year}.",
    "{A} sold {k} fighter jets to {B}, according to the defence ministry.",
    "{A} has not supplied weapons to {B}, diplomats said.",
    "{A} could impose tariffs on {B} if the talks fail.",
    "{demA} officials sharply criticized {B} over {topic}.",
    "{A} accused {B} of undermining {topic}.",
    "{A} invaded {B} in {year}, and the war continues.",
    "{A}'s invasion of {B} reshaped security in {region}.",
    "{A} is a member of {org}, alongside {B}.",
    "{B} joined {org} in {year}.",
    "{demA} President {person} met {demB} leaders in {capB} on {day}.",
    "{person}, director of the {inst}, said the talks with {B} went well.",
    "{A} has a long-standing military cooperation with {B}.",
    "{A} openly supported {B} at the summit in {capC}.",
    "The two countries also agreed to expand cooperation on {topic}.",
]
PLAIN_TEMPLATES = [
    "Markets were calm on {day} as investors waited for new data on {topic}.",
    "The report, published on {day}, runs to {k} pages and covers {topic}.",
    "Analysts said the outlook for {topic} remained uncertain.",
    "Weather delayed several flights in the region, an airline spokesperson said.",
    "The conference on {topic} will take place in {month} {year}.",
    "Prices for {goods} rose {p} percent over the past quarter.",
    "Local officials in {place} announced new rules for {topic}.",
    "{A} reported growth of {p} percent in the third quarter.",
    "A spokesperson for {A} declined to comment on {topic}.",
    "{capA} hosted a film festival that drew crowds from across {region}.",
]
TOPICS = ["energy security", "climate policy", "grain exports", "cyber security", "shipping routes",
          "interest rates", "the fishing treaty", "nuclear safety", "migration", "rare earth supplies"]
GOODS = ["oil", "natural gas", "coal", "wheat", "fertilizer", "steel", "chips", "timber", "copper"]
PLACES = ["the Baltic Sea", "the Arabian Sea", "the Sea of Japan", "the Black Sea", "the Gulf of Aden"]
REGIONS = ["Central Asia", "the Middle East", "Eastern Europe", "Southeast Asia", "the Arctic", "the Pacific"]
EVENTS = ["border incident", "election", "cyberattack", "crackdown", "missile test"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
THINGS = ["advanced chips", "Western markets", "dollar payments", "aircraft parts"]


def load_actors():
    countries, orgs, people, insts = [], [], [], []
    for name in sorted(os.listdir(RULES)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(RULES, name), encoding="utf-8") as f:
            for a in json.load(f).get("actors", []):
                if a["type"] == "country":
                    countries.append(a)
                elif a["type"] == "person":
                    people.append(a)
                elif a.get("facts", {}).get("kind") in ("think_tank", "university", "institute"):
                    insts.append(a)
                else:
                    orgs.append(a)
    return countries, orgs, people, insts


def name_of(rng, actor):
    names = [actor["label"]] + actor.get("aliases", [])
    return rng.choice(names)


def fill(rng, template, countries, orgs, people, insts):
    a, b, c = rng.sample(countries, 3)
    dem = lambda x: (x.get("demonyms") or [x["label"]])[0]
    cap = lambda x: (x.get("metonyms") or [x["label"]])[0]
    return template.format(
        A=name_of(rng, a), B=name_of(rng, b), C=name_of(rng, c), demA=dem(a), demB=dem(b),
        capA=cap(a), capB=cap(b), capC=cap(c),
        person=rng.choice(people)["label"] if people else "Jane Doe",
        org=rng.choice(orgs)["label"] if orgs else "the United Nations",
        inst=rng.choice(insts)["label"] if insts else "Example Institute",
        day=rng.choice(DAYS), month=rng.choice(MONTHS), year=rng.randint(1995, 2025),
        n=rng.randint(2, 400), p=rng.randint(2, 60), k=rng.randint(2, 30),
        topic=rng.choice(TOPICS), goods=rng.choice(GOODS), place=rng.choice(PLACES),
        region=rng.choice(REGIONS), event=rng.choice(EVENTS), thing=rng.choice(THINGS))


def document(rng, actors):
    sentences = []
    for _ in range(rng.randint(6, 24)):
        pool = RELATION_TEMPLATES if rng.random() < 0.45 else PLAIN_TEMPLATES
        sentences.append(fill(rng, rng.choice(pool), *actors))
    paragraphs, i = [], 0
    while i < len(sentences):
        k = rng.randint(2, 5)
        paragraphs.append(" ".join(sentences[i:i + k]))
        i += k
    return "\n\n".join(paragraphs) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--docs-per-file", type=int, default=1000)
    ap.add_argument("--format", choices=("jsonl", "txt"), default="jsonl")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    actors = load_actors()
    os.makedirs(a.out, exist_ok=True)
    target, written, doc_no, file_no = int(a.mb * 1024 * 1024), 0, 0, 0
    while written < target:
        path = os.path.join(a.out, f"part-{file_no:05d}.{a.format}")
        with open(path, "w", encoding="utf-8") as f:
            for _ in range(a.docs_per_file if a.format == "jsonl" else 1):
                text = document(rng, actors)
                date = f"{rng.randint(2000, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                if a.format == "jsonl":
                    line = json.dumps({"id": f"gen-{doc_no:08d}", "date": date, "text": text}, ensure_ascii=False)
                    f.write(line + "\n")
                    written += len(line.encode("utf-8")) + 1
                else:
                    f.write(text)
                    written += len(text.encode("utf-8"))
                doc_no += 1
                if written >= target:
                    break
        file_no += 1
    print(f"{doc_no} documents, {written / 1024 / 1024:.1f} MB in {file_no} files under {a.out}")


if __name__ == "__main__":
    main()
