use vitrine_core::FieldErrors;

use super::Step;

/// Where a refused order sends the shopper, decided by [`route_error`].
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorRoute {
    /// 402, the payment failed: pay again from the payment step (card details re-entered).
    Payment,
    /// The server refused the shipping address: its problems, by address field.
    Address(FieldErrors),
    /// The server refused the email address.
    Contact,
    /// The server refused the store credit code: back to payment, with the
    /// reason at the code's field.
    Credit(String),
    /// Another refusal (409 stock or price, 422): stay on review with the
    /// message; the cart reloads so it shows what changed.
    Review,
    /// No answer (network, 5xx): the order may exist. Trying again reuses the
    /// same idempotency key, so it can't be placed twice.
    Retry,
}

impl ErrorRoute {
    /// The step the shopper continues from.
    pub fn step(&self) -> Step {
        match self {
            ErrorRoute::Payment | ErrorRoute::Credit(_) => Step::Payment,
            ErrorRoute::Address(_) => Step::Address,
            ErrorRoute::Contact => Step::Contact,
            ErrorRoute::Review | ErrorRoute::Retry => Step::Review,
        }
    }

    /// The server answered, so the next try is a new attempt (a new idempotency key).
    pub fn is_answer(&self) -> bool {
        !matches!(self, ErrorRoute::Retry)
    }
}

/// Routes an error from placing the order (its HTTP status, if any, and
/// the problems by field the server listed) to the step that can fix it.
pub fn route_error(status: Option<u16>, errors: &FieldErrors) -> ErrorRoute {
    const ADDRESS: &str = "shipping_address.";
    match status {
        Some(402) => ErrorRoute::Payment,
        Some(409 | 422) if errors.keys().any(|k| k.starts_with(ADDRESS)) => {
            ErrorRoute::Address(errors.iter().map(|(k, v)| (k.trim_start_matches(ADDRESS).to_string(), v.clone())).collect())
        }
        Some(409 | 422) if errors.contains_key("email") => ErrorRoute::Contact,
        Some(409 | 422) if errors.contains_key("store_credit_code") => {
            ErrorRoute::Credit(errors.get("store_credit_code").and_then(|m| m.first()).cloned().unwrap_or_default())
        }
        Some(409 | 422) => ErrorRoute::Review,
        _ => ErrorRoute::Retry,
    }
}
