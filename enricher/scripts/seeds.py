#!/usr/bin/env python3
"""Writes real English news texts from ../shared/datasets as <id>.txt (title line, then body) for the
enricher's CLI, bench and evaluation: aeb ground-truth bodies (title from the URL slug) and readability
pages with a title and an English lang. Usage: seeds.py SHARED_DATASETS_DIR OUT_DIR [MIN_WORDS]"""
import glob, json, os, re, sys

src, out = sys.argv[1], sys.argv[2]
min_words = int(sys.argv[3]) if len(sys.argv) > 3 else 250
os.makedirs(out, exist_ok=True)
n = 0

def slug_title(url):
    path = [p for p in re.split(r'[/?#]', url.split('://', 1)[-1])[1:] if p]
    words = max(path, key=lambda p: p.count('-'), default='')
    words = re.sub(r'\.(html?|php|aspx?)$', '', words)
    words = [w for w in re.split(r'[-_]+', words) if w and not re.fullmatch(r'[0-9a-f]{6,}|\d+', w)]
    return ' '.join(words).capitalize()

def ascii_share(text):
    return sum(c.isascii() for c in text) / max(1, len(text))

def write(name, title, body):
    global n
    body = body.strip()
    if not title or len(body.split()) < min_words or ascii_share(body) < 0.97:
        return
    with open(os.path.join(out, name + '.txt'), 'w') as f:
        f.write(title.strip().replace('\n', ' ') + '\n' + body + '\n')
    n += 1

for f in sorted(glob.glob(os.path.join(src, 'extraction/aeb/gt/*.json'))):
    d = json.load(open(f))
    write('aeb-' + d['id'][:12], slug_title(d['url']), d['articleBody'])
for f in sorted(glob.glob(os.path.join(src, 'extraction/readability/gt/*.json'))):
    d = json.load(open(f))
    if (d.get('lang') or 'en').lower().startswith('en'):
        write('rdb-' + os.path.basename(f)[:-5], d.get('title') or '', d.get('articleBody') or '')
print(n, 'texts written to', out)
