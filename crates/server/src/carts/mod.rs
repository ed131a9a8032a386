//! Carts: created anonymously, reachable only with their secret token
//! (`Authorization: Bearer <token>`; without it a cart answers 404, exactly
//! like a cart that does not exist). Every change runs in one write
//! transaction with the cart row locked, re-reads stock, and bumps the
//! cart's version; `If-Match: "<version>"` turns a change based on a stale
//! view into a 409 instead of a lost update.

pub mod recovery;
pub mod view;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use vitrine_core::cart::{ApplyDiscount, Cart, CreateCart, CreateCartLine, CreatedCart, UpdateCart, UpdateCartLine};
use vitrine_core::pricing::MAX_LINE_QUANTITY;
use vitrine_core::ApiErrorBody;

use crate::db::now;
use crate::error::{parse_json, ApiError, ApiJson, Result};
use crate::geo;
use crate::secrets;
use crate::state::AppState;
use view::{CartRow, CART_COLUMNS};

use crate::db::Tx;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(carts_create))
        .routes(routes!(carts_show, carts_update))
        .routes(routes!(recovery::carts_restore))
        .routes(routes!(cart_lines_create))
        .routes(routes!(cart_lines_update, cart_lines_delete))
        .routes(routes!(cart_discount_create, cart_discount_delete))
}

fn no_cart() -> ApiError {
    ApiError::missing("cart", vitrine_core::t!("server-cart-missing"))
}

/// Where a cart is in its life (the `carts.status` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CartStatus {
    /// Shopping: lines can change.
    Open,
    /// A card order is waiting for its payment; the cart is frozen.
    CheckingOut,
    /// It became an order.
    Completed,
}

impl CartStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CartStatus::Open => "open",
            CartStatus::CheckingOut => "checking_out",
            CartStatus::Completed => "completed",
        }
    }
}

/// Reads the cart and checks the caller's bearer token. Missing cart,
/// missing token and wrong token are all the same 404.
pub async fn cart_for_bearer(state: &AppState, id: &str, headers: &HeaderMap) -> Result<CartRow> {
    let token = secrets::bearer(headers).ok_or_else(no_cart)?;
    cart_for_token(state, id, token).await
}

/// Reads the cart if `token` opens it; any miss is the same 404.
pub async fn cart_for_token(state: &AppState, id: &str, token: &str) -> Result<CartRow> {
    let row: Option<CartRow> = sqlx::query_as(&format!("SELECT {CART_COLUMNS} FROM carts WHERE id = $1"))
        .bind(id)
        .fetch_optional(&state.db.pool)
        .await?;
    row.filter(|r| r.opens_with(token)).ok_or_else(no_cart)
}

/// The `If-Match` version, if the client sent one.
fn if_match(headers: &HeaderMap) -> Result<Option<i64>> {
    match headers.get(axum::http::header::IF_MATCH) {
        None => Ok(None),
        Some(v) => v
            .to_str()
            .ok()
            .map(|s| s.trim().trim_start_matches("W/").trim_matches('"'))
            .and_then(|s| s.parse().ok())
            .map(Some)
            .ok_or_else(|| ApiError::invalid("If-Match", "must be the cart version in quotes, e.g. \"3\"")),
    }
}

/// Opens a write transaction with the cart row locked, after checking the
/// token, that the cart is open and the `If-Match` version. Make the change
/// on the returned transaction, then call [`finish`].
async fn begin(state: &AppState, id: &str, headers: &HeaderMap) -> Result<(Tx, CartRow)> {
    let token = secrets::bearer(headers).ok_or_else(no_cart)?;
    let expected = if_match(headers)?;
    let mut tx = state.db.begin_write().await?;
    let lock = state.db.for_update();
    let row: Option<CartRow> = sqlx::query_as(&format!("SELECT {CART_COLUMNS} FROM carts WHERE id = $1{lock}"))
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
    let row = row.filter(|r| r.opens_with(token)).ok_or_else(no_cart)?;
    if row.status != CartStatus::Open.as_str() {
        return Err(ApiError::Conflict(
            ApiErrorBody::new(vitrine_core::t!("server-cart-checked-out"))
                .with("cart", "checked out"),
        ));
    }
    if let Some(v) = expected.filter(|v| *v != row.version) {
        return Err(ApiError::Conflict(
            ApiErrorBody::new(vitrine_core::t!("server-cart-changed"))
                .with("cart", format!("version is {}, not {v}", row.version)),
        ));
    }
    Ok((tx, row))
}

/// Bumps the version, commits, and answers with the updated cart.
async fn finish(state: &AppState, mut tx: Tx, row: &CartRow) -> Result<Json<Cart>> {
    sqlx::query("UPDATE carts SET version = version + 1, updated_at = $1 WHERE id = $2")
        .bind(now())
        .bind(&row.id)
        .execute(&mut *tx)
        .await?;
    let fresh: CartRow = sqlx::query_as(&format!("SELECT {CART_COLUMNS} FROM carts WHERE id = $1"))
        .bind(&row.id)
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Json(view::build(state, &fresh, None).await?))
}

fn check_quantity(q: i64) -> Result<()> {
    if (1..=MAX_LINE_QUANTITY).contains(&q) {
        Ok(())
    } else {
        Err(ApiError::invalid_as("quantity", vitrine_core::t!("server-quantity-range", max = MAX_LINE_QUANTITY), vitrine_core::t!("server-quantity-range-problem", max = MAX_LINE_QUANTITY)))
    }
}

fn not_enough(available: i64, in_cart: i64) -> ApiError {
    let message = match (available, in_cart) {
        (0, _) => vitrine_core::t!("server-stock-sold-out"),
        (a, 0) => vitrine_core::t!("server-stock-left", count = a),
        (a, c) => vitrine_core::t!("server-stock-left-in-cart", count = a, in_cart = c),
    };
    ApiError::Conflict(ApiErrorBody::new(message.clone()).with("quantity", message))
}

/// Validates a destination: a country the shop ships to, and a known region of it.
fn destination(state: &AppState, country: Option<&str>, region: Option<&str>) -> Result<(Option<String>, Option<String>)> {
    let Some(country) = country.map(|c| c.trim().to_ascii_uppercase()).filter(|c| !c.is_empty()) else {
        return Ok((None, None));
    };
    let snapshot = state.catalog.get();
    if !snapshot.rules.ships_to(&country) {
        let name = geo::country_name(&country).map(|n| n.to_string()).unwrap_or_else(|| country.clone());
        return Err(ApiError::invalid_sentence("country", vitrine_core::t!("server-country-not-shipped", country = name)));
    }
    let format = geo::format(&country).ok_or_else(|| ApiError::invalid_sentence("country", vitrine_core::t!("server-country-unknown")))?;
    let region = match region.map(str::trim).filter(|r| !r.is_empty()) {
        // Countries without regions (e.g. Germany) ignore one.
        Some(_) if format.regions.is_empty() => None,
        None => None,
        Some(r) => {
            let found = format.regions.iter().find(|x| {
                x.code().eq_ignore_ascii_case(r) || x.key.eq_ignore_ascii_case(r) || x.name.eq_ignore_ascii_case(r)
            });
            Some(found.map(|x| x.code().to_string()).ok_or_else(|| {
                ApiError::invalid_sentence("region", vitrine_core::t!("server-region-unknown", region = r, kind = format.state_name_type.to_string(), country = format.name.to_string()))
            })?)
        }
    };
    Ok((Some(country), region))
}

/// Start a cart. Keep the token from the answer: every other cart call needs it.
#[utoipa::path(
    post,
    path = "/api/v1/carts",
    tag = "carts",
    request_body(content = Option<CreateCart>, description = "Optional destination for the shipping and tax estimate"),
    responses(
        (status = 201, description = "The new cart and its secret token", body = CreatedCart),
        (status = 422, description = "Unknown or unserved country", body = ApiErrorBody),
    )
)]
pub async fn carts_create(State(state): State<AppState>, raw: axum::body::Bytes) -> Result<(StatusCode, Json<CreatedCart>)> {
    let body: CreateCart = if raw.iter().all(u8::is_ascii_whitespace) { CreateCart::default() } else { parse_json(&raw)? };
    let (country, region) = destination(&state, body.country.as_deref(), body.region.as_deref())?;
    let id = secrets::random_hex(16);
    let secret = secrets::random_hex(32);
    let ts = now();
    let row: CartRow = sqlx::query_as(&format!(
        "INSERT INTO carts (id, token_hash, currency, country, region, created_at, updated_at, locale) VALUES ($1, $2, $3, $4, $5, $6, $6, $7) \
         RETURNING {CART_COLUMNS}"
    ))
    .bind(&id)
    .bind(secrets::hash(&secret))
    .bind(state.currency().code())
    .bind(country)
    .bind(region)
    .bind(ts)
    .bind(crate::i18n::current().tag())
    .fetch_one(&state.db.pool)
    .await?;
    let cart = view::build(&state, &row, None).await?;
    Ok((StatusCode::CREATED, Json(CreatedCart { id, token: secret, cart })))
}

/// A cart with its lines, stock and price notices, and totals.
#[utoipa::path(
    get,
    path = "/api/v1/carts/{id}",
    tag = "carts",
    params(("id" = String, Path, description = "Cart id")),
    security(("cart_token" = [])),
    responses(
        (status = 200, body = Cart),
        (status = 404, description = "No such cart, or the token is missing or wrong", body = ApiErrorBody),
    )
)]
pub async fn carts_show(State(state): State<AppState>, Path(id): Path<String>, headers: HeaderMap) -> Result<Json<Cart>> {
    let row = cart_for_bearer(&state, &id, &headers).await?;
    Ok(Json(view::build(&state, &row, None).await?))
}

/// Set the destination (and optionally the shipping method) used for the shipping and tax estimate.
#[utoipa::path(
    patch,
    path = "/api/v1/carts/{id}",
    tag = "carts",
    params(("id" = String, Path, description = "Cart id"), ("If-Match" = Option<String>, Header, description = "The cart version this change is based on, e.g. \"3\"")),
    request_body = UpdateCart,
    security(("cart_token" = [])),
    responses(
        (status = 200, body = Cart),
        (status = 404, body = ApiErrorBody),
        (status = 409, description = "The cart changed since the given version, or is checked out", body = ApiErrorBody),
        (status = 422, description = "A country the shop doesn't ship to, or an unknown region", body = ApiErrorBody),
    )
)]
pub async fn carts_update(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<UpdateCart>,
) -> Result<Json<Cart>> {
    let (country, region) = destination(&state, body.country.as_deref(), body.region.as_deref())?;
    let method = match (&body.shipping_method, &country) {
        (Some(m), Some(c)) => {
            if !state.catalog.get().rules.rates_for(c).iter().any(|r| &r.id == m) {
                return Err(ApiError::invalid_sentence("shipping_method", vitrine_core::t!("server-shipping-unavailable-destination")));
            }
            Some(m.clone())
        }
        (Some(_), None) => return Err(ApiError::invalid_sentence("shipping_method", vitrine_core::t!("server-shipping-country-first"))),
        (None, _) => None,
    };
    let email = match body.email.as_deref().map(str::trim) {
        None => None,
        Some(raw) => Some(vitrine_core::checkout::normalize_email(raw).ok_or_else(|| ApiError::invalid_sentence("email", vitrine_core::t!("server-email-invalid")))?),
    };
    let email_only = email.is_some() && body.country.is_none() && body.region.is_none() && body.shipping_method.is_none();
    let (mut tx, row) = begin(&state, &id, &headers).await?;
    if !email_only {
        sqlx::query("UPDATE carts SET country = $1, region = $2, shipping_method = $3 WHERE id = $4")
            .bind(country)
            .bind(region)
            .bind(method)
            .bind(&row.id)
            .execute(&mut *tx)
            .await?;
    }
    if let Some(email) = &email {
        // A new address may be reminded again; the reminder is once per address.
        sqlx::query("UPDATE carts SET email = $1, recovery_sent_at = CASE WHEN email = $1 THEN recovery_sent_at ELSE NULL END WHERE id = $2")
            .bind(email)
            .bind(&row.id)
            .execute(&mut *tx)
            .await?;
    }
    finish(&state, tx, &row).await
}

#[derive(sqlx::FromRow)]
struct StockRow {
    price_minor: i64,
    stock: i64,
    reserved: i64,
}

async fn variant_stock(tx: &mut Tx, variant_id: i64) -> Result<Option<StockRow>> {
    Ok(sqlx::query_as("SELECT price_minor, stock, reserved FROM variants WHERE id = $1")
        .bind(variant_id)
        .fetch_optional(&mut **tx)
        .await?)
}

/// Add units of a variant; the same variant twice makes one line.
#[utoipa::path(
    post,
    path = "/api/v1/carts/{id}/lines",
    tag = "carts",
    params(("id" = String, Path, description = "Cart id"), ("If-Match" = Option<String>, Header, description = "The cart version this change is based on")),
    request_body = CreateCartLine,
    security(("cart_token" = [])),
    responses(
        (status = 200, description = "The updated cart", body = Cart),
        (status = 404, body = ApiErrorBody),
        (status = 409, description = "Not enough stock (the message says how many are left), or a stale version", body = ApiErrorBody),
        (status = 422, description = "Quantity out of 1..=99, or no such variant", body = ApiErrorBody),
    )
)]
pub async fn cart_lines_create(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<CreateCartLine>,
) -> Result<Json<Cart>> {
    check_quantity(body.quantity)?;
    let (mut tx, row) = begin(&state, &id, &headers).await?;
    let v = variant_stock(&mut tx, body.variant_id)
        .await?
        .ok_or_else(|| ApiError::invalid_sentence("variant_id", vitrine_core::t!("server-variant-unknown")))?;
    let existing: Option<(i64, i64)> =
        sqlx::query_as("SELECT id, quantity FROM cart_lines WHERE cart_id = $1 AND variant_id = $2")
            .bind(&row.id)
            .bind(body.variant_id)
            .fetch_optional(&mut *tx)
            .await?;
    let in_cart = existing.map(|e| e.1).unwrap_or(0);
    let wanted = in_cart + body.quantity;
    if wanted > MAX_LINE_QUANTITY {
        return Err(ApiError::invalid_sentence("quantity", vitrine_core::t!("server-quantity-max", max = MAX_LINE_QUANTITY, in_cart = in_cart)));
    }
    let available = (v.stock - v.reserved).max(0);
    if wanted > available {
        return Err(not_enough(available, in_cart));
    }
    let ts = now();
    match existing {
        Some((line_id, _)) => {
            sqlx::query("UPDATE cart_lines SET quantity = $1, updated_at = $2 WHERE id = $3")
                .bind(wanted)
                .bind(ts)
                .bind(line_id)
                .execute(&mut *tx)
                .await?;
        }
        None => {
            sqlx::query(
                "INSERT INTO cart_lines (cart_id, variant_id, quantity, added_price_minor, position, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, (SELECT COALESCE(MAX(position), 0) + 1 FROM cart_lines WHERE cart_id = $1), $5, $5)",
            )
            .bind(&row.id)
            .bind(body.variant_id)
            .bind(wanted)
            .bind(v.price_minor)
            .bind(ts)
            .execute(&mut *tx)
            .await?;
        }
    }
    finish(&state, tx, &row).await
}

async fn line_of(tx: &mut Tx, cart_id: &str, line_id: i64) -> Result<(i64, i64)> {
    let line: Option<(i64, i64)> = sqlx::query_as("SELECT variant_id, quantity FROM cart_lines WHERE id = $1 AND cart_id = $2")
        .bind(line_id)
        .bind(cart_id)
        .fetch_optional(&mut **tx)
        .await?;
    line.ok_or_else(|| ApiError::missing("line_id", vitrine_core::t!("server-line-missing")))
}

/// Change a line's quantity (1 to 99), or acknowledge its new price.
/// Lowering a quantity always works; raising it needs the stock.
#[utoipa::path(
    patch,
    path = "/api/v1/carts/{id}/lines/{line_id}",
    tag = "carts",
    params(
        ("id" = String, Path, description = "Cart id"),
        ("line_id" = i64, Path, description = "Line id"),
        ("If-Match" = Option<String>, Header, description = "The cart version this change is based on"),
    ),
    request_body = UpdateCartLine,
    security(("cart_token" = [])),
    responses(
        (status = 200, body = Cart),
        (status = 404, description = "No such cart or line, or not this cart's", body = ApiErrorBody),
        (status = 409, description = "Not enough stock, or a stale version", body = ApiErrorBody),
        (status = 422, body = ApiErrorBody),
    )
)]
pub async fn cart_lines_update(
    State(state): State<AppState>,
    Path((id, line_id)): Path<(String, i64)>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<UpdateCartLine>,
) -> Result<Json<Cart>> {
    if body.quantity.is_none() && body.accept_current_price.is_none() {
        return Err(ApiError::invalid("quantity", "Nothing to change: send quantity or accept_current_price."));
    }
    if let Some(q) = body.quantity {
        check_quantity(q)?;
    }
    let (mut tx, row) = begin(&state, &id, &headers).await?;
    let (variant_id, current) = line_of(&mut tx, &row.id, line_id).await?;
    let v = variant_stock(&mut tx, variant_id).await?.ok_or_else(|| ApiError::not_found(vitrine_core::t!("server-item-discontinued")))?;
    let ts = now();
    if let Some(q) = body.quantity {
        let available = (v.stock - v.reserved).max(0);
        if q > current && q > available {
            return Err(not_enough(available, 0));
        }
        sqlx::query("UPDATE cart_lines SET quantity = $1, updated_at = $2 WHERE id = $3")
            .bind(q)
            .bind(ts)
            .bind(line_id)
            .execute(&mut *tx)
            .await?;
    }
    if body.accept_current_price == Some(true) {
        sqlx::query("UPDATE cart_lines SET added_price_minor = $1, updated_at = $2 WHERE id = $3")
            .bind(v.price_minor)
            .bind(ts)
            .bind(line_id)
            .execute(&mut *tx)
            .await?;
    }
    finish(&state, tx, &row).await
}

/// Remove a line.
#[utoipa::path(
    delete,
    path = "/api/v1/carts/{id}/lines/{line_id}",
    tag = "carts",
    params(
        ("id" = String, Path, description = "Cart id"),
        ("line_id" = i64, Path, description = "Line id"),
        ("If-Match" = Option<String>, Header, description = "The cart version this change is based on"),
    ),
    security(("cart_token" = [])),
    responses((status = 200, body = Cart), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody))
)]
pub async fn cart_lines_delete(
    State(state): State<AppState>,
    Path((id, line_id)): Path<(String, i64)>,
    headers: HeaderMap,
) -> Result<Json<Cart>> {
    let (mut tx, row) = begin(&state, &id, &headers).await?;
    line_of(&mut tx, &row.id, line_id).await?;
    sqlx::query("DELETE FROM cart_lines WHERE id = $1 AND cart_id = $2")
        .bind(line_id)
        .bind(&row.id)
        .execute(&mut *tx)
        .await?;
    finish(&state, tx, &row).await
}

/// Apply a discount code. A code that cannot apply now is refused with the
/// reason ("expired", "needs a subtotal of at least ..."), and the cart keeps
/// its previous code.
#[utoipa::path(
    post,
    path = "/api/v1/carts/{id}/discount",
    tag = "carts",
    params(("id" = String, Path, description = "Cart id"), ("If-Match" = Option<String>, Header, description = "The cart version this change is based on")),
    request_body = ApplyDiscount,
    security(("cart_token" = [])),
    responses(
        (status = 200, body = Cart),
        (status = 404, body = ApiErrorBody),
        (status = 422, description = "Unknown, expired, used-up or not-yet-applicable code; `errors.code` says why", body = ApiErrorBody),
    )
)]
pub async fn cart_discount_create(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<ApplyDiscount>,
) -> Result<Json<Cart>> {
    let code = body.code.trim().to_ascii_uppercase();
    let locale = state.locale();
    let refuse = |message: String| ApiError::Validation(ApiErrorBody::new(message.clone()).with("code", message));
    if code.is_empty() {
        return Err(refuse(vitrine_core::t!("server-discount-empty")));
    }
    let row = cart_for_bearer(&state, &id, &headers).await?;
    let discount = view::load_discount(&state.db, &code, state.currency())
        .await?
        .ok_or_else(|| refuse(vitrine_core::pricing::DiscountProblem::NotFound.message(|m| m.format(locale))))?;
    let trial = view::build(&state, &row, Some(Some(discount))).await?;
    if let Some(problem) = trial.totals.discount_problem {
        return Err(refuse(problem.message(|m| m.format(locale))));
    }
    let (mut tx, row) = begin(&state, &id, &headers).await?;
    sqlx::query("UPDATE carts SET discount_code = $1 WHERE id = $2").bind(&code).bind(&row.id).execute(&mut *tx).await?;
    finish(&state, tx, &row).await
}

/// Remove the discount code.
#[utoipa::path(
    delete,
    path = "/api/v1/carts/{id}/discount",
    tag = "carts",
    params(("id" = String, Path, description = "Cart id"), ("If-Match" = Option<String>, Header, description = "The cart version this change is based on")),
    security(("cart_token" = [])),
    responses((status = 200, body = Cart), (status = 404, body = ApiErrorBody))
)]
pub async fn cart_discount_delete(State(state): State<AppState>, Path(id): Path<String>, headers: HeaderMap) -> Result<Json<Cart>> {
    let (mut tx, row) = begin(&state, &id, &headers).await?;
    sqlx::query("UPDATE carts SET discount_code = NULL WHERE id = $1").bind(&row.id).execute(&mut *tx).await?;
    finish(&state, tx, &row).await
}
