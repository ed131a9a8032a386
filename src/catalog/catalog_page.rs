use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use vitrine_core::listing::{ProductList, ProductQuery};
use vitrine_core::t;

use super::{around, use_listing, ActiveFilters, FacetPanel, FilterDialog, Pagination, ProductCard, SortSelect};
use crate::store::ShopStore;
use crate::ui::{stages, ErrorNotice, ProductGridSkeleton};

/// Moves the listing to another query (a new history entry, so Back undoes it).
#[derive(Clone, Copy)]
pub struct ListingNav(Callback<(ProductQuery, bool)>);

impl ListingNav {
    /// Shows `q`; `scroll` jumps to the top (paging), filters keep the position.
    pub fn go(&self, q: ProductQuery, scroll: bool) {
        self.0.run((q, scroll));
    }
}

/// The product listing: search results, category pages and "shop all".
/// Its whole state is in the URL (`?q=wool&option.size=M&sort=price-asc&page=2`).
///
/// Needs a router, [`ShopStore`](crate::store::ShopStore), [`CartStore`](crate::store::CartStore) and `leptos_meta`'s meta context, as [`App`](crate::app::App) provides them. Provides the `ListingNav` its filters use.
///
/// ```ignore
/// view! { <Route path=path!("/") view=CatalogPage/> }
/// ```
#[component]
pub fn CatalogPage() -> impl IntoView {
    let shop = ShopStore::expect();
    let params = use_query_map();
    let parsed = Memo::new(move |_| {
        params.with(|m| ProductQuery::parse(m.into_iter().map(|(k, v)| (k.as_ref(), v))))
    });
    let query = Signal::derive(move || parsed.get().unwrap_or_default());
    let navigate = use_navigate();
    let nav = ListingNav(Callback::new(move |(q, scroll): (ProductQuery, bool)| {
        navigate(&format!("/{}", q.to_query_string()), NavigateOptions { scroll, ..Default::default() });
    }));
    provide_context(nav);
    let listing = use_listing(query);
    let list = listing.list;
    let heading = Memo::new(move |_| heading_for(&query.get(), list.get().as_ref()));
    let title = move || format!("{} · {}", heading.get(), shop.name().get());
    let filters_open = RwSignal::new(false);
    // The first results render a piece per task: their first screen, then
    // the filters beside them and the next cards, then the closed dialog's
    // filters and the last cards (a listing has 24; see `Results`).
    let stage = stages(move || list.with(Option::is_some), 2);
    let side_filters = Memo::new(move |_| stage.get() >= 1);
    let dialog = Memo::new(move |_| stage.get() >= 2);
    view! {
        <Title text=title/>
        // Not a <section>: a labelled section is a region landmark, and the filters' <aside> (a complementary
        // landmark) must not sit inside another landmark but <main> (axe: landmark-complementary-is-top-level).
        <div class="vt-catalog">
            <header class="vt-catalog__header">
                <h1 id="vt-catalog-title" class="vt-catalog__title">{move || heading.get()}</h1>
                {move || list.get().and_then(|l| l.corrected_query).map(|c| {
                    let (before, after) = around(t!("catalog-corrected", query = super::MARK));
                    view! { <p class="vt-catalog__lede">{before}<strong>{c}</strong>{after}</p> }
                })}
            </header>
            {move || parsed.get().err().map(|e| view! {
                <div class="vt-notice vt-notice--error" role="alert">
                    <p class="vt-notice__title">{t!("catalog-bad-link-title")}</p>
                    <p class="vt-notice__body">{e.errors.values().flatten().cloned().collect::<Vec<_>>().join("; ")}</p>
                    <a class="vt-button vt-button--secondary" href="/">{t!("catalog-show-all")}</a>
                </div>
            })}
            <div class="vt-catalog__layout">
                <aside class="vt-catalog__filters" aria-label=t!("catalog-filters")>
                    {move || side_filters.get().then(|| view! { <FacetPanel list query id_prefix="side"/> })}
                </aside>
                <div id="vt-results" class="vt-catalog__results" tabindex="-1">
                    <div class="vt-toolbar">
                        <p class="vt-catalog__count" role="status" aria-live="polite">
                            {move || list.get().map(|l| count_text(&l)).unwrap_or_default()}
                        </p>
                        <button type="button" class="vt-button vt-button--secondary vt-toolbar__filters"
                            aria-haspopup="dialog" on:click=move |_| filters_open.set(true)>
                            {t!("catalog-filters")}
                            {move || {
                                let n = active_count(&query.get());
                                (n > 0).then(|| view! { <span class="vt-toolbar__badge">{n}</span> })
                            }}
                        </button>
                        <SortSelect query/>
                    </div>
                    <ActiveFilters list query/>
                    {move || listing.error.get().map(|error| view! {
                        <ErrorNotice title=t!("catalog-load-error") error retry=listing.retry/>
                    })}
                    <Results list loading=listing.loading query stage/>
                </div>
            </div>
            {move || dialog.get().then(|| view! { <FilterDialog open=filters_open list query/> })}
        </div>
    }
}

/// Cards drawn per task while the first results render: two rows of four
/// on a desktop, four rows of two on a phone (the first screen).
const FIRST_SCREEN: usize = 8;

#[component]
fn Results(
    list: ReadSignal<Option<ProductList>>,
    loading: ReadSignal<bool>,
    query: Signal<ProductQuery>,
    /// How many tasks ago the first results arrived: a screen of cards more each time, all at 2.
    stage: ReadSignal<usize>,
) -> impl IntoView {
    let nav = expect_context::<ListingNav>();
    let all = Memo::new(move |_| stage.get() >= 2);
    let items = Memo::new(move |_| {
        let shown = if all.get() { usize::MAX } else { FIRST_SCREEN * (stage.get() + 1) };
        list.with(|l| l.as_ref().map(|l| l.items.iter().take(shown).cloned().collect()).unwrap_or_else(Vec::new))
    });
    let empty = move || list.with(|l| l.as_ref().is_some_and(|l| l.total == 0));
    view! {
        <Show when=move || list.with(Option::is_some) fallback=|| view! { <ProductGridSkeleton/> }>
            <Show when=move || !empty() fallback=move || view! { <NoResults query nav/> }>
                <ul class="vt-grid" aria-busy=move || loading.get().to_string()>
                    <For each=move || items.get().into_iter().enumerate() key=|(_, p)| p.id let:((i, product))>
                        <li><ProductCard product eager=i < 4/></li>
                    </For>
                </ul>
                {move || list.get().filter(|_| all.get()).map(|l| view! { <Pagination page=l.page page_count=l.page_count/> })}
            </Show>
        </Show>
    }
}

#[component]
fn NoResults(query: Signal<ProductQuery>, nav: ListingNav) -> impl IntoView {
    let q = query.get_untracked();
    let searching = !q.q.is_empty();
    let filtered = q.has_filters();
    view! {
        <div class="vt-empty">
            <p class="vt-empty__title">
                {if searching { t!("catalog-no-results", query = &q.q) } else { t!("catalog-no-match") }}
            </p>
            <p class="vt-empty__body">
                {match (searching, filtered) {
                    (true, true) => t!("catalog-no-results-hint-filtered"),
                    (true, false) => t!("catalog-no-results-hint-search"),
                    _ => t!("catalog-no-match-hint"),
                }}
            </p>
            <div class="vt-empty__actions">
                {filtered.then(|| {
                    let cleared = q.cleared();
                    view! {
                        <button type="button" class="vt-button vt-button--primary" on:click=move |_| nav.go(cleared.clone(), false)>
                            {t!("catalog-clear-filters")}
                        </button>
                    }
                })}
                <a class="vt-button vt-button--secondary" href="/">{t!("common-browse-all")}</a>
            </div>
        </div>
    }
}

fn heading_for(q: &ProductQuery, list: Option<&ProductList>) -> String {
    if !q.q.is_empty() {
        return t!("catalog-results-for", query = &q.q);
    }
    if let [one] = q.categories.as_slice() {
        let name = list
            .and_then(|l| l.facets.iter().find(|f| f.name == "category"))
            .and_then(|f| f.values.iter().find(|v| &v.value == one))
            .map(|v| v.label.clone());
        if let Some(name) = name {
            return name;
        }
    }
    t!("common-shop-all")
}

fn count_text(l: &ProductList) -> String {
    t!("catalog-count", count = l.total)
}

/// How many filter values are set (for the mobile "Filters" badge).
pub fn active_count(q: &ProductQuery) -> usize {
    q.categories.len()
        + q.options.values().map(Vec::len).sum::<usize>()
        + usize::from(q.price_min.is_some() || q.price_max.is_some())
        + usize::from(q.in_stock)
}
