//! The payment intent state machine the sandbox provider runs, shaped like
//! the big providers': an intent starts needing a payment method, is
//! confirmed with one, may need the shopper to complete a challenge, and
//! ends succeeded or canceled. Failures go back to needing a payment method.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IntentStatus {
    RequiresPaymentMethod,
    RequiresAction,
    Processing,
    Succeeded,
    Canceled,
}

impl IntentStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            IntentStatus::RequiresPaymentMethod => "requires_payment_method",
            IntentStatus::RequiresAction => "requires_action",
            IntentStatus::Processing => "processing",
            IntentStatus::Succeeded => "succeeded",
            IntentStatus::Canceled => "canceled",
        }
    }

    pub fn parse(s: &str) -> Option<IntentStatus> {
        use IntentStatus::*;
        [RequiresPaymentMethod, RequiresAction, Processing, Succeeded, Canceled].into_iter().find(|x| x.as_str() == s)
    }

    pub fn is_final(self) -> bool {
        matches!(self, IntentStatus::Succeeded | IntentStatus::Canceled)
    }
}

/// What the card does when charged (the sandbox's test cards).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardBehaviour {
    Succeed,
    Decline,
    InsufficientFunds,
    ExpiredCard,
    IncorrectCvc,
    Challenge,
}

impl CardBehaviour {
    /// The documented test numbers; any other valid number succeeds.
    pub fn of_test_number(digits: &str) -> CardBehaviour {
        match digits {
            "4000000000000002" => CardBehaviour::Decline,
            "4000000000009995" => CardBehaviour::InsufficientFunds,
            "4000000000000069" => CardBehaviour::ExpiredCard,
            "4000000000000127" => CardBehaviour::IncorrectCvc,
            "4000002500003155" => CardBehaviour::Challenge,
            _ => CardBehaviour::Succeed,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            CardBehaviour::Succeed => "succeed",
            CardBehaviour::Decline => "decline",
            CardBehaviour::InsufficientFunds => "insufficient_funds",
            CardBehaviour::ExpiredCard => "expired_card",
            CardBehaviour::IncorrectCvc => "incorrect_cvc",
            CardBehaviour::Challenge => "challenge",
        }
    }

    pub fn parse(s: &str) -> Option<CardBehaviour> {
        use CardBehaviour::*;
        [Succeed, Decline, InsufficientFunds, ExpiredCard, IncorrectCvc, Challenge].into_iter().find(|x| x.as_str() == s)
    }
}

/// Why a charge failed: a machine code and a sentence for the shopper.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Decline {
    /// "card_declined", "insufficient_funds", "expired_card", "incorrect_cvc", "authentication_failed".
    pub code: String,
    pub message: String,
}

impl Decline {
    pub fn of(b: CardBehaviour) -> Option<Decline> {
        let (code, message) = match b {
            CardBehaviour::Decline => ("card_declined", crate::t!("core-decline-generic")),
            CardBehaviour::InsufficientFunds => ("insufficient_funds", crate::t!("core-decline-insufficient-funds")),
            CardBehaviour::ExpiredCard => ("expired_card", crate::t!("core-decline-expired-card")),
            CardBehaviour::IncorrectCvc => ("incorrect_cvc", crate::t!("core-decline-incorrect-cvc")),
            CardBehaviour::Succeed | CardBehaviour::Challenge => return None,
        };
        Some(Decline { code: code.into(), message })
    }

    pub fn authentication_failed() -> Decline {
        Decline {
            code: "authentication_failed".into(),
            message: crate::t!("core-decline-authentication-failed"),
        }
    }
}

/// Things that happen to an intent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// Confirmed with a card that behaves like this.
    Confirm(CardBehaviour),
    /// The shopper completed the challenge.
    ChallengePassed,
    /// The shopper failed or abandoned the challenge.
    ChallengeFailed,
    /// The processor finished.
    Settled,
    Cancel,
}

/// The next status, or `None` when the event is not allowed now.
pub fn transition(from: IntentStatus, event: Event) -> Option<IntentStatus> {
    use IntentStatus::*;
    match (from, event) {
        (RequiresPaymentMethod, Event::Confirm(CardBehaviour::Challenge)) => Some(RequiresAction),
        (RequiresPaymentMethod, Event::Confirm(CardBehaviour::Succeed)) => Some(Processing),
        (RequiresPaymentMethod, Event::Confirm(_)) => Some(RequiresPaymentMethod),
        (RequiresAction, Event::ChallengePassed) => Some(Processing),
        (RequiresAction, Event::ChallengeFailed) => Some(RequiresPaymentMethod),
        (Processing, Event::Settled) => Some(Succeeded),
        (RequiresPaymentMethod | RequiresAction, Event::Cancel) => Some(Canceled),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn event() -> impl Strategy<Value = Event> {
        let b = prop_oneof![
            Just(CardBehaviour::Succeed),
            Just(CardBehaviour::Decline),
            Just(CardBehaviour::InsufficientFunds),
            Just(CardBehaviour::ExpiredCard),
            Just(CardBehaviour::IncorrectCvc),
            Just(CardBehaviour::Challenge),
        ];
        prop_oneof![
            b.prop_map(Event::Confirm),
            Just(Event::ChallengePassed),
            Just(Event::ChallengeFailed),
            Just(Event::Settled),
            Just(Event::Cancel)
        ]
    }

    #[test]
    fn test_cards_reach_their_outcomes() {
        let run = |number: &str, challenge: Option<Event>| {
            let mut s = transition(IntentStatus::RequiresPaymentMethod, Event::Confirm(CardBehaviour::of_test_number(number))).unwrap();
            if let Some(e) = challenge {
                s = transition(s, e).unwrap();
            }
            if s == IntentStatus::Processing {
                s = transition(s, Event::Settled).unwrap();
            }
            s
        };
        assert_eq!(run("4242424242424242", None), IntentStatus::Succeeded);
        for declined in ["4000000000000002", "4000000000009995", "4000000000000069", "4000000000000127"] {
            assert_eq!(run(declined, None), IntentStatus::RequiresPaymentMethod);
        }
        assert_eq!(run("4000002500003155", Some(Event::ChallengePassed)), IntentStatus::Succeeded);
        assert_eq!(run("4000002500003155", Some(Event::ChallengeFailed)), IntentStatus::RequiresPaymentMethod);
        assert_eq!(Decline::of(CardBehaviour::InsufficientFunds).unwrap().code, "insufficient_funds");
    }

    proptest! {
        #[test]
        fn no_path_reaches_an_illegal_state(events in prop::collection::vec(event(), 0..40)) {
            let mut s = IntentStatus::RequiresPaymentMethod;
            let mut succeeded = false;
            for e in events {
                if let Some(next) = transition(s, e) {
                    // Final states never change; success needs processing first.
                    prop_assert!(!s.is_final(), "{:?} left a final state", s);
                    if next == IntentStatus::Succeeded {
                        prop_assert_eq!(s, IntentStatus::Processing);
                        succeeded = true;
                    }
                    if next == IntentStatus::Canceled {
                        prop_assert!(!succeeded);
                    }
                    s = next;
                } else {
                    prop_assert!(s.is_final() || !matches!((s, e), (IntentStatus::RequiresPaymentMethod, Event::Confirm(_))));
                }
            }
        }
    }
}
