//! App-wide reactive state, provided as typed contexts.

mod shop;

pub use shop::ShopStore;
