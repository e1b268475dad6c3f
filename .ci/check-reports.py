"""Fails unless each Surefire report folder shows enough tests run, none skipped among the required classes."""
import argparse
import glob
import sys
import xml.etree.ElementTree as ET


def summarise(folder):
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    per_class = {}
    for path in glob.glob(f"{folder}/TEST-*.xml"):
        suite = ET.parse(path).getroot()
        counts = {k: int(suite.get(k, 0)) for k in totals}
        for k in totals:
            totals[k] += counts[k]
        per_class[suite.get("name").rsplit(".", 1)[-1]] = counts
    return totals, per_class


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", action="append", default=[])
    parser.add_argument("--min-tests", action="append", type=int, default=[])
    parser.add_argument("--require-class", action="append", default=[])
    args = parser.parse_args(sys.argv[1:])
    ok = True
    for folder, minimum in zip(args.reports, args.min_tests):
        totals, per_class = summarise(folder)
        print(f"{folder}: {totals['tests']} run, {totals['failures']} failed, {totals['errors']} errors, "
              f"{totals['skipped']} skipped in {len(per_class)} classes")
        if totals["tests"] < minimum or totals["failures"] or totals["errors"]:
            print(f"  expected at least {minimum} tests and no failures", file=sys.stderr)
            ok = False
    all_classes = {}
    for folder in args.reports:
        all_classes.update({f"{folder}:{k}": v for k, v in summarise(folder)[1].items()})
    for required in args.require_class:
        runs = [v for k, v in all_classes.items() if k.endswith(":" + required)]
        if not runs or any(r["tests"] == 0 or r["skipped"] for r in runs):
            print(f"  {required} did not run in full", file=sys.stderr)
            ok = False
        else:
            print(f"  {required}: ran ({runs[0]['tests']} tests)")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
