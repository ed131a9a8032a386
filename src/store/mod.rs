//! App-wide reactive state, provided as typed contexts.

mod cart;
mod shop;

pub(crate) use cart::{bump_revision, key_name, load_key, revision_name, save_key};
pub use cart::{adopt_cart, set_storage_key as set_cart_storage_key, CartStore, Removed};
pub use shop::ShopStore;
