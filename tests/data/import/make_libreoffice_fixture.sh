#!/bin/sh
# Remakes libreoffice.xlsx from libreoffice.fods with LibreOffice itself (a real LibreOffice-
# written workbook, not an imitation; committed, so the tests do not need LibreOffice):
#   apt-get install --no-install-recommends libreoffice-calc-nogui   # Debian 12: LibreOffice 7.4
#   sh make_libreoffice_fixture.sh
# The roster is on the second sheet, below a merged title row, with 学号 as text (leading zeros),
# a 学号 and an ID number typed as numbers, a date cell, an empty row and a totals row.
set -e
cd "$(dirname "$0")"
soffice --headless --norestore --convert-to xlsx --outdir . libreoffice.fods
