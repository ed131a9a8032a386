use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use vitrine_core::listing::{encode, Suggestions};
use vitrine_core::t;

use super::{use_suggestions, UseSuggestionsReturn};
use crate::store::ShopStore;
use crate::ui::{Icon, IconKind};

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

/// The entries of the list: products, then categories, then "See all".
fn choices_of(s: &Suggestions, shop: ShopStore) -> Vec<Choice> {
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
}

/// The header search: a combobox with suggestions as you type (debounced;
/// a newer keystroke aborts the older request). Arrow keys move through the
/// suggestions, Enter opens one or searches, Escape closes the list.
///
/// Needs a router (it reads `?q=` and navigates) and [`ShopStore`](crate::store::ShopStore); panics without them.
///
/// ```ignore
/// ShopStore::provide();
/// view! { <Router><SearchBox/></Router> }
/// ```
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
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    // What the shopper typed, as opposed to `text`, which also follows the URL.
    let typed = RwSignal::new(String::new());
    let on_update = Callback::new(move |found: bool| {
        if found {
            active.set(None);
        }
        open.set(found);
    });
    let UseSuggestionsReturn { suggestions } = use_suggestions(typed.into(), on_update);

    let choices = Memo::new(move |_| suggestions.with(|s| s.as_ref().map(|s| choices_of(s, shop)).unwrap_or_default()));

    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        text.set(value.clone());
        typed.set(value);
    };
    let go = Callback::new(move |href: String| {
        open.set(false);
        active.set(None);
        navigate(&href, NavigateOptions::default());
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = active.get_untracked().and_then(|i| choices.with_untracked(|c| c.get(i).cloned()));
        match chosen {
            Some(c) => go.run(c.href().to_string()),
            None => {
                let q = text.get_untracked().trim().to_string();
                go.run(if q.is_empty() { "/".to_string() } else { format!("/?q={}", encode(&q)) });
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
    view! {
        <form class="vt-search" role="search" on:submit=submit>
            <label for="vt-search-input" class="vt-visually-hidden">{t!("catalog-search-label")}</label>
            <span class="vt-search__icon" aria-hidden="true"><Icon kind=IconKind::Search size=18/></span>
            <input
                id="vt-search-input"
                class="vt-search__input"
                type="search"
                placeholder=t!("catalog-search-label")
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
            <ul id="vt-search-listbox" class="vt-search__list" role="listbox" aria-label=t!("catalog-search-suggestions") hidden=move || !expanded()>
                <For each=move || choices.get().into_iter().enumerate() key=|(i, c)| (*i, c.href().to_string()) let:((i, choice))>
                    <SuggestionOption index=i choice active on_choose=go/>
                </For>
            </ul>
            <p class="vt-visually-hidden" aria-live="polite">
                {move || if expanded() {
                    suggestions.with(|s| s.as_ref().map(|s| t!("catalog-search-announce", count = s.products.len())).unwrap_or_default())
                } else { String::new() }}
            </p>
        </form>
    }
}

/// One entry of the list. Its mousedown is cancelled, so the input keeps
/// focus (and the list stays open) until the click chooses it.
#[component]
fn SuggestionOption(index: usize, choice: Choice, active: RwSignal<Option<usize>>, on_choose: Callback<String>) -> impl IntoView {
    let href = choice.href().to_string();
    view! {
        <li
            id=option_id(index)
            role="option"
            class="vt-search__option"
            aria-selected=move || (active.get() == Some(index)).to_string()
            on:mousedown=move |ev| ev.prevent_default()
            on:click=move |_| on_choose.run(href.clone())
        >
            {match choice {
                Choice::Product { title, detail, .. } => view! {
                    <span class="vt-search__title">{title}</span>
                    <span class="vt-search__detail">{detail}</span>
                }.into_any(),
                Choice::Category { name, count, .. } => view! {
                    <span class="vt-search__title">{t!("catalog-search-in-category", category = &name)}</span>
                    <span class="vt-search__detail">{t!("catalog-search-results", count = count)}</span>
                }.into_any(),
                Choice::All { q, total, .. } => view! {
                    <span class="vt-search__title vt-search__all">{t!("catalog-search-see-all", query = &q)}</span>
                    <span class="vt-search__detail">{t!("catalog-count", count = total)}</span>
                }.into_any(),
            }}
        </li>
    }
}

fn option_id(i: usize) -> String {
    format!("vt-search-option-{i}")
}
