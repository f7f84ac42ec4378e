"""The same merge written the plain way with openpyxl: what a consolidator would otherwise script.

Reads every .xlsx of a folder, finds each indicator row by the hidden id in column A and each value column by
the hidden key row, sums the numeric cells per (indicator, column), and writes what our merge writes in plain
form: a consolidated sheet, the indicators x units detail, and one row per source file. No validation, no
styling, no recognition of hand-made files: the plain way.
Prints one JSON line: elapsed and CPU milliseconds, and peak memory.
"""
import json
import os
import resource
import sys
import time

import openpyxl


def main(folder: str, output: str) -> None:
    start = time.perf_counter()
    cpu_start = time.process_time()
    totals: dict = {}
    per_unit: list = []
    sources: list = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".xlsx"):
            continue
        wb = openpyxl.load_workbook(os.path.join(folder, name), data_only=True)
        ws = next(s for s in wb.worksheets if s.sheet_state == "visible")
        keys = {}
        unit = name
        values = {}
        for row in ws.iter_rows():
            tag = row[0].value
            if tag == "cchc-columns":
                keys = {c.column: c.value for c in row[1:] if c.value}
            elif isinstance(tag, str) and tag.startswith("cchc-unit:"):
                unit = tag[len("cchc-unit:"):]
            elif isinstance(tag, str) and not tag.startswith(("cchc-", "#")):
                for cell in row[1:]:
                    key = keys.get(cell.column)
                    if key and key.startswith("y") and cell.value is not None:
                        values[(tag, key)] = cell.value
                        if isinstance(cell.value, (int, float)):
                            totals[(tag, key)] = totals.get((tag, key), 0) + cell.value
        per_unit.append((unit, name, values))
        sources.append((name, unit))
    refs = sorted({ref for _, _, values in per_unit for ref in values})
    out = openpyxl.Workbook()
    summary = out.active
    summary.title = "Tổng hợp"
    summary.append(["Chỉ tiêu", "Cột", "Tổng"])
    for ref in refs:
        summary.append([ref[0], ref[1], totals.get(ref)])
    detail = out.create_sheet("Chi tiết")
    detail.append(["Chỉ tiêu", "Cột"] + [f"{unit} ({name})" for unit, name, _ in per_unit] + ["Tổng"])
    for ref in refs:
        detail.append([ref[0], ref[1]] + [values.get(ref) for _, _, values in per_unit] + [totals.get(ref)])
    listing = out.create_sheet("Nguồn")
    listing.append(["Tệp", "Đơn vị"])
    for row in sources:
        listing.append(list(row))
    out.save(output)
    elapsed = (time.perf_counter() - start) * 1000
    cpu = (time.process_time() - cpu_start) * 1000
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"ms": elapsed, "cpuMs": cpu, "peakMB": peak_mb, "units": len(per_unit), "cells": len(refs)}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
