//! The page frame around every route: header, footer, not-found page.

mod footer;
mod header;
mod language_switcher;
mod not_found;

pub use footer::Footer;
pub use header::Header;
pub use language_switcher::LanguageSwitcher;
pub use not_found::{NotFound, PageUnavailable};
