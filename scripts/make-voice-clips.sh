#!/usr/bin/env bash
# Records the hall display board's voice clips: the words it strings together to announce a call on a TV
# whose browser has no Vietnamese voice ("Mời công dân có số thứ tự | A | hai mươi ba | đến quầy số | ba").
# Spoken once by espeak-ng's Vietnamese voice, trimmed of silence, and stored as 16 kHz mono Ogg Vorbis
# (Chromium plays it natively; the whole set is a few hundred kB) in kiosk-app's static resources, where the
# board fetches them from /voice/<name>.ogg. The clips are committed: neither the build nor the TV needs espeak-ng.
#
#   scripts/make-voice-clips.sh           # records the clips that are missing
#   scripts/make-voice-clips.sh --force   # records them all again (e.g. after a change of voice or rate)
#
# Idempotent: an existing clip is kept as it is (Vorbis files differ byte for byte between two encodings of the
# same sound, so recording again would only churn the repository). Needs espeak-ng and sox (Debian packages).
#
# The names are what kiosk-app's vn.motcua.kiosk.display.VoiceClips asks for, and its test checks that every
# name an announcement can need is here. A number word is named by its letters without marks; the two pairs that
# would then share a name carry their tone: mười/mươi (muoi-huyen/muoi-ngang), một/mốt (mot-nang/mot-sac).
set -euo pipefail

cd "$(dirname "$0")/.."
out=kiosk-app/src/main/resources/META-INF/resources/voice
force=false
[ "${1:-}" = "--force" ] && force=true

for tool in espeak-ng sox; do
  command -v "$tool" >/dev/null || { echo "Needs $tool: apt-get install -y espeak-ng sox" >&2; exit 1; }
done
mkdir -p "$out"

# name|what espeak-ng says. The two phrases are board.announcement in kiosk-app's messages.properties.
clips=(
  "moi-cong-dan-co-so-thu-tu|Mời công dân có số thứ tự"
  "den-quay-so|đến quầy số"
  "khong|không" "mot-nang|một" "hai|hai" "ba|ba" "bon|bốn" "nam|năm" "sau|sáu" "bay|bảy" "tam|tám" "chin|chín"
  "muoi-huyen|mười" "muoi-ngang|mươi" "tram|trăm" "linh|linh" "mot-sac|mốt" "lam|lăm"
  "chu-a|a" "chu-b|bê" "chu-c|xê" "chu-d|dê" "chu-e|e" "chu-f|ép" "chu-g|giê" "chu-h|hát" "chu-i|i"
  "chu-j|gi" "chu-k|ca" "chu-l|e lờ" "chu-m|em mờ" "chu-n|en nờ" "chu-o|o" "chu-p|pê" "chu-q|quy"
  "chu-r|e rờ" "chu-s|ét xì" "chu-t|tê" "chu-u|u" "chu-v|vê" "chu-w|vê kép" "chu-x|ích xì" "chu-y|i dài"
  "chu-z|dét"
)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
made=0
for clip in "${clips[@]}"; do
  name=${clip%%|*}
  text=${clip#*|}
  target="$out/$name.ogg"
  if [ -f "$target" ] && [ "$force" = false ]; then
    continue
  fi
  espeak-ng -v vi -s 140 -w "$tmp/$name.wav" "$text"
  # trim the silence espeak-ng leaves at both ends, keep a short pause after the word so the words do not run
  # together, and level every clip the same (-1 dB) so no word is louder than the next
  sox "$tmp/$name.wav" -r 16000 -c 1 -C 0 "$tmp/$name.ogg" \
      silence 1 0.01 0.5% reverse silence 1 0.01 0.5% reverse pad 0 0.08 norm -1
  mv "$tmp/$name.ogg" "$target"
  made=$((made + 1))
done
# played once on the tap that allows sound, so that the browser lets the board's audio element play from then on
if [ ! -f "$out/im-lang.ogg" ] || [ "$force" = true ]; then
  sox -n -r 16000 -c 1 -C 0 "$tmp/im-lang.ogg" trim 0 0.1
  mv "$tmp/im-lang.ogg" "$out/im-lang.ogg"
  made=$((made + 1))
fi
echo "$made clip(s) recorded in $out ($(cat "$out"/*.ogg | wc -c) bytes in all)"
