"""Fills one template workbook for many units and saves each unit's copy with openpyxl, as a unit would send it.

Usage: fill_openpyxl.py <spec.json>. The spec names the template workbook, the folder to write into, and for each
file the cells to set ([sheet name, row, column, value]); every file sets the same cells, so one loaded
workbook serves them all. openpyxl writes its own .xlsx: inline strings, its own styles part, no shared strings,
which is what a unit's file looks like when a script or a non-Excel tool saved it.
"""
import json
import os
import sys

import openpyxl


def main(spec_path: str) -> None:
    with open(spec_path, encoding="utf-8") as f:
        spec = json.load(f)
    wb = openpyxl.load_workbook(spec["template"])
    for item in spec["files"]:
        for sheet, row, col, value in item["cells"]:
            wb[sheet].cell(row=row, column=col).value = value
        wb.save(os.path.join(spec["folder"], item["name"]))


if __name__ == "__main__":
    main(sys.argv[1])
