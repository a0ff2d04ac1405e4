"""RFC 9162 Merkle trees: known roots, and every proof for small trees verifies while altered ones fail."""

from __future__ import annotations

import pytest

from stationwatch.kb.merkle import MerkleTree, verify_consistency, verify_inclusion

# The leaves and roots of the Certificate Transparency reference test vectors.
CT_LEAVES = [bytes.fromhex(h) for h in (
    "", "00", "10", "2021", "3031", "40414243", "5051525354555657",
    "606162636465666768696a6b6c6d6e6f")]
CT_ROOTS = {
    1: "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    2: "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    3: "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    4: "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    5: "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    6: "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    7: "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    8: "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
}


def leaves(n: int) -> list[bytes]:
    return [i.to_bytes(4, "big") for i in range(n)]


def test_roots_match_the_reference_vectors() -> None:
    tree = MerkleTree(CT_LEAVES)
    assert tree.root(0).hex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert {n: tree.root(n).hex() for n in CT_ROOTS} == CT_ROOTS


def test_every_inclusion_proof_verifies_and_a_wrong_leaf_or_index_does_not() -> None:
    data = leaves(33)
    tree = MerkleTree(data)
    for size in range(1, 34):
        root = tree.root(size)
        for index in range(size):
            proof = tree.inclusion_proof(index, size)
            assert verify_inclusion(data[index], index, size, proof, root)
            assert not verify_inclusion(b"forged", index, size, proof, root)
            if size > 1:
                assert not verify_inclusion(data[index], (index + 1) % size, size, proof, root)
                assert not verify_inclusion(data[index], index, size, proof[:-1], root)


def test_every_consistency_proof_verifies_and_a_rewritten_prefix_does_not() -> None:
    data = leaves(33)
    tree = MerkleTree(data)
    for new in range(1, 34):
        for old in range(1, new + 1):
            proof = tree.consistency_proof(old, new)
            assert verify_consistency(old, new, tree.root(old), tree.root(new), proof)
            forged = MerkleTree([b"x", *data[1:new]])
            if old < new:
                assert not verify_consistency(old, new, tree.root(old), forged.root(new), proof)
                assert not verify_consistency(old, new, tree.root(old), forged.root(new),
                                              forged.consistency_proof(old, new))


def test_out_of_range_requests_are_refused() -> None:
    tree = MerkleTree(leaves(4))
    with pytest.raises(ValueError, match="not in a tree"):
        tree.inclusion_proof(4, 4)
    with pytest.raises(ValueError, match="no consistency proof"):
        tree.consistency_proof(3, 5)
    assert not verify_inclusion(b"", 0, 0, [], tree.root())
