#!/usr/bin/python3
"""Every unit test (msgrpriv_unit's, as gtest_discover_tests registers them)
has exactly the label `unit` and the sanitizers' settings as its environment,
and no label `sanitize` exists: what `ctest --show-only=json-v1` and
`ctest --print-labels` say.

    check_properties.py CTEST BUILD_DIR NAME=VALUE...
"""

import json
import subprocess
import sys


def main(ctest, build, *environment):
    shown = subprocess.run([ctest, "--show-only=json-v1"], cwd=build, capture_output=True, text=True, check=True)
    tests = [t for t in json.loads(shown.stdout)["tests"]
             if any("msgrpriv_unit" in part for part in t.get("command") or [])]
    if not tests:
        sys.exit("no unit tests registered: build msgrpriv_unit first")
    wrong = []
    for test in tests:
        properties = {p["name"]: p["value"] for p in test.get("properties", [])}
        if properties.get("LABELS") != ["unit"]:
            wrong.append(f"{test['name']}: labels {properties.get('LABELS')}")
        missing = [v for v in environment if v not in (properties.get("ENVIRONMENT") or [])]
        if missing:
            wrong.append(f"{test['name']}: environment {properties.get('ENVIRONMENT')} lacks {missing}")
        unknown = sorted(set(properties) - {"LABELS", "ENVIRONMENT", "WORKING_DIRECTORY", "SKIP_REGULAR_EXPRESSION"})
        if unknown:
            wrong.append(f"{test['name']}: unexpected properties {unknown}")
    labels = subprocess.run([ctest, "--print-labels"], cwd=build, capture_output=True, text=True, check=True).stdout
    if any(line.strip() == "sanitize" for line in labels.splitlines()):
        wrong.append("ctest --print-labels lists sanitize")
    if wrong:
        sys.exit("\n".join(wrong))
    print(f"{len(tests)} unit tests: label unit only, environment {list(environment)}; no label sanitize")


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
