"""Checkpoint commands: sign the custody log's state, timestamp it, and set where tokens come from."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from stationwatch.cli import app
from stationwatch.cli.store_cmds import DbOption, StoreOption
from stationwatch.errors import InputError
from stationwatch.store.settings import resolve_settings

_out = Console(highlight=False, soft_wrap=True)
_err = Console(stderr=True, highlight=False, soft_wrap=True)


@app.command(epilog="Examples: stationwatch checkpoint -o checkpoints/2026-12-02.txt ; "
                    "stationwatch checkpoint --tsa https://tsa.example.org/tsr -o cp.txt "
                    "(the token is written to cp.txt.tsr)")
def checkpoint(
    out: Annotated[Path | None, typer.Option(
        "-o", "--output", help="Write the checkpoint here (default: print it).")] = None,
    tsa: Annotated[str | None, typer.Option(
        "--tsa", help="Timestamp it at this TSA URL (must be configured for the store).")] = None,
    since: Annotated[Path | None, typer.Option(
        "--since", help="An older checkpoint file: also write FILE.consistency, the proof that "
        "the new checkpoint extends it.")] = None,
    store: StoreOption = None,
    db: DbOption = None,
) -> None:
    """Sign the custody log's current state (entries, Merkle root, head hash, time).

    The checkpoint is also kept in the store. Publish the text somewhere the store's
    writers cannot change it; 'stationwatch verify --checkpoint FILE' later proves the
    log still extends it.
    """
    from stationwatch.store.checkpoint_proofs import (
        consistency_proof,
        proof_path,
        read_checkpoint_file,
    )
    from stationwatch.store.checkpoint_settings import read_settings
    from stationwatch.store.checkpoint_verify import token_path
    from stationwatch.store.checkpoints import make_checkpoint
    from stationwatch.store.core import open_store
    from stationwatch.store.timestamps import tsa_timestamper

    if (tsa or since) and out is None:
        raise InputError("--tsa and --since need -o FILE (token and proof are written beside it)")
    older = read_checkpoint_file(since) if since else None
    opened = open_store(resolve_settings(store, db))
    stamper = None
    if tsa:
        with opened.reading() as connection:
            settings = read_settings(connection)
        stamper = tsa_timestamper(tsa, settings.tsa_certificate, settings.tsa_urls,
                                  settings.tsa_addresses)
    made = make_checkpoint(opened, timestamper=stamper)
    text = made.checkpoint.text
    if out is None:
        _out.out(text, end="")
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(text.encode("ascii"))
    for stale in (token_path(out), proof_path(out)):  # they belonged to the file replaced
        stale.unlink(missing_ok=True)
    if made.tsa_token is not None:
        token_path(out).write_bytes(made.tsa_token)
        _out.print(f"timestamp token in {token_path(out)}")
    if older is not None:
        proof_path(out).write_bytes(consistency_proof(opened, older, made.checkpoint))
        _out.print(f"consistency proof from {since} ({older.size} entries) in {proof_path(out)}")
    _out.print(f"checkpoint of {made.checkpoint.size} custody entries written to {out}")


@app.command("checkpoint-check",
             epilog="Example: stationwatch checkpoint-check 2026-11-01.txt 2026-12-01.txt "
                    "(reads 2026-12-01.txt.consistency)")
def checkpoint_check(
    older: Annotated[Path, typer.Argument(help="The checkpoint you kept.")],
    newer: Annotated[Path, typer.Argument(help="A newer checkpoint of the same store.")],
    proof: Annotated[Path | None, typer.Option(
        "--proof", help="The consistency proof (default: NEWER.consistency).")] = None,
    key: Annotated[str | None, typer.Option(
        "--key", help="Trusted signing key (public key hex or fingerprint).")] = None,
) -> None:
    """Prove, offline and without the store, that a newer checkpoint extends an older one."""
    from stationwatch.store.checkpoint_proofs import (
        MAX_PROOF_BYTES,
        check_consistency,
        proof_path,
        read_checkpoint_file,
    )
    from stationwatch.store.checkpoint_verify import read_file

    old, new = read_checkpoint_file(older), read_checkpoint_file(newer)
    proof_data = read_file(proof or proof_path(newer), MAX_PROOF_BYTES)
    problems = check_consistency(old, new, proof_data, trusted_key=key)
    if problems:
        for problem in problems:
            _err.print(f"MISMATCH: {problem}")
        raise typer.Exit(1)
    _out.print(f"OK: {newer} ({new.size} entries) extends {older} ({old.size} entries), "
               f"store {new.store_id}, key {new.key_fingerprint}")


@app.command("checkpoint-settings",
             epilog="Example: stationwatch checkpoint-settings --tsa-url https://tsa.example.org/tsr "
                    "--tsa-cert tsa-chain.pem --auto")
def checkpoint_settings(
    tsa_url: Annotated[list[str] | None, typer.Option(
        "--tsa-url", help="A TSA this store may ask (repeat for several; replaces the list).")] = None,
    tsa_cert: Annotated[Path | None, typer.Option(
        "--tsa-cert", help="PEM: the TSA's certificate first, then its issuers.")] = None,
    tsa_allow_address: Annotated[list[str] | None, typer.Option(
        "--tsa-allow-address",
        help="A private/loopback address an in-house TSA may have (SSRF allow-list).")] = None,
    auto: Annotated[bool | None, typer.Option(
        "--auto/--no-auto", help="Make a checkpoint after every add, ingest and review.")] = None,
    store: StoreOption = None,
    db: DbOption = None,
) -> None:
    """Show or change where timestamps come from and whether checkpoints are automatic."""
    import ipaddress
    from dataclasses import replace

    from stationwatch.capture.ssrf import parse_url
    from stationwatch.store.checkpoint_settings import read_settings, write_settings
    from stationwatch.store.checkpoint_verify import read_file
    from stationwatch.store.core import open_store
    from stationwatch.store.timestamps import load_certificates

    opened = open_store(resolve_settings(store, db))
    with opened.reading() as connection:
        settings = read_settings(connection)
    if tsa_url is not None:
        for url in tsa_url:
            parse_url(url)
        settings = replace(settings, tsa_urls=tuple(tsa_url))
    if tsa_cert is not None:
        pem = read_file(tsa_cert, 1 << 20)
        load_certificates(pem, str(tsa_cert))
        settings = replace(settings, tsa_certificate=pem)
    if tsa_allow_address is not None:
        for address in tsa_allow_address:
            try:
                ipaddress.ip_address(address)
            except ValueError:
                raise InputError(f"--tsa-allow-address {address!r}: not an IP address") from None
        settings = replace(settings, tsa_addresses=frozenset(tsa_allow_address))
    if auto is not None:
        settings = replace(settings, auto=auto)
    if (tsa_url, tsa_cert, tsa_allow_address, auto) != (None, None, None, None):
        write_settings(opened, settings)
    _out.print(f"TSA URLs: {', '.join(settings.tsa_urls) or '-'}")
    _out.print(f"TSA certificate: {'configured' if settings.tsa_certificate else '-'}")
    _out.print(f"TSA allowed addresses: {', '.join(sorted(settings.tsa_addresses)) or '-'}")
    _out.print(f"automatic checkpoints: {'on' if settings.auto else 'off'}")
