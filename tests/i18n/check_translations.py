#!/usr/bin/env python3
"""Fails when Poplar's translations are not complete and current.

For every translations/poplar_*.ts it checks that
  - no message is unfinished, vanished or obsolete, and none has an empty translation;
  - the sources hold no translatable text that the file lacks, and the file holds none that
    the sources no longer have: lupdate (same options as scripts/update-translations.sh) is run
    over the sources into a copy of the file, and the two sets of messages must be equal;
  - numerus messages have exactly the language's number of plural forms;
  - placeholders match: the same %1..%9 in every translation (and every plural form) as in the
    source, %n in every plural form (a singular form of a language with two may spell out "one");
  - an &-accelerator in the source has exactly one in the translation, and rich-text tags match.
poplar_en.ts is plural-only (English is the language of the sources): lupdate -pluralonly is run
for it, so it must hold every numerus message of the sources and nothing else, each finished
with both English forms, %n in both and neither keeping a "(s)".
Usage: check_translations.py --lupdate PATH --source-dir DIR
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLURAL_FORMS = {"de": 2, "fr": 2, "es": 2, "ja": 1, "zh_CN": 1, "en": 2}
# Languages whose file holds only the numerus messages (lupdate -pluralonly).
PLURALS_ONLY = {"en"}
SOURCE_DIRS = ["app", "core", "ui", "translations"]


def messages(path):
    """(context, source, comment) -> message element, for every message in a .ts file."""
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            result[(name, m.findtext("source"), m.findtext("comment") or "")] = m
    return result


def placeholders(text):
    return sorted(set(re.findall(r"%[1-9]", text)))


def accelerators(text):
    # "&&" is a literal ampersand; "&amp;"-style entities in rich text are not accelerators.
    stripped = re.sub(r"&&|&[a-zA-Z]+;|&#\d+;", "", text)
    return len(re.findall(r"&\S", stripped))


def tags(text):
    return sorted(re.findall(r"</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>", text)) if "<" in text and "</" in text else []


def check_file(path, lupdate, source_dir, errors):
    language = os.path.basename(path)[len("poplar_"):-len(".ts")]
    name = os.path.basename(path)
    if language not in PLURAL_FORMS:
        errors.append(f"{name}: unknown language {language!r}: add it to PLURAL_FORMS")
        return 0
    committed = messages(path)

    # What lupdate makes of the current sources, in a temporary copy of the file.
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "translations", name)
        os.makedirs(os.path.dirname(copy))
        shutil.copy(path, copy)
        plurals_only = ["-pluralonly"] if language in PLURALS_ONLY else []
        run = subprocess.run([lupdate, "-silent", "-locations", "none", "-no-obsolete", "-extensions", "cpp,h"]
                             + plurals_only + [os.path.join(source_dir, d) for d in SOURCE_DIRS] + ["-ts", copy],
                             capture_output=True, text=True)
        if run.returncode != 0:
            errors.append(f"{name}: lupdate failed: {run.stderr.strip()}")
            return 0
        fresh = messages(copy)
    for key in sorted(set(fresh) - set(committed)):
        errors.append(f"{name}: missing (run scripts/update-translations.sh and translate): {key[0]}: {key[1]!r}")
    for key in sorted(set(committed) - set(fresh)):
        errors.append(f"{name}: obsolete, no longer in the sources: {key[0]}: {key[1]!r}")

    for (context, source, _), m in committed.items():
        where = f"{name}: {context}: {source!r}"
        translation = m.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "vanished", "obsolete", "missing"):
            errors.append(f"{where}: translation is {kind}")
            continue
        if language in PLURALS_ONLY and m.get("numerus") != "yes":
            errors.append(f"{where}: not a plural message, and {name} holds plural forms only")
            continue
        if m.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if len(forms) != PLURAL_FORMS[language]:
                errors.append(f"{where}: {len(forms)} plural forms, {language} has {PLURAL_FORMS[language]}")
        else:
            forms = [translation.text or ""]
        for i, form in enumerate(forms):
            if not form.strip():
                errors.append(f"{where}: empty translation")
                continue
            if placeholders(form) != placeholders(source):
                errors.append(f"{where}: placeholders {placeholders(form)} in {form!r}, source has {placeholders(source)}")
            if "%n" in source and "%n" not in form and not (i == 0 and len(forms) > 1 and language not in PLURALS_ONLY):
                errors.append(f"{where}: %n missing in {form!r}")
            if language in PLURALS_ONLY and "(s)" in form:
                errors.append(f"{where}: {form!r} keeps the \"(s)\": give the singular and the plural")
            if accelerators(source) != accelerators(form) and accelerators(source) <= 1:
                errors.append(f"{where}: {accelerators(form)} accelerators in {form!r}, source has {accelerators(source)}")
            if tags(source) != tags(form):
                errors.append(f"{where}: rich-text tags differ in {form!r}")
    return len(committed)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--source-dir", required=True)
    args = parser.parse_args()
    folder = os.path.join(args.source_dir, "translations")
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.startswith("poplar_") and f.endswith(".ts"))
    languages = {os.path.basename(f)[len("poplar_"):-len(".ts")] for f in files}
    errors = []
    if languages != set(PLURAL_FORMS):
        errors.append(f"expected translations for {sorted(PLURAL_FORMS)}, found {sorted(languages)}")
    passed = failed = 0
    for path in files:
        before = len(errors)
        count = check_file(path, args.lupdate, args.source_dir, errors)
        if len(errors) == before:
            passed += 1
            what = "plural messages" if os.path.basename(path)[len("poplar_"):-len(".ts")] in PLURALS_ONLY else "messages"
            print(f"PASS {os.path.basename(path)}: {count} {what}, complete and current")
        else:
            failed += 1
            print(f"FAIL {os.path.basename(path)}")
    for e in errors:
        print("  " + e)
    print(f"{passed} passed, {failed} failed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
