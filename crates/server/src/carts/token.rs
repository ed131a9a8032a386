//! Secret tokens: random, shown once, stored only as a SHA-256 hash.

use axum::http::{header, HeaderMap};
use sha2::{Digest, Sha256};

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `n` random bytes from the OS, hex-encoded.
pub fn random_hex(n: usize) -> String {
    let mut buf = vec![0u8; n];
    getrandom::fill(&mut buf).expect("the OS random source");
    hex(&buf)
}

pub fn hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// Compares in time independent of where the inputs differ.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The token of `Authorization: Bearer <token>`.
pub fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim()).filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    #[test]
    fn tokens_hash_and_compare() {
        let t = super::random_hex(32);
        assert_eq!(t.len(), 64);
        assert_ne!(t, super::random_hex(32));
        assert!(super::same(&super::hash(&t), &super::hash(&t)));
        assert!(!super::same(&super::hash(&t), &super::hash("other")));
        let mut h = axum::http::HeaderMap::new();
        h.insert("authorization", format!("Bearer {t}").parse().unwrap());
        assert_eq!(super::bearer(&h), Some(t.as_str()));
        h.insert("authorization", "Basic abc".parse().unwrap());
        assert_eq!(super::bearer(&h), None);
    }
}
