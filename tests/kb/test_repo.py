"""Fact statements, judgements and review versions in real SQLite and PostgreSQL databases."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, insert

from stationwatch.errors import AccessDenied, ConflictError, InputError
from stationwatch.kb.judgement import Judgement, review
from stationwatch.store import kb_repo
from stationwatch.store.core import init_store
from stationwatch.store.settings import StoreSettings
from stationwatch.store.tables import blobs, documents
from tests.kb.factories import fact

MILANO = fact("it.txt", country="IT", place="Milan", operator="Wenzhou", original_value="Milano")
PRATO = fact("it.txt", country="IT", place="Prato")
DENIAL = fact("it.txt", "denial", country="CN", claimant="PRC Ministry of Foreign Affairs")
NOW = datetime(2024, 5, 1, 12, tzinfo=UTC).isoformat()


@pytest.fixture
def engine(store: StoreSettings) -> Iterator[Engine]:
    engine = init_store(store).engine
    with engine.begin() as conn:
        conn.execute(insert(blobs).values(sha256="a" * 64, size=1, kind="document", stored_at=NOW))
        conn.execute(insert(documents).values(id="doc1", sha256="a" * 64, name="it.txt",
                                              mime="text/plain", languages="[]", added_at=NOW))
        kb_repo.add_user(conn, "ana", "analyst")
        kb_repo.add_user(conn, "vic", "viewer")
    yield engine
    engine.dispose()


def accept(fact_id: str, reviewer: str = "ana", minute: int = 0) -> Judgement:
    return Judgement(fact_id, "accept", reviewer, datetime(2024, 5, 1, 12, minute, tzinfo=UTC))


def test_users_have_unique_names_and_known_roles(engine: Engine) -> None:
    with engine.begin() as conn:
        with pytest.raises(InputError, match="already exists"):
            kb_repo.add_user(conn, "ana", "admin")
        with pytest.raises(InputError, match="--role 'boss'"):
            kb_repo.add_user(conn, "bo", "boss")
        with pytest.raises(AccessDenied, match="unknown user 'zed'"):
            kb_repo.get_user(conn, "zed")
        with pytest.raises(AccessDenied, match="is a viewer and cannot judge"):
            kb_repo.get_user(conn, "vic").require("admin", "analyst", action="judge facts")
        kb_repo.get_user(conn, "ana").require("admin", "analyst", action="judge facts")


def test_re_extraction_keeps_old_versions_and_judgements_stay_attached(engine: Engine) -> None:
    with engine.begin() as conn:
        first = kb_repo.save_facts(conn, "doc1", [MILANO, PRATO], "rules", "0.1.0")
        kb_repo.record_judgement(conn, accept(MILANO.id), 0)
    with engine.begin() as conn:
        again = kb_repo.save_facts(conn, "doc1", [MILANO, PRATO], "rules", "0.1.0")
        second = kb_repo.save_facts(conn, "doc1", [MILANO, DENIAL], "rules", "0.2.0")
    assert (first.added, again.added, again.already_stored) == (2, 0, 2)
    assert (second.added, second.superseded) == (2, 2)
    with engine.connect() as conn:
        versions = kb_repo.fact_versions(conn, MILANO.id)
        current = kb_repo.current_facts(conn)
        history = kb_repo.load_judgements(conn)
    assert [(v.extractor_version, v.superseded_by) for v in versions] == [
        ("0.1.0", "0.2.0"), ("0.2.0", None)]
    assert {f.id for f in current} == {MILANO.id, DENIAL.id}
    states = {r.fact_id: r.state for r in review(current, history)}
    assert states == {MILANO.id: "accepted", DENIAL.id: "candidate"}


def test_a_stale_version_loses_with_a_clear_conflict(engine: Engine) -> None:
    with engine.begin() as conn:
        kb_repo.save_facts(conn, "doc1", [PRATO], "rules", "0.1.0")
        assert kb_repo.record_judgement(conn, accept(PRATO.id), 0) == 1
    with pytest.raises(ConflictError, match="judged by someone else"), engine.begin() as conn:
        kb_repo.record_judgement(conn, Judgement(PRATO.id, "reject", "ana", datetime.now(UTC)), 0)
    with engine.connect() as conn:
        assert kb_repo.review_version(conn, PRATO.id) == 1
        assert [j.verdict for j in kb_repo.load_judgements(conn)] == ["accept"]



def test_a_judgement_by_an_unknown_user_is_refused_as_such(engine: Engine) -> None:
    with engine.begin() as conn:
        kb_repo.save_facts(conn, "doc1", [PRATO], "rules", "0.1.0")
    with pytest.raises(AccessDenied, match="unknown user 'zed'"), engine.begin() as conn:
        kb_repo.record_judgement(conn, accept(PRATO.id, reviewer="zed"), 0)
    with engine.connect() as conn:
        assert kb_repo.review_version(conn, PRATO.id) == 0


RACER = """
import sys
from datetime import UTC, datetime
from stationwatch.errors import ConflictError
from stationwatch.kb.judgement import Judgement
from stationwatch.store import kb_repo
from stationwatch.store.engine import make_engine
url, fact_id, verdict = sys.argv[1:4]
engine = make_engine(url)
try:
    with engine.begin() as conn:
        kb_repo.record_judgement(conn, Judgement(fact_id, verdict, "ana", datetime.now(UTC)), 0)
except ConflictError as error:
    print(error)
    sys.exit(3)
"""


def test_two_reviewers_in_two_processes_cannot_overwrite_each_other(
        engine: Engine, store: StoreSettings) -> None:
    with engine.begin() as conn:
        kb_repo.save_facts(conn, "doc1", [PRATO], "rules", "0.1.0")
    url = store.db_url
    racers = [subprocess.Popen([sys.executable, "-c", RACER, url, PRATO.id, verdict],
                               stdout=subprocess.PIPE, text=True)
              for verdict in ("accept", "reject")]
    outcomes = [(r.wait(timeout=60), r.communicate()[0]) for r in racers]
    assert sorted(code for code, _ in outcomes) == [0, 3]
    assert any("judged by someone else" in out for _, out in outcomes)
    with engine.connect() as conn:
        assert kb_repo.review_version(conn, PRATO.id) == 1
        assert len(kb_repo.load_judgements(conn)) == 1
