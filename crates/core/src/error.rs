//! The JSON error body every API error uses.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Field name -> human-readable problems with that field.
pub type FieldErrors = BTreeMap<String, Vec<String>>;

/// `{"message": "...", "errors": {"field": ["..."]}}`: `message` is a sentence
/// a shopper can read; `errors` is keyed by the request field (dotted for
/// nested fields, e.g. `address.postal_code`) and empty when no field is at fault.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiErrorBody {
    pub message: String,
    #[serde(default)]
    pub errors: FieldErrors,
}

impl ApiErrorBody {
    pub fn new(message: impl Into<String>) -> Self {
        ApiErrorBody { message: message.into(), errors: FieldErrors::new() }
    }

    /// Adds a problem with `field`.
    pub fn with(mut self, field: &str, problem: impl Into<String>) -> Self {
        self.errors.entry(field.to_string()).or_default().push(problem.into());
        self
    }

    /// The first problem recorded for `field`, if any.
    pub fn field(&self, field: &str) -> Option<&str> {
        self.errors.get(field).and_then(|v| v.first()).map(String::as_str)
    }
}
