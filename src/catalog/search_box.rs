use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use vitrine_core::listing::{encode, Suggestions};

use crate::api;
use crate::store::ShopStore;
use crate::ui::{Icon, IconKind};

const DEBOUNCE_MS: u64 = 150;

/// One entry of the suggestion list.
#[derive(Clone, PartialEq)]
enum Choice {
    Product { href: String, title: String, detail: String },
    Category { href: String, name: String, count: u64 },
    All { href: String, q: String, total: u64 },
}

impl Choice {
    fn href(&self) -> &str {
        match self {
            Choice::Product { href, .. } | Choice::Category { href, .. } | Choice::All { href, .. } => href,
        }
    }
}

/// The header search: a combobox with suggestions as you type (debounced;
/// a newer keystroke aborts the older request). Arrow keys move through the
/// suggestions, Enter opens one or searches, Escape closes the list.
#[component]
pub fn SearchBox() -> impl IntoView {
    let shop = ShopStore::expect();
    let navigate = use_navigate();
    let params = use_query_map();
    let text = RwSignal::new(params.with_untracked(|p| p.get("q").unwrap_or_default()));
    // Follow the URL (Back/Forward, links) while the shopper isn't typing.
    Effect::new(move |_| {
        let q = params.with(|p| p.get("q").unwrap_or_default());
        text.set(q);
    });
    let suggestions = RwSignal::new(None::<Suggestions>);
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let controller = StoredValue::new_local(None::<web_sys::AbortController>);
    let timer = StoredValue::new_local(None::<TimeoutHandle>);

    let choices = Memo::new(move |_| {
        suggestions.with(|s| {
            let Some(s) = s else { return Vec::new() };
            let mut out: Vec<Choice> = s
                .products
                .iter()
                .map(|p| Choice::Product {
                    href: format!("/products/{}", p.handle),
                    title: p.title.clone(),
                    detail: format!("{} · {}", p.category.name, shop.format(p.price)),
                })
                .collect();
            out.extend(s.categories.iter().map(|c| Choice::Category {
                href: format!("/?q={}&category={}", encode(&s.q), c.category.handle),
                name: c.category.name.clone(),
                count: c.count,
            }));
            out.push(Choice::All { href: format!("/?q={}", encode(&s.q)), q: s.q.clone(), total: s.total });
            out
        })
    });

    let fetch = move |q: String| {
        if let Some(c) = controller.get_value() {
            c.abort();
        }
        let trimmed = q.trim().to_string();
        if trimmed.is_empty() {
            suggestions.set(None);
            open.set(false);
            return;
        }
        let ctl = web_sys::AbortController::new().ok();
        let signal = ctl.as_ref().map(|c| c.signal());
        controller.set_value(ctl);
        leptos::task::spawn_local(async move {
            let result = api::suggestions(&trimmed, signal.as_ref()).await;
            if signal.as_ref().is_some_and(|s| s.aborted()) {
                return;
            }
            if let Ok(s) = result {
                suggestions.set(Some(s));
                active.set(None);
                open.set(true);
            }
        });
    };
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        text.set(value.clone());
        if let Some(h) = timer.get_value() {
            h.clear();
        }
        let handle = set_timeout_with_handle(move || fetch(value), std::time::Duration::from_millis(DEBOUNCE_MS)).ok();
        timer.set_value(handle);
    };
    let go = {
        let navigate = navigate.clone();
        move |href: String| {
            open.set(false);
            active.set(None);
            navigate(&href, NavigateOptions::default());
        }
    };
    let submit = {
        let go = go.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let chosen = active.get_untracked().and_then(|i| choices.with_untracked(|c| c.get(i).cloned()));
            match chosen {
                Some(c) => go(c.href().to_string()),
                None => {
                    let q = text.get_untracked().trim().to_string();
                    go(if q.is_empty() { "/".to_string() } else { format!("/?q={}", encode(&q)) });
                }
            }
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let n = choices.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if n > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % n)));
            }
            "ArrowUp" if n > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = Some(a.map_or(n - 1, |i| (i + n - 1) % n)));
            }
            "Escape" if open.get_untracked() => {
                ev.prevent_default();
                open.set(false);
                active.set(None);
            }
            _ => {}
        }
    };
    let expanded = move || open.get() && choices.with(|c| !c.is_empty());
    let option_id = |i: usize| format!("vt-search-option-{i}");
    view! {
        <form class="vt-search" role="search" on:submit=submit>
            <label for="vt-search-input" class="vt-visually-hidden">"Search products"</label>
            <span class="vt-search__icon" aria-hidden="true"><Icon kind=IconKind::Search size=18/></span>
            <input
                id="vt-search-input"
                class="vt-search__input"
                type="search"
                placeholder="Search products"
                autocomplete="off"
                spellcheck="false"
                maxlength="200"
                role="combobox"
                aria-autocomplete="list"
                aria-controls="vt-search-listbox"
                aria-expanded=move || expanded().to_string()
                aria-activedescendant=move || active.get().map(option_id)
                prop:value=move || text.get()
                on:input=on_input
                on:keydown=on_keydown
                on:focus=move |_| if suggestions.with_untracked(Option::is_some) && !text.get_untracked().trim().is_empty() { open.set(true) }
                on:blur=move |_| open.set(false)
            />
            <ul id="vt-search-listbox" class="vt-search__list" role="listbox" aria-label="Search suggestions" hidden=move || !expanded()>
                <For each=move || choices.get().into_iter().enumerate() key=|(i, c)| (*i, c.href().to_string()) let:((i, choice))>
                    {
                        let href = choice.href().to_string();
                        let go = go.clone();
                        view! {
                            <li
                                id=option_id(i)
                                role="option"
                                class="vt-search__option"
                                aria-selected=move || (active.get() == Some(i)).to_string()
                                on:mousedown=move |ev| ev.prevent_default()
                                on:click=move |_| go(href.clone())
                            >
                                {match choice {
                                    Choice::Product { title, detail, .. } => view! {
                                        <span class="vt-search__title">{title}</span>
                                        <span class="vt-search__detail">{detail}</span>
                                    }.into_any(),
                                    Choice::Category { name, count, .. } => view! {
                                        <span class="vt-search__title">{format!("In {name}")}</span>
                                        <span class="vt-search__detail">{format!("{count} results")}</span>
                                    }.into_any(),
                                    Choice::All { q, total, .. } => view! {
                                        <span class="vt-search__title vt-search__all">{format!("See all results for “{q}”")}</span>
                                        <span class="vt-search__detail">{format!("{total} products")}</span>
                                    }.into_any(),
                                }}
                            </li>
                        }
                    }
                </For>
            </ul>
            <p class="vt-visually-hidden" aria-live="polite">
                {move || if expanded() {
                    suggestions.with(|s| s.as_ref().map(|s| format!("{} suggestions. Use the arrow keys to choose.", s.products.len())).unwrap_or_default())
                } else { String::new() }}
            </p>
        </form>
    }
}
