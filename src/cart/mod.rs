//! Cart: add to cart, the cart drawer and page, lines, totals, discount
//! codes and the shipping estimate.

mod add_to_cart;
mod cart_button;
mod cart_drawer;
mod cart_line;
mod cart_page;
mod cart_totals;
mod discount_form;
mod quantity_stepper;
mod shipping_estimate;
mod undo_notice;

pub use add_to_cart::{AddToCart, QuickAdd};
pub use cart_button::CartButton;
pub use cart_drawer::{CartDrawer, CartDrawerBody};
pub use cart_line::CartLineView;
pub use cart_page::CartPage;
pub use cart_totals::CartTotals;
pub use discount_form::DiscountForm;
pub use quantity_stepper::QuantityStepper;
pub use shipping_estimate::ShippingEstimate;
pub use undo_notice::UndoNotice;
