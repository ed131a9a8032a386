//! Crash points for tests: `hit("checkout.charged", scope)` panics once when
//! a test armed that point for that scope (a cart id, an event id), as if
//! the process died there: nothing after it runs, and the panic handler
//! answers 500. Compiled to nothing in release builds.

#[cfg(debug_assertions)]
mod armed {
    use std::sync::Mutex;

    static ARMED: Mutex<Vec<(String, String)>> = Mutex::new(Vec::new());

    /// Makes the next `hit(point, scope)` panic.
    pub fn arm(point: &str, scope: &str) {
        ARMED.lock().unwrap_or_else(|e| e.into_inner()).push((point.into(), scope.into()));
    }

    pub fn hit(point: &str, scope: &str) {
        let mut armed = ARMED.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(i) = armed.iter().position(|(p, s)| p == point && s == scope) {
            armed.remove(i);
            drop(armed);
            panic!("failpoint {point} hit for {scope}");
        }
    }
}

#[cfg(debug_assertions)]
pub use armed::{arm, hit};

#[cfg(not(debug_assertions))]
#[inline(always)]
pub fn hit(_point: &str, _scope: &str) {}
