import json, os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
DOCS = os.path.join(HERE, '..', 'docs')
out = []
for mod in ['docs_it', 'docs_es', 'docs_fr', 'docs_pt']:
    try:
        m = importlib.import_module(mod)
    except ModuleNotFoundError:
        continue
    for name, text, facts in m.DOCS:
        text = text.strip('\n') + '\n'
        with open(os.path.join(DOCS, name), 'w', encoding='utf-8') as f:
            f.write(text)
        for fa in facts:
            fa = dict(fa)
            ev = fa.pop('ev'); n = fa.pop('n', 1)
            i = -1
            for _ in range(n):
                i = text.find(ev, i + 1)
                if i < 0:
                    sys.exit(f'{name}: evidence not found: {ev!r}')
            rec = {'doc': name}
            rec.update(fa)
            rec.setdefault('polarity', 'asserted')
            rec.setdefault('claimant', None)
            rec['evidence'] = {'start': i, 'end': i + len(ev), 'text': ev}
            assert text[i:i+len(ev)] == ev
            out.append(rec)
with open(os.path.join(HERE, '..', 'gold.part-b.jsonl'), 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out), 'facts')
