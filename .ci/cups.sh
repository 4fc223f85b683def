#!/usr/bin/env bash
# CUPS for the printing tests: cupsd in the background, cups-pdf queues writing PDFs where the tests read them.
#   envol-pdf    A4 sheet printer (cups-pdf)            -> /var/spool/cups-pdf/envol-pdf
#   envol-label  62 x 100 mm label printer (cups-pdf)   -> /var/spool/cups-pdf/envol-label
#   envol-away   a network printer that does not answer (socket://127.0.0.1:9)
# Idempotent and quick when already set up (one lpstat call).
set -euo pipefail

if ! command -v cupsd >/dev/null || ! command -v lp >/dev/null || [ ! -x /usr/lib/cups/backend/cups-pdf ]; then
  echo "Installing CUPS with cups-pdf"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq cups cups-pdf cups-client >/dev/null
fi

if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  /usr/sbin/cupsd  # forks into the background
  for _ in $(seq 50); do lpstat -r 2>/dev/null | grep -q "is running" && break; sleep 0.1; done
fi

if [ "$(lpstat -v 2>/dev/null | grep -cE '^device for envol-(pdf|label|away):')" = 3 ]; then
  exit 0
fi

ppd=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
label_ppd=/etc/cups/envol-label-62x100.ppd
# The label printer knows one paper: 62 x 100 mm (175.75 x 283.46 pt), as a Brother QL with DK-22205 does.
sed -e 's/^\*DefaultPageSize: .*/*DefaultPageSize: w176h283/' \
    -e 's/^\*DefaultPageRegion: .*/*DefaultPageRegion: w176h283/' \
    -e 's/^\*DefaultImageableArea: .*/*DefaultImageableArea: w176h283/' \
    -e 's/^\*DefaultPaperDimension: .*/*DefaultPaperDimension: w176h283/' \
    -e 's/^\*ModelName: .*/*ModelName: "Envol test label printer 62x100"/' \
    -e 's/^\*NickName: .*/*NickName: "Envol test label printer 62x100"/' \
    -e '/^\*PageSize [^w]/d' -e '/^\*PageRegion [^w]/d' -e '/^\*ImageableArea [^w]/d' -e '/^\*PaperDimension [^w]/d' \
    "$ppd" > "$label_ppd"
# Insert the one size after each OpenUI/section header that lists sizes.
python3 - "$label_ppd" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="latin-1").read()
entries = {
    "*OrderDependency: 100 AnySetup *PageSize": '*PageSize w176h283/62 x 100 mm: "<</PageSize[175.75 283.46]/ImagingBBox null>>setpagedevice"',
    "*OrderDependency: 100 AnySetup *PageRegion": '*PageRegion w176h283/62 x 100 mm: "<</PageSize[175.75 283.46]/ImagingBBox null>>setpagedevice"',
    "*DefaultImageableArea: w176h283": '*ImageableArea w176h283/62 x 100 mm: "0 0 175.75 283.46"',
    "*DefaultPaperDimension: w176h283": '*PaperDimension w176h283/62 x 100 mm: "175.75 283.46"',
}
for anchor, line in entries.items():
    text = text.replace(anchor, anchor + "\n" + line, 1)
open(path, "w", encoding="latin-1").write(text)
PY

for queue in envol-pdf envol-label; do
  mkdir -p "/var/spool/cups-pdf/$queue" && chmod 1777 "/var/spool/cups-pdf/$queue"
  printf 'Out /var/spool/cups-pdf/%s\nLabel 2\nTitlePref 1\nGrp lp\n' "$queue" > "/etc/cups/cups-pdf-$queue.conf"
done
lpadmin -p envol-pdf -E -v cups-pdf:/envol-pdf -P "$ppd" -o PageSize=A4 -D "Envol PDF (A4)" 2>&1 | grep -v "drivers are deprecated" || true
lpadmin -p envol-label -E -v cups-pdf:/envol-label -P "$label_ppd" -D "Envol étiquettes 62 x 100 mm" 2>&1 | grep -v "drivers are deprecated" || true
lpadmin -p envol-away -E -v socket://127.0.0.1:9 -P "$ppd" -D "Envol imprimante injoignable" 2>/dev/null
echo "CUPS queues ready: $(lpstat -p | cut -d' ' -f2 | tr '\n' ' ')"
