use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A skip link ("Skip to content", "Skip to results"): shown when focused,
/// it moves focus to the element with id `target` (which needs
/// `tabindex="-1"`) and scrolls it into view. Handled here rather than left
/// to the browser's fragment navigation, which the router intercepts (focus
/// stayed on the link).
///
/// Needs no context.
///
/// ```ignore
/// view! { <SkipLink target="vt-main" label="Skip to content"/> }
/// ```
#[component]
pub fn SkipLink(
    target: &'static str,
    /// The link's text.
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let go = move |ev: leptos::ev::MouseEvent| {
        let Some(el) = document().get_element_by_id(target).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else { return };
        ev.prevent_default();
        el.scroll_into_view();
        let _ = el.focus();
    };
    view! { <a class="vt-skip-link" href=format!("#{target}") on:click=go>{label}</a> }
}
