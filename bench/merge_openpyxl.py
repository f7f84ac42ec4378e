"""The same merge written the plain way with openpyxl: what a consolidator would otherwise script.

Reads every .xlsx of a folder; in every visible sheet that carries a template id in its hidden column A, finds
each indicator row by the hidden id there and each value column by the hidden key row, and sums the numeric
cells per (template, indicator, column). Writes what our merge writes, in plain form: per template a
consolidated sheet and the indicators x units detail ("Tổng hợp"/"Chi tiết" alone when there is one template),
and one row per source file and sheet. No validation, no styling, no recognition of hand-made files: the plain
way, with openpyxl's default (not read-only) loading, as its documentation's first example reads a file.
Prints one JSON line: elapsed and CPU milliseconds (openpyxl's import included, as our job's module loading is),
and peak memory.
"""
import json
import os
import resource
import sys
import time

START = time.perf_counter()
CPU_START = time.process_time()
import openpyxl  # noqa: E402  (timed: see above)

TEMPLATE_TAG = "cchc-template:"
UNIT_TAG = "cchc-unit:"
# Columns of labels, not figures: every other key of the hidden key row is a value column.
DESCRIPTIVE = {"stt", "label", "unit", "reporter", "info", "max", "note"}


def read_sheet(ws):
    """(template id, unit, {(row id, column key): value}) of one sheet, or None when it carries no template."""
    template = None
    unit = ""
    keys = {}
    values = {}
    for row in ws.iter_rows():
        tag = row[0].value
        if not isinstance(tag, str):
            continue
        if tag.startswith(TEMPLATE_TAG):
            template = tag[len(TEMPLATE_TAG):].split("@")[0]
        elif tag.startswith(UNIT_TAG):
            unit = tag[len(UNIT_TAG):]
        elif tag == "cchc-columns":
            keys = {c.column: c.value for c in row[1:] if c.value and c.value not in DESCRIPTIVE}
        elif not tag.startswith(("cchc-", "#")):
            for cell in row[1:]:
                key = keys.get(cell.column)
                if key and cell.value is not None:
                    values[(tag, key)] = cell.value
    return None if template is None else (template, unit, values)


def main(folder: str, output: str) -> None:
    tables: dict = {}  # template id -> {"sheet": name, "units": [(unit, file, values)], "totals": {}}
    sources: list = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".xlsx"):
            continue
        wb = openpyxl.load_workbook(os.path.join(folder, name), data_only=True)
        for ws in wb.worksheets:
            if ws.sheet_state != "visible":
                continue
            read = read_sheet(ws)
            if read is None:
                continue
            template, unit, values = read
            unit = unit or name
            table = tables.setdefault(template, {"sheet": ws.title, "units": [], "totals": {}})
            for ref, value in values.items():
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    table["totals"][ref] = table["totals"].get(ref, 0) + value
            table["units"].append((unit, name, values))
            sources.append((name, ws.title, unit, template))
    out = openpyxl.Workbook()
    out.remove(out.active)
    cells = 0
    for table in tables.values():
        suffix = "" if len(tables) == 1 else f" {table['sheet']}"
        units, totals = table["units"], table["totals"]
        refs = sorted({ref for _, _, values in units for ref in values})
        cells += len(refs)
        summary = out.create_sheet(f"Tổng hợp{suffix}"[:31])
        summary.append(["Chỉ tiêu", "Cột", "Tổng"])
        for ref in refs:
            summary.append([ref[0], ref[1], totals.get(ref)])
        detail = out.create_sheet(f"Chi tiết{suffix}"[:31])
        detail.append(["Chỉ tiêu", "Cột"] + [f"{unit} ({name})" for unit, name, _ in units] + ["Tổng"])
        for ref in refs:
            detail.append([ref[0], ref[1]] + [values.get(ref) for _, _, values in units] + [totals.get(ref)])
    listing = out.create_sheet("Nguồn")
    listing.append(["Tệp", "Trang tính", "Đơn vị", "Mẫu biểu"])
    for row in sources:
        listing.append(list(row))
    out.save(output)
    elapsed = (time.perf_counter() - START) * 1000
    cpu = (time.process_time() - CPU_START) * 1000
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"ms": elapsed, "cpuMs": cpu, "peakMB": peak_mb, "sheets": len(sources), "cells": cells}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
