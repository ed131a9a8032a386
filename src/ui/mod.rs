//! Shared primitives every capability uses.

mod error_notice;
mod icons;
mod price;
mod skeleton;

pub use error_notice::ErrorNotice;
pub use icons::{Icon, IconKind};
pub use price::Price;
pub use skeleton::{ProductGridSkeleton, ProductPageSkeleton};
