#!/usr/bin/python3
"""The .ts files are current and complete.

    test_translations_complete.py LUPDATE SOURCES.lst FILE.ts... [--plurals=EN.ts]

1. Missing strings: lupdate scans the sources (the list the build uses) into copies of the .ts
   files, and with -pluralonly into a copy of the English plurals file; it must find no source
   text that the files do not have already.
2. Unfinished strings: in each .ts file every current entry (not obsolete, not vanished) has a
   finished, non-empty translation (every plural form filled), with the same placeholders as its
   source (%1..%99, %n in plural forms) and at most one '&' accelerator. The English file of
   plural forms alone (--plurals=) is checked the same way.
Prints each problem with its context, source and file; exit status 1 when there is any.
Debian's /usr/bin/python3, stdlib only.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.dont_write_bytecode = True

PLACEHOLDER = re.compile(r"%(?:L?\d{1,2}|n)")


def placeholders(text):
    return sorted(p.replace("L", "") for p in PLACEHOLDER.findall(text or ""))


def accelerators(text):
    # "&&" is a literal ampersand; "&amp;" in the XML is already decoded here.
    return len(re.findall(r"&(?!&)", (text or "").replace("&&", "")))


def lupdate_new_counts(lupdate, sources, copies, options):
    """Runs lupdate on the copies; the number of new source texts it found for each, or an error."""
    run = subprocess.run([lupdate, "-locations", "none"] + options + ["@" + sources, "-ts"] + copies,
                         capture_output=True, text=True, timeout=240)
    if run.returncode != 0:
        return None, "lupdate failed (%d): %s" % (run.returncode, run.stderr.strip() or run.stdout.strip())
    counts = [int(m.group(2)) for m in re.finditer(r"Found (\d+) source text\(s\) \((\d+) new", run.stdout)]
    if len(counts) != len(copies):
        return None, "lupdate did not report on every file it updated: %s" % run.stdout.strip()
    return counts, None


def current_entries(ts):
    """(context, source, comment) of every entry that is neither obsolete nor vanished."""
    entries = set()
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            entries.add((context.findtext("name"), message.findtext("source"), message.findtext("comment")))
    return entries


def check_missing(lupdate, sources, ts_files, plurals):
    problems = []
    with tempfile.TemporaryDirectory() as work:
        # The translations take every string; the English file only the plural ones.
        for files, options in ((ts_files, []), (plurals, ["-pluralonly"])):
            if not files:
                continue
            copies = []
            for ts in files:
                copy = os.path.join(work, os.path.basename(ts))
                shutil.copyfile(ts, copy)
                copies.append(copy)
            counts, error = lupdate_new_counts(lupdate, sources, copies, options)
            if error:
                problems.append(error)
                continue
            if options:
                # With -pluralonly lupdate counts every new text, then strips the singular ones:
                # what is new is what the updated copy holds that the original did not.
                counts = [len(current_entries(copy) - current_entries(ts)) for ts, copy in zip(files, copies)]
            for ts, new in zip(files, counts):
                if new != 0:
                    problems.append("%s: %d source text(s) of the code are not in it; run "
                                    "`cmake --build build --target update_translations` and translate them"
                                    % (os.path.basename(ts), new))
    return problems


def check_finished(ts):
    problems = []
    name = os.path.basename(ts)
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        context_name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            source = message.findtext("source") or ""
            where = "%s: [%s] %r" % (name, context_name, source[:80])
            if kind == "unfinished":
                problems.append(where + ": unfinished")
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.findall("numerusform")]
                if not forms or any(not f.strip() for f in forms):
                    problems.append(where + ": a plural form is empty")
                    continue
            else:
                forms = [translation.text or ""]
                if not forms[0].strip() and source.strip():
                    problems.append(where + ": empty translation")
                    continue
            wanted = [p for p in placeholders(source) if p != "%n"]
            for form in forms:
                got = [p for p in placeholders(form) if p != "%n"]
                if got != wanted:
                    problems.append(where + ": placeholders %s, the source has %s (%r)" % (got, wanted, form[:80]))
                if accelerators(form) > 1:
                    problems.append(where + ": more than one & accelerator in %r" % form[:80])
            if message.get("numerus") == "yes" and "%n" in source and not all("%n" in f for f in forms):
                # A singular form may spell out "one"; the plural form must carry the number.
                if "%n" not in forms[-1]:
                    problems.append(where + ": the plural form lacks %n")
    return problems


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    lupdate, sources = sys.argv[1], sys.argv[2]
    ts_files = [a for a in sys.argv[3:] if not a.startswith("--plurals=")]
    plurals = [a[len("--plurals="):] for a in sys.argv[3:] if a.startswith("--plurals=")]
    problems = check_missing(lupdate, sources, ts_files, plurals)
    for ts in ts_files + plurals:
        problems += check_finished(ts)
    for problem in problems[:200]:
        print(problem)
    if len(problems) > 200:
        print("… and %d more" % (len(problems) - 200))
    print("%d problem(s) in %s" % (len(problems), ", ".join(os.path.basename(t) for t in ts_files + plurals)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
