use leptos::prelude::*;
use vitrine_core::i18n::Lang;
use vitrine_core::t;

use crate::i18n;

/// Chooses the storefront's language: a labelled `<select>` listing each
/// language in its own name (with its `lang`, so a screen reader says it
/// right). Choosing one remembers it and reloads the page in it.
///
/// ```ignore
/// view! { <LanguageSwitcher id="vt-lang-header"/> }
/// ```
#[component]
pub fn LanguageSwitcher(
    /// The `<select>`'s id (the header and the footer each have one).
    id: &'static str,
    /// Extra classes for the wrapper.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let current = i18n::lang();
    view! {
        <div class=format!("vt-lang {class}")>
            <label class="vt-lang__label" for=id>{t!("common-language")}</label>
            <select class="vt-lang__select" id=id on:change=i18n::on_choose>
                {i18n::languages()
                    .map(|l: Lang| {
                        view! {
                            <option value=l.tag() lang=l.tag() selected=l == current>
                                {l.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
