#!/usr/bin/env bash
# Rebuilds content health's word lists (src/main/resources/contenthealth/words/*.words.gz) from their sources; see
# README.md in that folder. Needs: npm (the npm registry), unmunch (Debian package hunspell-tools), the Debian
# packages wamerican and wbritish (for English), python3. Run from anywhere; writes the three lists in place.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../../src/main/resources/contenthealth/words"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# Spanish and French: the LibreOffice/Hunspell dictionaries as wooorm/dictionaries packs them, every word form spelt out
npm pack --silent dictionary-es@4.0.0 dictionary-fr@3.0.0 >/dev/null
for language in es fr; do
  mkdir "$language"
  tar xzf dictionary-"$language"-*.tgz -C "$language"
  unmunch "$language/package/index.dic" "$language/package/index.aff" 2>/dev/null > "$language.txt"
done
# English: SCOWL size 50 (American and British spellings), as Debian packs it
cat /usr/share/dict/american-english /usr/share/dict/british-english > en.txt

for language in en es fr; do
  python3 - "$language.txt" "$out/$language.words.gz" <<'PY'
import gzip, sys
# Words that begin in lower case (a sentence's cut-off first word is in lower case; names are not wanted), lower-cased,
# sorted as Java sorts strings (by UTF-16 unit: all these letters are in the BMP), front-coded: each line is one
# character for how many leading characters it shares with the line before ('0' + n, n at most 40), then the rest.
words = set()
with open(sys.argv[1], encoding='utf-8', errors='strict') as lines:
    for line in lines:
        word = line.strip().split('/')[0]
        if word and word[0].islower():
            words.add(word.lower())
coded, previous = [], ''
for word in sorted(words):
    n = 0
    while n < min(len(word), len(previous), 40) and word[n] == previous[n]:
        n += 1
    coded.append(chr(ord('0') + n) + word[n:])
    previous = word
with open(sys.argv[2], 'wb') as out:
    out.write(gzip.compress(('\n'.join(coded) + '\n').encode('utf-8'), 9, mtime=0))
print(sys.argv[2], len(words), 'words')
PY
done
