#!/usr/bin/env bash
# Prints every shipped SOP (sops/*.yaml) and the corpus of real signed SOPs (contoh/korpus/) through headless Chromium, to look at the pages as they
# will come out of a printer:
#   out/print/NAME.html    the document as `sop cetak` writes it
#   out/print/NAME.pdf     printed by Chromium (A4 landscape unless options say otherwise)
#   out/print/NAME-N.png   one picture per printed page (pdftoppm)
# and checks the layout in the browser: every row exactly as tall as planned (so the drawing stays
# in line with the table), no content past the bottom or right edge of its sheet, the drawing
# aligned with the actor columns, and the PDF page count equal to "Halaman X dari Y".
#
# Needs: chromium and poppler-utils (apt-get install -y chromium poppler-utils).
# Usage: scripts/print-sops.sh [sop cetak options, e.g. --kertas f4]
# Exit status: 0 all good, 1 a layout problem was found, 2 a tool is missing or a step failed.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/out/print"
scratch="${SOP_SCRATCH_PATH:-$root/.build}"
chromium_bin="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "$chromium_bin" ]]; then echo "print-sops: chromium tidak ditemukan (apt-get install -y chromium)" >&2; exit 2; fi
if ! command -v pdftoppm >/dev/null; then echo "print-sops: pdftoppm tidak ditemukan (apt-get install -y poppler-utils)" >&2; exit 2; fi

swift build --package-path "$root" --scratch-path "$scratch" --product sop >/dev/null
sop="$scratch/debug/sop"
mkdir -p "$out"
rm -f "$out"/*.png

chrome() {
  "$chromium_bin" --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions \
    --hide-scrollbars "$@" 2>/dev/null
}

# The check runs in the page itself; its findings come back as an attribute of <body>.
check_js="$out/.check.js"
cat > "$check_js" <<'JS'
(function () {
  var mm = 96 / 25.4, issues = [];
  function near(a, b, tolerance) { return Math.abs(a - b) <= tolerance; }
  document.querySelectorAll('section.lembar').forEach(function (sheet) {
    var page = sheet.getAttribute('data-halaman'), box = sheet.getBoundingClientRect(), cs = getComputedStyle(sheet);
    var bottom = box.bottom - parseFloat(cs.paddingBottom), right = box.right - parseFloat(cs.paddingRight);
    sheet.querySelectorAll('table, svg, .kaki, .judul-alur').forEach(function (el) {
      var r = el.getBoundingClientRect();
      if (r.bottom > bottom + 1) issues.push('halaman ' + page + ': ' + el.tagName.toLowerCase() + ' melewati tepi bawah ' + ((r.bottom - bottom) / mm).toFixed(1) + ' mm');
      if (r.right > right + 1) issues.push('halaman ' + page + ': ' + el.tagName.toLowerCase() + ' melewati tepi kanan ' + ((r.right - right) / mm).toFixed(1) + ' mm');
    });
    sheet.querySelectorAll('tr[style]').forEach(function (tr) {
      var want = parseFloat(tr.style.height), got = tr.getBoundingClientRect().height / mm;
      if (!near(got, want, 0.3)) issues.push('halaman ' + page + ': baris ' + (tr.getAttribute('data-langkah') || tr.className) + ' setinggi ' + got.toFixed(2) + ' mm, direncanakan ' + want + ' mm');
    });
    var svg = sheet.querySelector('svg.diagram'), actor = sheet.querySelector('th.aktor'), body = sheet.querySelector('tbody tr');
    if (svg && actor && body) {
      var s = svg.getBoundingClientRect(), a = actor.getBoundingClientRect(), b = body.getBoundingClientRect();
      if (!near(s.left, a.left, 0.6 * mm) || !near(s.top, b.top, 0.6 * mm))
        issues.push('halaman ' + page + ': gambar bergeser dari kolom pelaksana (' + ((s.left - a.left) / mm).toFixed(2) + ', ' + ((s.top - b.top) / mm).toFixed(2) + ') mm');
    }
  });
  document.body.setAttribute('data-periksa', JSON.stringify(issues));
})();
JS

status=0
for yaml in "$root"/sops/*.yaml "$root"/contoh/korpus/bps-*.yaml; do
  name="$(basename "$yaml" .yaml)"
  "$sop" cetak "$yaml" -o "$out/$name.html" "$@"
  chrome --no-pdf-header-footer --print-to-pdf="$out/$name.pdf" "file://$out/$name.html" >/dev/null
  pdftoppm -png -r 80 "$out/$name.pdf" "$out/$name"
  pages="$(pdfinfo "$out/$name.pdf" | awk '/^Pages:/ { print $2 }')"
  declared="$(grep -o 'data-jumlah-halaman="[0-9]*"' "$out/$name.html" | grep -o '[0-9]*')"
  sed 's#</body>#<script src=".check.js"></script></body>#' "$out/$name.html" > "$out/.$name.check.html"
  findings="$(chrome --dump-dom "file://$out/.$name.check.html" | { grep -o 'data-periksa="[^"]*"' || echo 'data-periksa="[\"pemeriksaan tidak berjalan\"]"'; } \
    | sed 's/^data-periksa="//; s/"$//; s/&quot;/"/g')"
  rm -f "$out/.$name.check.html"
  problems=()
  [[ "$pages" == "$declared" ]] || problems+=("PDF $pages halaman, dokumen menyebut $declared")
  if [[ -n "$findings" && "$findings" != "[]" ]]; then problems+=("$findings"); fi
  if ((${#problems[@]})); then
    status=1
    printf '%s: MASALAH\n' "$name"
    printf '  %s\n' "${problems[@]}"
  else
    printf '%s: %s halaman, tata letak rapi -> %s\n' "$name" "$pages" "out/print/$name.pdf"
  fi
done
rm -f "$check_js"
exit $status
