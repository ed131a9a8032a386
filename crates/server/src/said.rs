//! A history line (an order's or a return's) as what it says: its message
//! key and the values it names, so it is written in the language of whoever
//! reads it (the shopper's page, the operator's console), with money in that
//! language's format. Each line is stored twice: as these (`said`, JSON) and
//! in the order's language (`message`), which is what a line written before
//! lines were stored this way, or a key a later version no longer has, reads.

use serde::{Deserialize, Serialize};
use vitrine_core::checkout::OrderStatus;
use vitrine_core::i18n::{Arg, Lang};
use vitrine_core::Money;

use crate::state::AppState;

/// One value of a history line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Value {
    /// Put in as it is: a carrier, a tracking number, a product, an
    /// operator's own words.
    Text(String),
    /// A count, in the reader's digits.
    Count(i64),
    /// An amount, in the reader's money format.
    Money(Money),
    /// An order status (its code), in the reader's words.
    OrderStatus(String),
}

/// What a history line says: `Said::new("server-event-shipped").text("carrier", "UPS")`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Said {
    key: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    values: Vec<(String, Value)>,
}

impl Said {
    pub fn new(key: &str) -> Said {
        Said { key: key.into(), values: Vec::new() }
    }

    /// Words that are no message of ours (a payment provider's own), kept as
    /// they are in every language.
    pub fn words(text: &str) -> Said {
        Said::new("").text("text", text)
    }

    pub fn text(mut self, name: &str, value: impl Into<String>) -> Said {
        self.values.push((name.into(), Value::Text(value.into())));
        self
    }

    pub fn count(mut self, name: &str, value: i64) -> Said {
        self.values.push((name.into(), Value::Count(value)));
        self
    }

    pub fn money(mut self, name: &str, value: Money) -> Said {
        self.values.push((name.into(), Value::Money(value)));
        self
    }

    pub fn order_status(mut self, name: &str, value: OrderStatus) -> Said {
        self.values.push((name.into(), Value::OrderStatus(value.as_str().into())));
        self
    }

    /// The line in `lang`.
    pub fn in_lang(&self, state: &AppState, lang: Lang) -> String {
        crate::outbox::in_lang(lang, || self.say(state))
    }

    /// The line in the language in effect.
    fn say(&self, state: &AppState) -> String {
        if self.key.is_empty() {
            return self.values.iter().find_map(|(_, v)| if let Value::Text(t) = v { Some(t.clone()) } else { None }).unwrap_or_default();
        }
        let locale = crate::outbox::money_locale(state, crate::i18n::current());
        let args: Vec<(&str, Arg)> = self
            .values
            .iter()
            .map(|(name, value)| {
                let arg = match value {
                    Value::Text(t) => Arg::from(t.as_str()),
                    Value::Count(n) => Arg::Num(*n),
                    Value::Money(m) => Arg::from(m.format(locale)),
                    Value::OrderStatus(code) => Arg::from(OrderStatus::parse(code).map(OrderStatus::label).unwrap_or_else(|| code.clone())),
                };
                (name.as_str(), arg)
            })
            .collect();
        vitrine_core::i18n::text(&self.key, &args)
    }

    /// As stored beside the line's words.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// A stored line in the language in effect: from what it says when that was
/// stored and its key is known, else the words stored with it.
pub fn read(state: &AppState, said: Option<&str>, message: String) -> String {
    let Some(said) = said.and_then(|s| serde_json::from_str::<Said>(s).ok()) else { return message };
    let words = said.say(state);
    // A key no catalogue knows comes back as itself.
    if words == said.key && !said.key.is_empty() {
        message
    } else {
        words
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_keeps_its_key_and_values_through_json() {
        let said = Said::new("server-event-shipped").text("carrier", "UPS").count("n", 3).money("amount", Money::from_minor(1250, vitrine_core::Currency::from_code("EUR").unwrap())).order_status("s", OrderStatus::Shipped);
        let json = said.to_json();
        assert_eq!(serde_json::from_str::<Said>(&json).unwrap(), said);
        assert!(json.contains(r#""key":"server-event-shipped""#) && json.contains(r#"["carrier",{"text":"UPS"}]"#), "{json}");
    }
}
