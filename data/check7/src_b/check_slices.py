import json, sys, os
gold, docs = sys.argv[1], sys.argv[2]
bad = 0; n = 0
for line in open(gold, encoding='utf-8'):
    r = json.loads(line); n += 1
    t = open(os.path.join(docs, r['doc']), encoding='utf-8').read()
    e = r['evidence']
    if t[e['start']:e['end']] != e['text']:
        bad += 1; print('MISMATCH', r['doc'], e)
print(n, 'facts,', bad, 'mismatches')
