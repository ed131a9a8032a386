//! Shared primitives every capability uses.

mod error_notice;
mod icons;
mod later;
mod price;
mod skeleton;
mod skip_link;
mod mini_line;
mod stepper;
mod styles;

pub use error_notice::ErrorNotice;
pub use icons::{Icon, IconKind};
pub use later::{stages, Later};
pub use price::Price;
pub use mini_line::MiniLine;
pub use stepper::{Step, Stepper};
pub use skeleton::{ProductGridSkeleton, ProductPageSkeleton};
pub use skip_link::SkipLink;
pub use styles::{mount_in_shadow_root, set_theme, shadow_container};

/// Keeps a native `<dialog>` open as a modal (top layer, inert page, Escape)
/// exactly while `open()` is true. The dialog's own `close` event (Escape)
/// should set the state back: `on:close=move |_| open.set(false)`.
pub fn modal_while(dialog: leptos::prelude::NodeRef<leptos::html::Dialog>, open: impl Fn() -> bool + 'static) {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    Effect::new(move |_| {
        let Some(d) = dialog.get() else { return };
        let d: web_sys::HtmlDialogElement = d.unchecked_into();
        let open = open();
        if open && !d.open() {
            let _ = d.show_modal();
        } else if !open && d.open() {
            d.close();
        }
    });
}
