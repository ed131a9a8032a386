//! App-wide reactive state, provided as typed contexts.

mod cart;
mod shop;

pub use cart::{CartStore, Removed};
pub use shop::ShopStore;
