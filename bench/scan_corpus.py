"""Generator of a WARC.gz crawl for ``bench/scan.py``: mixed-language filler, sparse relevant pages.

    python bench/scan_corpus.py DIR [--mb 1024] [--relevant 0.005] [--seed 7]

Writes ``DIR/crawl.warc.gz`` (one gzip member per response record, as crawlers
write them), ``DIR/relevant.txt`` (the WARC-Record-IDs of the relevant pages)
and ``DIR/corpus.json`` (sizes and counts). Filler pages are plain text or HTML
in the nine supported languages, built from neutral vocabulary with the
occasional word that triage also looks for ("post", "service", "China",
"网站"), as real pages have. About ``--relevant`` of the pages are written
from templates that report a station, in every supported language and both
Chinese scripts.
"""

from __future__ import annotations

import argparse
import json
import random
import uuid
import zlib
from pathlib import Path

LANGS = ("en", "zh", "zh-Hant", "it", "de", "es", "fr", "nl", "pt")

VOCABULARY = {
    "en": "the council met on tuesday to discuss road repairs school budgets library hours "
          "residents asked about parking permits weather market prices trains football match "
          "museum opening festival bakery harbour bridge garden river weekend concert",
    "it": "il consiglio comunale ha discusso bilancio scuole biblioteca lavori stradali città "
          "mercato tempo partita museo festa panetteria porto ponte giardino fiume concerto",
    "de": "der gemeinderat hat über straßenarbeiten schulen bibliothek beraten öffnungszeiten "
          "markt wetter fußballspiel museum fest bäckerei hafen brücke garten fluss konzert",
    "es": "el ayuntamiento debatió obras calles presupuesto escolar biblioteca mercado tiempo "
          "partido museo fiesta panadería puerto puente jardín río concierto año mañana",
    "fr": "le conseil municipal a discuté travaux voirie écoles bibliothèque marché météo "
          "match musée fête boulangerie port pont jardin rivière concert été élèves",
    "nl": "de gemeenteraad besprak wegwerkzaamheden scholen bibliotheek markt weer wedstrijd "
          "museum feest bakkerij haven brug tuin rivier concert weekend fietsen",
    "pt": "a câmara municipal discutiu obras ruas orçamento escolar biblioteca mercado tempo "
          "jogo museu festa padaria porto ponte jardim rio concerto ano manhã",
    "zh": "市议会 讨论 道路 维修 学校 预算 图书馆 开放 时间 居民 询问 停车 许可 天气 市场 价格 "
          "足球 比赛 博物馆 节日 面包店 港口 桥梁 花园 河流 周末 音乐会",
    "zh-Hant": "市議會 討論 道路 維修 學校 預算 圖書館 開放 時間 居民 詢問 停車 許可 天氣 市場 價格 "
               "足球 比賽 博物館 節日 麵包店 港口 橋樑 花園 河流 週末 音樂會",
}
#: Words triage also looks for, sprinkled rarely into filler (real pages have them too).
DECOYS = {
    "en": "post service China police", "it": "servizio Cina polizia", "de": "Post China Polizei",
    "es": "servicio China policía", "fr": "poste service Chine", "nl": "post China politie",
    "pt": "posto serviço China", "zh": "网站 中国 服务", "zh-Hant": "網站 中國 服務",
}
DECOY_RATE = 0.0002

CITIES = {
    "en": ["London", "Toronto", "New York", "Dublin", "Glasgow"],
    "it": ["Milano", "Roma", "Firenze", "Prato", "Venezia"],
    "de": ["Berlin", "Frankfurt", "Hamburg", "München", "Wien"],
    "es": ["Madrid", "Barcelona", "Valencia", "Buenos Aires", "Santiago"],
    "fr": ["Paris", "Lyon", "Marseille", "Bruxelles", "Montréal"],
    "nl": ["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Antwerpen"],
    "pt": ["Lisboa", "Porto", "São Paulo", "Rio de Janeiro", "Coimbra"],
    "zh": ["米兰", "马德里", "巴黎", "阿姆斯特丹", "伦敦"],
    "zh-Hant": ["米蘭", "馬德里", "巴黎", "阿姆斯特丹", "倫敦"],
}
TEMPLATES = {
    "en": "According to Safeguard Defenders, the Fuzhou Public Security Bureau runs an overseas "
          "police service station in {city}. The Chinese police station opened in 2022.",
    "it": "Secondo Safeguard Defenders, a {city} è attiva una stazione di polizia cinese gestita "
          "dalla polizia di Wenzhou.",
    "de": "Laut Safeguard Defenders betreibt die chinesische Polizei in {city} eine "
          "sogenannte Übersee-Polizeistation.",
    "es": "Según Safeguard Defenders, la policía china de Qingtian opera una comisaría en {city}.",
    "fr": "Selon Safeguard Defenders, la police chinoise de Wenzhou exploite un poste de police "
          "clandestin à {city}.",
    "nl": "Volgens Safeguard Defenders heeft de Chinese politie een politiepost in {city}.",
    "pt": "Segundo a Safeguard Defenders, a polícia chinesa mantém um posto de polícia em {city}.",
    "zh": "据保护卫士报告，福州市公安局在{city}设立了海外警务服务站。",
    "zh-Hant": "據保護衛士報告，福州市公安局在{city}設立了海外警務服務站。",
}


def _sentence(rng: random.Random, lang: str, words: list[str], decoys: list[str]) -> str:
    chosen = [rng.choice(decoys) if rng.random() < DECOY_RATE else rng.choice(words)
              for _ in range(rng.randint(8, 16))]
    if lang.startswith("zh"):
        return "".join(chosen) + "。"
    return " ".join(chosen).capitalize() + "."


def paragraph_pool(rng: random.Random, size: int = 400) -> dict[str, list[str]]:
    """Paragraphs per language, built once and reused (generation must not be the bottleneck)."""
    pool: dict[str, list[str]] = {}
    for lang in LANGS:
        words, decoys = VOCABULARY[lang].split(), DECOYS[lang].split()
        pool[lang] = [" ".join(_sentence(rng, lang, words, decoys)
                               for _ in range(rng.randint(3, 8))) for _ in range(size)]
    return pool


def _page(rng: random.Random, pool: dict[str, list[str]], lang: str, number: int,
          lead: str | None) -> tuple[str, bytes, str]:
    paragraphs = [rng.choice(pool[lang]) for _ in range(rng.randint(4, 24))]
    if lead is not None:
        paragraphs.insert(rng.randint(0, 2), lead)
    title = paragraphs[0][:60]
    if number % 2:
        body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
        page = (f"<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">"
                f"<title>{title}</title></head><body><article><h1>{title}</h1>\n{body}"
                "</article></body></html>")
        return f"https://{lang.lower()}.news.example/{number}.html", page.encode(), "text/html"
    text = title + "\n\n" + "\n\n".join(paragraphs)
    return f"https://{lang.lower()}.news.example/{number}.txt", text.encode(), "text/plain"


def _record(rng: random.Random, uri: str, body: bytes, content_type: str) -> tuple[str, bytes]:
    record_id = f"<urn:uuid:{uuid.UUID(int=rng.getrandbits(128), version=4)}>"
    http = (f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: {record_id}\r\n"
            f"WARC-Date: 2026-11-30T12:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return record_id, head + http + b"\r\n\r\n"


def generate(folder: Path, megabytes: float, relevant_share: float, seed: int) -> dict[str, object]:
    """Write the crawl; return its description (also saved as corpus.json). A crawl already
    written with the same arguments is kept: the generator is deterministic, so writing it
    again (most of a minute for 256 MB) would give the same bytes."""
    made = _existing(folder, megabytes, relevant_share, seed)
    if made is not None:
        return made
    rng = random.Random(seed)
    pool = paragraph_pool(rng)
    folder.mkdir(parents=True, exist_ok=True)
    relevant: list[str] = []
    uncompressed = records = 0
    with (folder / "crawl.warc.gz").open("wb") as out:
        while uncompressed < megabytes * 1_000_000:
            lang = LANGS[records % len(LANGS)] if rng.random() < 0.5 else rng.choice(LANGS)
            is_relevant = rng.random() < relevant_share
            lead = None
            if is_relevant:
                lead = TEMPLATES[lang].format(city=rng.choice(CITIES[lang]))
            uri, body, content_type = _page(rng, pool, lang, records, lead)
            record_id, raw = _record(rng, uri, body, content_type)
            packer = zlib.compressobj(6, zlib.DEFLATED, 31)
            out.write(packer.compress(raw) + packer.flush())
            if is_relevant:
                relevant.append(record_id)
            uncompressed += len(raw)
            records += 1
    (folder / "relevant.txt").write_text("".join(f"{r}\n" for r in relevant), "utf-8")
    description: dict[str, object] = {
        "records": records, "relevant": len(relevant), "uncompressed_bytes": uncompressed,
        "compressed_bytes": (folder / "crawl.warc.gz").stat().st_size, "seed": seed,
        "mb": megabytes, "relevant_share": relevant_share,
    }
    (folder / "corpus.json").write_text(json.dumps(description, indent=1), "utf-8")
    return description


def _existing(folder: Path, megabytes: float, relevant_share: float,
              seed: int) -> dict[str, object] | None:
    """The description of a crawl in ``folder`` written with these arguments and whole."""
    try:
        made = json.loads((folder / "corpus.json").read_text("utf-8"))
        size = (folder / "crawl.warc.gz").stat().st_size
    except (OSError, ValueError):
        return None
    same = (made.get("mb"), made.get("relevant_share"), made.get("seed")) == (
        megabytes, relevant_share, seed)
    whole = size == made.get("compressed_bytes") and (folder / "relevant.txt").exists()
    return made if same and whole else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--mb", type=float, default=1024.0, help="uncompressed size in MB")
    parser.add_argument("--relevant", type=float, default=0.005, help="share of relevant pages")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(json.dumps(generate(args.folder, args.mb, args.relevant, args.seed)))


if __name__ == "__main__":
    main()
