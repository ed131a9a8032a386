//! Sliding-window attempt counters (in memory, per process), for answers
//! that must not be guessed at speed: the guest order lookup today.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The window the counters look back over.
pub const WINDOW: Duration = Duration::from_secs(15 * 60);

/// Sliding-window attempt counters.
#[derive(Default)]
pub struct RateLimits {
    hits: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl RateLimits {
    /// Counts an attempt for `key`; `Err(seconds to wait)` past `limit`.
    pub fn hit(&self, key: &str, limit: usize) -> Result<(), u64> {
        let now = Instant::now();
        let mut hits = self.hits.lock().unwrap_or_else(|e| e.into_inner());
        if hits.len() > 50_000 {
            hits.retain(|_, q| q.back().is_some_and(|t| now.duration_since(*t) < WINDOW));
        }
        let q = hits.entry(key.to_string()).or_default();
        while q.front().is_some_and(|t| now.duration_since(*t) >= WINDOW) {
            q.pop_front();
        }
        if q.len() >= limit {
            let oldest = q.front().copied().unwrap_or(now);
            return Err((WINDOW.saturating_sub(now.duration_since(oldest))).as_secs().max(1));
        }
        q.push_back(now);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_count_within_the_window() {
        let l = RateLimits::default();
        for _ in 0..3 {
            assert!(l.hit("k", 3).is_ok());
        }
        let wait = l.hit("k", 3).unwrap_err();
        assert!(wait > 0 && wait <= WINDOW.as_secs());
        assert!(l.hit("other", 3).is_ok());
    }
}
