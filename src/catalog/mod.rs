//! Catalog: listings, product cards, product pages.

mod catalog_page;
mod gallery;
mod pagination;
mod product_card;
mod product_page;
mod stock_badge;
mod variant_picker;

pub use catalog_page::CatalogPage;
pub use gallery::Gallery;
pub use pagination::Pagination;
pub use product_card::ProductCard;
pub use product_page::ProductPage;
pub use stock_badge::StockBadge;
pub use variant_picker::VariantPicker;
