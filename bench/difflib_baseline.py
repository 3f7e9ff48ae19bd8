#!/usr/bin/env python3
"""Plain Python difflib sentence diff: the baseline for the `palimpsest align` throughput benchmark.

Usage: python3 bench/difflib_baseline.py PAIRS.jsonl OUT.jsonl   (either may be "-")

Standard library only, one process, one thread: what "a plain difflib sentence diff" means.
Reads the `palimpsest align` input format, one JSON object a line:
    {"id": ..., "old": X, "new": Y}   X, Y: a text, or an array of sentence strings (used as given)
and for each pair does work comparable to the core of an alignment, but nothing more:
  1. Texts are segmented with a deliberately CHEAP splitter: paragraphs on blank lines, sentences on
     whitespace after . ! ? (optionally followed by a closing quote) before an upper-case letter or an
     opening quote. It has no abbreviation list, so "Col. Muammar" and "C. J. Chivers" are split wrongly;
     Palimpsest's ICU segmenter with abbreviations does more work here.
  2. difflib.SequenceMatcher (autojunk off) over the two sentence lists: exact sentence matches only.
  3. For every "replace" opcode, old and new sentences are paired in order and each pair gets a word-level
     SequenceMatcher diff and its ratio() as similarity. Leftovers are ADDED / DELETED.
No move detection (a moved paragraph is a delete plus an add), no splits or merges, no fuzzy pairing
across opcodes. Output is JSON Lines shaped like `palimpsest align` output, so the I/O work is similar.
"""
import difflib
import json
import re
import sys

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# Two fixed-width look-behinds (Python needs fixed width): ". Next" and ".” Next".
SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[A-Z\"“‘])")
# A token with the whitespace before it, so EQUAL+DELETE texts rebuild the old sentence exactly.
TOKEN = re.compile(r"\s*(?:\w+|[^\w\s])")


def sentences(version):
    """[(paragraph, text)] of a version given as text or as a list of sentences."""
    if isinstance(version, list):
        return [(0, s) for s in version]
    out = []
    for p, paragraph in enumerate(PARAGRAPH_BREAK.split(version.strip())):
        for s in SENTENCE_BREAK.split(paragraph.strip()):
            s = s.strip()
            if s:
                out.append((p, s))
    return out


def word_diff(a, b):
    """Word ops from sentence a to sentence b, and the similarity ratio of their token lists."""
    a_texts = TOKEN.findall(a)
    b_texts = TOKEN.findall(b)
    a_tokens = [t.strip() for t in a_texts]
    b_tokens = [t.strip() for t in b_texts]
    matcher = difflib.SequenceMatcher(None, a_tokens, b_tokens, autojunk=False)
    ops = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.extend({"op": "EQUAL", "text": t} for t in b_texts[j1:j2])
        else:
            ops.extend({"op": "DELETE", "text": t} for t in a_texts[i1:i2])
            ops.extend({"op": "INSERT", "text": t} for t in b_texts[j1:j2])
    return ops, round(matcher.ratio(), 3)


def align(old, new):
    old_texts = [s for _, s in old]
    new_texts = [s for _, s in new]
    edits = []
    counts = {"unchanged": 0, "edited": 0, "added": 0, "deleted": 0, "moved": 0, "split": 0, "merged": 0}
    matcher = difflib.SequenceMatcher(None, old_texts, new_texts, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                edits.append({"type": "UNCHANGED", "old": [i1 + k], "new": [j1 + k], "moved": False,
                              "similarity": 1.0})
            counts["unchanged"] += i2 - i1
            continue
        paired = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        for k in range(paired):
            words, similarity = word_diff(old_texts[i1 + k], new_texts[j1 + k])
            edits.append({"type": "EDITED", "old": [i1 + k], "new": [j1 + k], "moved": False,
                          "similarity": similarity, "words": words})
        counts["edited"] += paired
        for i in range(i1 + paired, i2):
            edits.append({"type": "DELETED", "old": [i], "new": []})
            counts["deleted"] += 1
        for j in range(j1 + paired, j2):
            edits.append({"type": "ADDED", "old": [], "new": [j]})
            counts["added"] += 1
    return edits, counts


def version_json(sents):
    return {"sentences": [{"index": i, "paragraph": p, "text": s} for i, (p, s) in enumerate(sents)]}


def main(argv):
    if len(argv) != 3:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    source = sys.stdin if argv[1] == "-" else open(argv[1], encoding="utf-8")
    sink = sys.stdout if argv[2] == "-" else open(argv[2], "w", encoding="utf-8")
    with source, sink:
        for line in source:
            if not line.strip():
                continue
            pair = json.loads(line)
            old = sentences(pair["old"])
            new = sentences(pair["new"])
            edits, summary = align(old, new)
            record = {"id": pair["id"], "old": version_json(old), "new": version_json(new),
                      "edits": edits, "summary": summary}
            sink.write(json.dumps(record, ensure_ascii=False))
            sink.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
