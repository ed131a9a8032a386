use leptos::prelude::*;

/// The icons the kit draws (inline SVG, `currentColor`, hidden from screen readers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IconKind {
    Bag,
    ChevronLeft,
    ChevronRight,
    Search,
    Close,
    Check,
    Alert,
}

impl IconKind {
    pub(crate) fn path(self) -> &'static str {
        match self {
            IconKind::Bag => "M6 7h12l-1 13H7L6 7zm3 0a3 3 0 0 1 6 0", // i18n: not shown
            IconKind::ChevronLeft => "M15 5l-7 7 7 7", // i18n: not shown
            IconKind::ChevronRight => "M9 5l7 7-7 7", // i18n: not shown
            IconKind::Search => "M11 18a7 7 0 1 1 0-14 7 7 0 0 1 0 14zm5-2l5 5", // i18n: not shown
            IconKind::Close => "M6 6l12 12M18 6L6 18", // i18n: not shown
            IconKind::Check => "M5 12l5 5 9-10", // i18n: not shown
            IconKind::Alert => "M12 8v5m0 3h.01M10.3 3.9L2.4 18a2 2 0 0 0 1.7 3h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z", // i18n: not shown
        }
    }
}

/// An inline icon, decorative: give the control around it a label.
///
/// Needs no context.
///
/// ```ignore
/// view! { <button aria-label="Close"><Icon kind=IconKind::Close size=18/></button> }
/// ```
#[component]
pub fn Icon(
    /// Which icon.
    kind: IconKind,
    /// Edge length in CSS pixels.
    #[prop(default = 20)]
    size: u32,
) -> impl IntoView {
    view! {
        <svg
            class="vt-icon"
            width=size
            height=size
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            stroke-width="1.8"
            stroke-linecap="round"
            stroke-linejoin="round"
            aria-hidden="true"
            focusable="false"
        >
            <path d=kind.path()></path>
        </svg>
    }
}
