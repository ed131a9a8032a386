use leptos::prelude::*;
use vitrine_core::t;
use send_wrapper::SendWrapper;
use wasm_bindgen::{JsCast, JsValue};

use super::check::{check_photo, size_text, type_names};
use super::{PickedPhoto, ReturnDraft};

/// Photos for one line of a return: a file input accepting the shop's types,
/// each file checked (type, size) as it is picked, the picked ones listed
/// with a "Remove" button. They are sent once the return exists.
///
/// Needs [`ReturnDraft`] in context.
///
/// ```ignore
/// view! { <PhotoPicker line_id=12 title="Market Tote"/> }
/// ```
#[component]
pub fn PhotoPicker(
    /// The order line the photos show.
    line_id: i64,
    /// The item's name, for labels.
    #[prop(into)]
    title: String,
) -> impl IntoView {
    let draft = ReturnDraft::expect();
    let (accept, hint) = draft.answer.with_value(|a| {
        (a.photo_types.join(","), t!("returns-photos-hint", types = type_names(&a.photo_types), size = size_text(a.photo_max_bytes)))
    });
    let key = format!("{line_id}.photos");
    let input_id = format!("vt-return-{line_id}-photos");
    let error_id = format!("{input_id}-error");
    let hint_id = format!("{input_id}-hint");
    let error = Signal::derive(move || draft.error(&key));
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let mut refused = Vec::new();
        let mut picked = Vec::new();
        for file in files_of(&input) {
            let blob: web_sys::Blob = file.clone().unchecked_into();
            let name = js_sys::Reflect::get(&file, &JsValue::from_str("name")).ok().and_then(|n| n.as_string()).unwrap_or_else(|| t!("returns-photos-default-name"));
            let bytes = blob.size() as u64;
            match draft.answer.with_value(|a| check_photo(&name, &blob.type_(), bytes, a)) {
                Ok(()) => picked.push(PickedPhoto { name, bytes, file: SendWrapper::new(blob) }),
                Err(why) => refused.push(why),
            }
        }
        input.set_value("");
        draft.photos.update(|p| p.entry(line_id).or_default().extend(picked));
        draft.errors.update(|e| {
            e.remove(&format!("{line_id}.photos"));
            if !refused.is_empty() {
                e.insert(format!("{line_id}.photos"), vec![refused.join(" ")]);
            }
        });
    };
    let picked = move || draft.photos.with(|p| p.get(&line_id).cloned().unwrap_or_default());
    view! {
        <div class="vt-field vt-returns__photos">
            <label for=input_id.clone() class="vt-field__label">{t!("returns-photos-label", item = &title)}</label>
            <input id=input_id type="file" class="vt-returns__file" accept=accept multiple
                aria-describedby=format!("{error_id} {hint_id}") aria-invalid=move || error.get().map(|_| "true") on:change=on_change/>
            <p id=error_id class="vt-field__error">{error}</p>
            <p id=hint_id class="vt-field__hint">{hint}</p>
            <Show when=move || !picked().is_empty()>
                <ul class="vt-returns__picked">
                    {move || picked().into_iter().enumerate().map(|(i, p)| view! {
                        <li class="vt-returns__picked-item">
                            <span class="vt-returns__picked-name">{p.name.clone()}</span>
                            <span class="vt-returns__picked-size">{size_text(p.bytes)}</span>
                            <button type="button" class="vt-link-button" aria-label=t!("returns-photos-remove-label", name = &p.name)
                                on:click=move |_| draft.photos.update(|ps| { if let Some(v) = ps.get_mut(&line_id) { if i < v.len() { v.remove(i); } } })>
                                {t!("returns-photos-remove")}
                            </button>
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
        </div>
    }
}

/// The files picked in a file input (`input.files`, read without the FileList binding).
fn files_of(input: &web_sys::HtmlInputElement) -> Vec<JsValue> {
    js_sys::Reflect::get(input, &JsValue::from_str("files"))
        .ok()
        .filter(|f| !f.is_null() && !f.is_undefined())
        .map(|f| js_sys::Array::from(&f).to_vec())
        .unwrap_or_default()
}
