"""Prints 'N passed, N failed, N skipped' summed over every TRX file under the given folder."""
import glob
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", NS)
    if counters is None:
        continue
    get = lambda name: int(counters.get(name, 0))
    passed += get("passed")
    failed += get("failed") + get("error") + get("timeout") + get("aborted")
    # Ignored and explicit tests are counted in `total` but not in `executed`.
    skipped += max(get("total") - get("executed"), get("notExecuted") + get("inconclusive"))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
