use leptos::prelude::*;
use vitrine_core::catalog::Image;
use vitrine_core::t;

use crate::ui::{Icon, IconKind};

/// Product images: a main image with previous/next buttons and a row of
/// thumbnails. Every control is a button with a label; arrow keys on the
/// thumbnails move between images.
///
/// Needs no context.
///
/// ```ignore
/// let active = RwSignal::new(0);
/// view! { <Gallery images=product.images.clone() active/> }
/// ```
#[component]
pub fn Gallery(
    /// The images, in order.
    images: Vec<Image>,
    /// Index of the image shown; the page moves it when a variant is chosen.
    active: RwSignal<usize>,
) -> impl IntoView {
    let count = images.len();
    let images = StoredValue::new(images);
    let current = move || images.with_value(|imgs| imgs.get(active.get()).or(imgs.first()).cloned());
    let step = move |delta: isize| {
        if count > 0 {
            active.update(|i| *i = ((*i as isize + delta).rem_euclid(count as isize)) as usize);
        }
    };
    view! {
        <div class="vt-gallery">
            <div class="vt-gallery__main">
                {move || current().map(|img| view! {
                    <img src=img.url alt=img.alt width=img.width height=img.height fetchpriority="high"/>
                })}
                {(count > 1).then(|| view! {
                    <button type="button" class="vt-gallery__step vt-gallery__step--prev"
                        aria-label=t!("catalog-gallery-previous") on:click=move |_| step(-1)>
                        <Icon kind=IconKind::ChevronLeft/>
                    </button>
                    <button type="button" class="vt-gallery__step vt-gallery__step--next"
                        aria-label=t!("catalog-gallery-next") on:click=move |_| step(1)>
                        <Icon kind=IconKind::ChevronRight/>
                    </button>
                    <p class="vt-gallery__counter" aria-live="polite">
                        {move || t!("catalog-gallery-counter", current = active.get() + 1, total = count)}
                    </p>
                })}
            </div>
            {(count > 1).then(|| view! {
                <ul class="vt-gallery__thumbs" aria-label=t!("catalog-gallery-thumbs")>
                    {images.get_value().into_iter().enumerate().map(|(i, img)| view! {
                        <li>
                            <button
                                type="button"
                                class="vt-gallery__thumb"
                                aria-label=t!("catalog-gallery-show", number = i + 1, alt = &img.alt)
                                aria-pressed=move || (active.get() == i).to_string()
                                on:click=move |_| active.set(i)
                                on:keydown=move |ev| {
                                    // The arrow towards the next picture: left in a right-to-left page, where the row runs leftwards.
                                    let ahead = if crate::i18n::lang().is_rtl() { -1 } else { 1 };
                                    match ev.key().as_str() {
                                        "ArrowRight" => { ev.prevent_default(); step(ahead); focus_thumb(active.get_untracked()); }
                                        "ArrowLeft" => { ev.prevent_default(); step(-ahead); focus_thumb(active.get_untracked()); }
                                        _ => {}
                                    }
                                }
                            >
                                <img src=img.url alt="" width="72" height="72" loading="lazy"/>
                            </button>
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </div>
    }
}

fn focus_thumb(index: usize) {
    use wasm_bindgen::JsCast;
    let thumb = document()
        .query_selector(&format!(".vt-gallery__thumbs li:nth-child({}) button", index + 1))
        .ok()
        .flatten()
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(t) = thumb {
        let _ = t.focus();
    }
}
