//! Addresses: the per-country address format, shared by the cart's shipping
//! estimate and the checkout's address step.

mod use_address_format;

pub use use_address_format::use_address_format;
