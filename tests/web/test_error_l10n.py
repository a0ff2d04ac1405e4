"""Errors raised outside the web (search, the fact record's checks, corrections, the SSRF
guard, intake, users) read in the page's language; the JSON API and the command line keep
the library's English."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from stationwatch.errors import InputError, RefusedAddress, said
from stationwatch.store.core import init_store, open_store
from stationwatch.store.settings import StoreSettings
from stationwatch.views.intake import StoreIntake
from stationwatch.web import i18n
from stationwatch.web.errors_l10n import message_of
from tests.web.conftest import AppFactory, Evidence, TestClient, client_for, csrf_of, text_of

ZH = {"Accept-Language": "zh-CN"}
HANT = {"Accept-Language": "zh-TW"}
Client = Callable[[str], TestClient]
PASSPHRASE = "a brand new passphrase"  # noqa: S105  # a test password


def _post(client: TestClient, path: str, headers: dict[str, str], **form: str) -> object:
    return client.post(path, data={"csrf_token": csrf_of(client), **form}, headers=headers,
                       follow_redirects=False)


def test_a_search_the_page_cannot_read_is_explained_in_chinese(client: Client) -> None:
    viewer = client("viewer")
    page = viewer.get("/search", params={"q": "station", "since": "yesterday"}, headers=ZH)
    assert page.status_code == 400
    assert "since='yesterday'：应为 2022、2022-09 或 2022-09-12 这样的日期" in text_of(page.text)
    empty = viewer.get("/search", params={"q": "-Milan"}, headers=HANT)
    assert "只有要排除的詞" in text_of(empty.text)  # traditional, from the Taiwan browser
    assert "add one to look for" not in text_of(empty.text)
    # The API answers in English whatever the browser reads.
    api = viewer.get("/api/v1/search", params={"q": "station", "since": "yesterday"},
                     headers=ZH)
    assert api.json()["detail"] == ("since='yesterday': expected a date like 2022, 2022-09 "
                                    "or 2022-09-12")


@pytest.fixture
def analyst(make_app: AppFactory, store: StoreSettings) -> Iterator[TestClient]:
    opened = open_store(store)
    yield client_for(make_app(intake=StoreIntake(opened)), "analyst")
    opened.engine.dispose()


def test_the_ssrf_guard_and_intake_refuse_in_chinese(analyst: TestClient) -> None:
    loopback = _post(analyst, "/add/url", ZH, url="http://127.0.0.1:9/x")
    assert loopback.status_code == 400  # type: ignore[attr-defined]
    assert "http://127.0.0.1:9/x：已拒绝：127.0.0.1 是回环地址" in text_of(
        loopback.text)  # type: ignore[attr-defined]
    scheme = _post(analyst, "/add/url", HANT, url="http://user@example.org/")
    assert "網址中不允許包含用戶信息" in text_of(scheme.text)  # type: ignore[attr-defined]
    not_web = _post(analyst, "/add/url", ZH, url="ftp://example.org/file")
    assert "ftp://example.org/file：应为 http:// 或 https:// 网址" in text_of(
        not_web.text)  # type: ignore[attr-defined]
    upload = analyst.post("/add/file", data={"csrf_token": csrf_of(analyst)}, headers=ZH,
                          files={"document": ("notes.exe", b"MZ", "application/octet-stream")})
    assert upload.status_code == 400
    assert "notes.exe：不支持的文件类型" in text_of(upload.text)


def test_a_correction_the_record_refuses_is_explained_in_chinese(
        client: Client, evidence: Evidence) -> None:
    _, facts = evidence
    analyst = client("analyst")
    toronto = facts["toronto"].id
    answer = _post(analyst, f"/review/{toronto}", ZH, verdict="correct", expected="0",
                   f_country="CA", f_place="Nowhereville", f_polarity="asserted")
    shown = text_of(answer.text)  # type: ignore[attr-defined]
    assert "place='Nowhereville'：不是地名词典中 CA 的地点" in shown, shown[:2000]


def test_user_administration_refuses_in_chinese(make_app: AppFactory) -> None:
    admin = client_for(make_app(), "admin")
    answer = _post(admin, "/admin/users", ZH, name="ana", role="viewer", password=PASSPHRASE,
                   password_again=PASSPHRASE)
    assert answer.status_code == 400  # type: ignore[attr-defined]
    assert "用户 'ana' 已存在" in text_of(answer.text)  # type: ignore[attr-defined]


def test_a_plain_or_mistranslated_message_stays_as_the_library_wrote_it() -> None:
    nested = RefusedAddress(said("%(url)s: refused: %(reason)s", url="http://x/",
                                 reason=said("a loopback address")))
    assert str(nested) == "http://x/: refused: a loopback address"
    with i18n.using("zh_Hans"):
        assert message_of(nested) == "http://x/：已拒绝：回环地址"
        assert message_of(InputError("made without said")) == "made without said"
        # A template missing from the catalogue reads in English, filled.
        assert message_of(InputError(said("%(n)s new things", n=3))) == "3 new things"
    assert message_of(nested) == "http://x/: refused: a loopback address"


def _raised(call: Callable[[], object]) -> Exception:
    with pytest.raises(InputError) as caught:
        call()
    return caught.value


def test_dates_assignments_and_fact_ids_refused_by_the_library_read_in_chinese(
    store: StoreSettings,
) -> None:
    from stationwatch.kb.dates import PartialDate
    from stationwatch.kb.judgement import parse_assignment
    from stationwatch.store import kb_repo

    opened = init_store(store)
    with opened.engine.connect() as conn:
        unknown_fact = _raised(lambda: kb_repo.find_fact(conn, "abcdef"))
    opened.engine.dispose()
    bad_date = _raised(lambda: PartialDate.parse("2023-02-30"))
    bad_value = _raised(lambda: parse_assignment("value=many"))
    assert str(bad_value) == "--set 'value=many': value must be a whole number"  # the CLI's
    with i18n.using("zh_Hans"):
        assert message_of(bad_date).startswith("日期 '2023-02-30'：")
        assert message_of(bad_value) == "--set 'value=many'：值必须是整数"
        assert message_of(unknown_fact) == "事实编号 'abcdef'：没有此事实"
    with i18n.using("zh_Hant"):
        assert message_of(unknown_fact) == "事實編號 'abcdef'：沒有此事實"
