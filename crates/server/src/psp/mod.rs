//! The sandbox payment service provider: a stand-in for Stripe and friends,
//! mounted under `/psp/v1` with its own keys and tables. Browsers send card
//! details only here (`POST /psp/v1/tokens` with the publishable key) and get
//! a token; the shop charges that token through [`crate::payments`], never
//! seeing the card. Test cards behave as the big providers document them;
//! challenges are completed on a provider-hosted page; outcomes are also
//! sent to the shop as signed webhooks (`Vitrine-Signature: t=..,v1=..`,
//! HMAC-SHA256 over `t.body`).

pub mod intents;
pub mod webhook;

pub use intents::{charge, retrieve, ChargeRequest, IntentView};
use intents::fetch_intent;

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use serde::{Deserialize, Serialize};
use vitrine_core::card::{check_cvc, check_expiry, check_number, digits, Brand};
use vitrine_core::payment_intent::{transition, CardBehaviour, Decline, Event, IntentStatus};
use vitrine_core::ApiErrorBody;

use crate::secrets;
use crate::db::now;
use crate::error::{parse_json, ApiError, Result};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/psp/v1/tokens", post(tokens_create).options(preflight))
        .route("/psp/v1/payment_intents", post(intents_create))
        .route("/psp/v1/payment_intents/{id}", get(intents_show))
        .route("/psp/v1/challenge/{id}", get(challenge_page).post(challenge_submit))
}

/// Tokenisation is called from any shop page (embedded widgets on other
/// origins included); the publishable key is the only credential.
fn cors(mut res: Response) -> Response {
    let h = res.headers_mut();
    h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, header::HeaderValue::from_static("*"));
    h.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, header::HeaderValue::from_static("authorization, content-type"));
    h.insert(header::ACCESS_CONTROL_ALLOW_METHODS, header::HeaderValue::from_static("POST, OPTIONS"));
    res
}

async fn preflight() -> Response {
    cors(StatusCode::NO_CONTENT.into_response())
}

fn key_is(headers: &HeaderMap, expected: &str) -> bool {
    secrets::bearer(headers).is_some_and(|k| secrets::same(k, expected))
}

fn unauthorized() -> ApiError {
    ApiError::missing("key", "Invalid API key.")
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CardInput {
    number: String,
    exp_month: u32,
    exp_year: i32,
    cvc: String,
    #[serde(default)]
    name: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct CardSummary {
    pub brand: Brand,
    pub last4: String,
    pub exp_month: u32,
    pub exp_year: i32,
}

#[derive(Serialize, Deserialize, Clone, Debug)]
pub struct TokenView {
    pub id: String,
    pub card: CardSummary,
}

fn today() -> (i32, u32) {
    let (y, m, _) = crate::dates::civil_from_unix(now());
    (y, m)
}

async fn tokens_create(State(state): State<AppState>, headers: HeaderMap, body: axum::body::Bytes) -> Response {
    let result = async {
        if !key_is(&headers, &state.psp.publishable) {
            return Err(unauthorized());
        }
        let input: CardInput = parse_json(&body)?;
        let _ = input.name;
        let mut err = ApiErrorBody::new("Check your card details.");
        let brand = match check_number(&input.number) {
            Ok(b) => b,
            Err(m) => {
                err = err.with("number", m);
                Brand::Unknown
            }
        };
        if let Err(m) = check_expiry(&format!("{:02}{}", input.exp_month, input.exp_year), today()) {
            err = err.with("expiry", m);
        }
        if let Err(m) = check_cvc(&input.cvc, brand) {
            err = err.with("cvc", m);
        }
        if !err.errors.is_empty() {
            return Err(ApiError::Validation(err));
        }
        let number = digits(&input.number);
        let card = CardSummary {
            brand,
            last4: number[number.len() - 4..].to_string(),
            exp_month: input.exp_month,
            exp_year: if input.exp_year < 100 { input.exp_year + 2000 } else { input.exp_year },
        };
        let id = format!("tok_{}", secrets::random_hex(12));
        sqlx::query(
            "INSERT INTO psp_tokens (id, brand, last4, exp_month, exp_year, behaviour, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&id)
        .bind(card.brand.as_str())
        .bind(&card.last4)
        .bind(i64::from(card.exp_month))
        .bind(i64::from(card.exp_year))
        .bind(CardBehaviour::of_test_number(&number).as_str())
        .bind(now())
        .execute(&state.db.pool)
        .await?;
        Ok((StatusCode::CREATED, Json(TokenView { id, card })).into_response())
    }
    .await;
    cors(result.unwrap_or_else(IntoResponse::into_response))
}

/// A payment intent as the provider reports it.
async fn intents_create(State(state): State<AppState>, headers: HeaderMap, body: axum::body::Bytes) -> Result<Response> {
    if !key_is(&headers, &state.psp.secret) {
        return Err(unauthorized());
    }
    let req: ChargeRequest = parse_json(&body)?;
    Ok((StatusCode::CREATED, Json(charge(&state.db, &state.psp_base_url(), &req).await?)).into_response())
}

async fn intents_show(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>) -> Result<Json<IntentView>> {
    if !key_is(&headers, &state.psp.secret) {
        return Err(unauthorized());
    }
    retrieve(&state.db, &state.psp_base_url(), &id).await?.map(Json).ok_or_else(|| ApiError::missing("id", "No such payment intent."))
}

#[derive(Deserialize)]
struct SecretQuery {
    client_secret: String,
}

use vitrine_core::escape_html as escape;

/// The provider's own page (the bank's challenge), in the shop's theme: the
/// tokens it reads fall back to the defaults, and the theme stored with
/// `PUT /api/v1/admin/theme` follows its built-in styles, so the challenge
/// dialog matches the checkout around it.
fn page(state: &AppState, title: &str, body: &str) -> Html<String> {
    let theme = &state.catalog.get().rules.theme_css;
    Html(format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><style>\
         body{{font:16px/1.5 var(--vt-font-body,system-ui,sans-serif);margin:0;padding:24px;color:var(--vt-color-text,#1c1d21);background:var(--vt-color-surface,#fff)}}\
         .box{{max-width:26rem;margin:0 auto}} h1{{font-size:1.25rem;margin:0 0 .5rem;font-family:var(--vt-font-heading,inherit)}} p{{color:var(--vt-color-text-muted,#4a4d55)}}\
         .bank{{display:inline-block;padding:.2rem .6rem;border-radius:6px;background:var(--vt-color-accent,#1f3a5f);color:var(--vt-color-accent-text,#fff);font-weight:700;margin-bottom:1rem}}\
         button{{font:inherit;min-height:44px;padding:0 1.2rem;border-radius:var(--vt-radius-pill,999px);border:1px solid var(--vt-color-accent,#1f3a5f);cursor:pointer;margin:.25rem .5rem .25rem 0}}\
         .ok{{background:var(--vt-color-accent,#1f3a5f);color:var(--vt-color-accent-text,#fff)}} .fail{{background:var(--vt-color-surface,#fff);color:var(--vt-color-accent,#1f3a5f)}}\
         :focus-visible{{outline:3px solid var(--vt-color-focus,#2f6fed);outline-offset:2px}}\
         </style><style id=\"vt-theme\">html{{color-scheme:light}} {theme}</style></head><body><main class=\"box\">{body}</main></body></html>"
    ))
}

async fn challenge_page(State(state): State<AppState>, Path(id): Path<String>, Query(q): Query<SecretQuery>) -> Result<Html<String>> {
    let row = fetch_intent(&state.db, &id).await?.filter(|r| secrets::same(&r.client_secret, &q.client_secret));
    let Some(row) = row else { return Err(ApiError::not_found("No such payment.")) };
    let view = row.view(&state.psp_base_url());
    let amount = vitrine_core::Money::from_minor(view.amount, vitrine_core::Currency::from_code(&view.currency).unwrap_or(vitrine_core::Currency::Usd));
    let body = if view.status == IntentStatus::RequiresAction {
        format!(
            "<span class=\"bank\">Sandbox Bank</span><h1>Confirm it's you</h1>\
             <p>Approve the payment of <strong>{}</strong> {}. In the sandbox you choose what the bank answers.</p>\
             <form method=\"post\"><input type=\"hidden\" name=\"client_secret\" value=\"{}\">\
             <button class=\"ok\" name=\"outcome\" value=\"complete\" autofocus>Complete authentication</button>\
             <button class=\"fail\" name=\"outcome\" value=\"fail\">Fail authentication</button></form>",
            escape(&amount.format(vitrine_core::Locale::EN_US)),
            view.card.as_ref().map(|(b, l)| format!("with your {} ending {}", b.name(), escape(l))).unwrap_or_default(),
            escape(&view.client_secret)
        )
    } else {
        done_body(&view)
    };
    Ok(page(&state, "Confirm your payment", &body))
}

fn done_body(view: &IntentView) -> String {
    let message = serde_json::json!({"type": "vitrine-psp-challenge", "intent": view.id, "status": view.status.as_str()});
    let text = if view.status == IntentStatus::Succeeded { "Payment confirmed. Returning to the shop…" } else { "Authentication failed. Returning to the shop…" };
    format!(
        "<span class=\"bank\">Sandbox Bank</span><h1 role=\"status\">{text}</h1>\
         <script>window.parent && window.parent.postMessage({}, '*');</script>",
        message.to_string().replace('<', "\\u003c")
    )
}

#[derive(Deserialize)]
struct ChallengeForm {
    client_secret: String,
    outcome: String,
}

/// The shopper's answer to the challenge; the shop hears it by webhook (and
/// when it asks).
async fn challenge_submit(State(state): State<AppState>, Path(id): Path<String>, Form(form): Form<ChallengeForm>) -> Result<Html<String>> {
    let Some(view) = complete_challenge(&state, &id, &form.client_secret, form.outcome == "complete").await? else {
        return Err(ApiError::not_found("No such payment."));
    };
    Ok(page(&state, "Payment", &done_body(&view)))
}

/// Applies a challenge outcome once; later calls see the settled intent.
pub async fn complete_challenge(state: &AppState, id: &str, client_secret: &str, passed: bool) -> Result<Option<IntentView>> {
    let Some(row) = fetch_intent(&state.db, id).await?.filter(|r| secrets::same(&r.client_secret, client_secret)) else {
        return Ok(None);
    };
    let from = IntentStatus::parse(&row.status).unwrap_or(IntentStatus::RequiresPaymentMethod);
    let event = if passed { Event::ChallengePassed } else { Event::ChallengeFailed };
    if let Some(mut next) = transition(from, event) {
        if next == IntentStatus::Processing {
            next = transition(next, Event::Settled).unwrap_or(next);
        }
        let decline = (!passed).then(Decline::authentication_failed);
        let changed = sqlx::query(
            "UPDATE psp_payment_intents SET status = $1, error_code = $2, error_message = $3, updated_at = $4 WHERE id = $5 AND status = $6",
        )
        .bind(next.as_str())
        .bind(decline.as_ref().map(|d| d.code.clone()))
        .bind(decline.as_ref().map(|d| d.message.clone()))
        .bind(now())
        .bind(id)
        .bind(from.as_str())
        .execute(&state.db.pool)
        .await?;
        if changed.rows_affected() == 1 {
            if let Some(view) = retrieve(&state.db, &state.psp_base_url(), id).await? {
                webhook::send(state, &view);
            }
        }
    }
    retrieve(&state.db, &state.psp_base_url(), id).await
}
