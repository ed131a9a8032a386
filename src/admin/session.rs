use leptos::prelude::*;

use crate::api::ApiError;

/// Where the key is kept: this tab's session storage, so closing the tab signs out.
const STORAGE_KEY: &str = "vt-admin-key";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

/// The operator's admin key for this tab, and what the console last said
/// about an action (read out by the console's live region).
///
/// Provided by [`AdminApp`](super::AdminApp); read with [`AdminSession::expect`].
#[derive(Clone, Copy)]
pub struct AdminSession {
    key: RwSignal<Option<String>>,
    /// The latest action's outcome in words ("Order VT-… verified.").
    pub notice: RwSignal<String>,
}

impl AdminSession {
    /// Creates the session from this tab's storage and provides it as context.
    pub fn provide() -> AdminSession {
        let saved = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()).filter(|k| !k.is_empty());
        let session = AdminSession { key: RwSignal::new(saved), notice: RwSignal::new(String::new()) };
        provide_context(session);
        session
    }

    /// The session provided by [`AdminApp`](super::AdminApp).
    pub fn expect() -> AdminSession {
        expect_context::<AdminSession>()
    }

    /// The key, when signed in (reactive).
    pub fn key(&self) -> Option<String> {
        self.key.get()
    }

    /// The key without tracking: for event handlers.
    pub fn key_now(&self) -> String {
        self.key.get_untracked().unwrap_or_default()
    }

    pub fn sign_in(&self, key: String) {
        if let Some(s) = storage() {
            let _ = s.set_item(STORAGE_KEY, &key);
        }
        self.key.set(Some(key));
    }

    pub fn sign_out(&self) {
        if let Some(s) = storage() {
            let _ = s.remove_item(STORAGE_KEY);
        }
        self.key.set(None);
    }

    /// Says `text` in the live region.
    pub fn say(&self, text: impl Into<String>) {
        self.notice.set(text.into());
    }

    /// A 401 means the key stopped working (revoked while signed in): back to the sign-in form.
    pub fn check(&self, error: &ApiError) {
        if error.status() == Some(401) {
            self.sign_out();
        }
    }
}
