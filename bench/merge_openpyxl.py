"""The same merge written the plain way with openpyxl: what a consolidator would otherwise script.

Reads every .xlsx of a folder, finds each indicator row by the hidden id in column A and each value column by
the hidden key row, sums the numeric cells per (indicator, column), and writes one consolidated sheet.
Prints one JSON line: elapsed milliseconds and peak memory.
"""
import json
import os
import resource
import sys
import time

import openpyxl


def main(folder: str, output: str) -> None:
    start = time.perf_counter()
    totals: dict = {}
    units = 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".xlsx"):
            continue
        wb = openpyxl.load_workbook(os.path.join(folder, name), data_only=True)
        ws = next(s for s in wb.worksheets if s.sheet_state == "visible")
        keys = {}
        rows = {}
        for row in ws.iter_rows():
            tag = row[0].value
            if tag == "cchc-columns":
                keys = {c.column: c.value for c in row[1:] if c.value}
            elif isinstance(tag, str) and not tag.startswith(("cchc-", "#")):
                rows[tag] = row
        for rid, row in rows.items():
            for cell in row[1:]:
                key = keys.get(cell.column)
                if key and key.startswith("y") and isinstance(cell.value, (int, float)):
                    totals[(rid, key)] = totals.get((rid, key), 0) + cell.value
        units += 1
    out = openpyxl.Workbook()
    sheet = out.active
    sheet.title = "Tổng hợp"
    sheet.append(["Chỉ tiêu", "Cột", "Tổng"])
    for (rid, key), value in sorted(totals.items()):
        sheet.append([rid, key, value])
    out.save(output)
    elapsed = (time.perf_counter() - start) * 1000
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"ms": elapsed, "peakMB": peak_mb, "units": units, "cells": len(totals)}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
