//! Catalog: listings with search, facets and sort; product cards; product pages.

mod active_filters;
mod catalog_page;
mod facet_panel;
mod filter_dialog;
mod gallery;
mod pagination;
mod price_filter;
mod product_card;
mod product_page;
mod related_products;
mod restock_form;
mod search_box;
mod sort_select;
mod stock_badge;
mod use_listing;
mod use_suggestions;
mod variant_picker;

pub use active_filters::ActiveFilters;
pub use catalog_page::{CatalogPage, ListingNav};
pub use facet_panel::FacetPanel;
pub use filter_dialog::FilterDialog;
pub use gallery::Gallery;
pub use pagination::Pagination;
pub use price_filter::PriceFilter;
pub use product_card::ProductCard;
pub use product_page::ProductPage;
pub use related_products::RelatedProducts;
pub use restock_form::RestockForm;
pub use search_box::SearchBox;
pub use sort_select::SortSelect;
pub use stock_badge::StockBadge;
pub(crate) use stock_badge::stock_label;
pub use use_listing::{use_listing, UseListingReturn};
pub use use_suggestions::{use_suggestions, UseSuggestionsReturn};
pub use variant_picker::VariantPicker;
pub(crate) use variant_picker::{reason_of, slug};

/// Stands in for a placeholder that the view draws itself, as markup (a
/// `<strong>`, a number shown while the words around it are visually
/// hidden): `around(t!("catalog-corrected", query = MARK))`.
pub(crate) const MARK: &str = "\u{E000}"; // i18n: not shown

/// A message formatted with [`MARK`] for one placeholder: the text before
/// that placeholder and the text after it.
pub(crate) fn around(message: String) -> (String, String) {
    match message.split_once(MARK) {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (message, String::new()),
    }
}
