//! One error type for every handler, rendered as `{message, errors}` JSON.
//! Internals never leak: a database error becomes "internal error" plus a log line.

use axum::extract::{FromRequest, Request};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use vitrine_core::ApiErrorBody;

pub type Result<T, E = ApiError> = std::result::Result<T, E>;

#[derive(Debug)]
pub enum ApiError {
    /// 400: the request could not be read at all (malformed JSON).
    BadRequest(ApiErrorBody),
    /// 404: missing, or not the caller's (the two are indistinguishable on purpose).
    NotFound(ApiErrorBody),
    /// 409: a conflict with current state (stock, idempotency key reuse).
    Conflict(ApiErrorBody),
    /// 402: the payment was declined; the message says why in plain words.
    PaymentFailed(ApiErrorBody),
    /// 415: wrong content type.
    UnsupportedMediaType(String),
    /// 422: well-formed but invalid; `errors` says which fields.
    Validation(ApiErrorBody),
    /// 429: slow down.
    TooManyRequests(String),
    /// 401: no admin key, a wrong one or a revoked one (one answer for all).
    Unauthorized,
    /// 409 with `Retry-After`: the same request is still running; retry it.
    RetryLater(ApiErrorBody),
    /// 503 with `Retry-After`: the database is unreachable (restarting);
    /// nothing was written.
    Unavailable(String),
    /// 500: logged with its detail; the client sees only "internal error".
    Internal(String),
}

impl ApiError {
    pub fn not_found(what: impl Into<String>) -> Self {
        ApiError::NotFound(ApiErrorBody::new(what))
    }

    /// A 404 that names what is missing (`cart`, `line_id`), so clients can
    /// tell a vanished cart from a vanished line.
    pub fn missing(field: &str, message: impl Into<String>) -> Self {
        let message = message.into();
        ApiError::NotFound(ApiErrorBody::new(message.clone()).with(field, message))
    }

    /// A 422 a shopper reads: `message` is the whole sentence (in the
    /// request's language), `problem` what `errors[field]` says.
    pub fn invalid_as(field: &str, message: impl Into<String>, problem: impl Into<String>) -> Self {
        ApiError::Validation(ApiErrorBody::new(message).with(field, problem.into()))
    }

    /// A 422 whose problem is itself a sentence a shopper reads: it is the
    /// message too.
    pub fn invalid_sentence(field: &str, sentence: impl Into<String>) -> Self {
        let sentence = sentence.into();
        ApiError::Validation(ApiErrorBody::new(sentence.clone()).with(field, sentence))
    }

    pub fn invalid(field: &str, problem: impl Into<String>) -> Self {
        let problem = problem.into();
        ApiError::Validation(ApiErrorBody::new(format!("{}: {problem}", field.replace('_', " "))).with(field, problem))
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Conflict(_) | ApiError::RetryLater(_) => StatusCode::CONFLICT,
            ApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::PaymentFailed(_) => StatusCode::PAYMENT_REQUIRED,
            ApiError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The JSON body this error answers with (internal details never included).
    pub fn body(&self) -> ApiErrorBody {
        match self {
            ApiError::Internal(_) => ApiErrorBody::new(vitrine_core::t!("server-internal")),
            other => Self::into_body(match other {
                ApiError::BadRequest(b) => ApiError::BadRequest(b.clone()),
                ApiError::NotFound(b) => ApiError::NotFound(b.clone()),
                ApiError::Conflict(b) => ApiError::Conflict(b.clone()),
                ApiError::RetryLater(b) => ApiError::RetryLater(b.clone()),
                ApiError::Unavailable(m) => ApiError::Unavailable(m.clone()),
                ApiError::Unauthorized => ApiError::Unauthorized,
                ApiError::PaymentFailed(b) => ApiError::PaymentFailed(b.clone()),
                ApiError::UnsupportedMediaType(m) => ApiError::UnsupportedMediaType(m.clone()),
                ApiError::Validation(b) => ApiError::Validation(b.clone()),
                ApiError::TooManyRequests(m) => ApiError::TooManyRequests(m.clone()),
                ApiError::Internal(m) => ApiError::Internal(m.clone()),
            }),
        }
    }

    fn into_body(self) -> ApiErrorBody {
        match self {
            ApiError::BadRequest(b)
            | ApiError::Conflict(b)
            | ApiError::RetryLater(b)
            | ApiError::Validation(b)
            | ApiError::NotFound(b)
            | ApiError::PaymentFailed(b) => b,
            ApiError::UnsupportedMediaType(m) | ApiError::TooManyRequests(m) => ApiErrorBody::new(m),
            ApiError::Unauthorized => ApiErrorBody::new("An admin key is required: send Authorization: Bearer <key>.")
                .with("authorization", "missing, wrong or revoked admin key"),
            ApiError::Unavailable(detail) => {
                tracing::warn!(%detail, "database unavailable");
                ApiErrorBody::new(vitrine_core::t!("server-unavailable"))
            }
            ApiError::Internal(detail) => {
                tracing::error!(%detail, "internal error");
                ApiErrorBody::new(vitrine_core::t!("server-internal"))
            }
        }
    }
}

impl From<sqlx::Error> for ApiError {
    /// A database that cannot be reached (restarting, pool exhausted by a
    /// dead server) is a 503 the client may retry; anything else is a 500.
    fn from(e: sqlx::Error) -> Self {
        let unreachable = match &e {
            sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) | sqlx::Error::Tls(_) | sqlx::Error::WorkerCrashed => true,
            // Postgres: admin shutdown, crash shutdown, cannot connect now, connection exceptions.
            sqlx::Error::Database(d) => d.code().is_some_and(|c| matches!(c.as_ref(), "57P01" | "57P02" | "57P03") || c.starts_with("08")),
            _ => false,
        };
        if unreachable { ApiError::Unavailable(format!("database: {e}")) } else { ApiError::Internal(format!("database: {e}")) }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        let retry_after = match self {
            ApiError::TooManyRequests(_) => Some("60"),
            ApiError::RetryLater(_) => Some("2"),
            ApiError::Unavailable(_) => Some("5"),
            _ => None,
        };
        let unauthorized = matches!(self, ApiError::Unauthorized);
        let mut res = (status, axum::Json(self.into_body())).into_response();
        if unauthorized {
            res.headers_mut().insert(header::WWW_AUTHENTICATE, header::HeaderValue::from_static("Bearer"));
        }
        if let Some(secs) = retry_after {
            res.headers_mut().insert(header::RETRY_AFTER, header::HeaderValue::from_static(secs));
        }
        res
    }
}

/// JSON body extractor whose rejections are [`ApiError`]s naming the field at
/// fault (`{"errors": {"quantity": ["invalid type: ..."]}}`).
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|m| {
                let m = m.trim();
                m.eq_ignore_ascii_case("application/json") || m.to_ascii_lowercase().ends_with("+json")
            });
        if !is_json {
            return Err(ApiError::UnsupportedMediaType("Send the body as JSON with Content-Type: application/json.".into()));
        }
        let bytes = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|e| ApiError::BadRequest(ApiErrorBody::new(format!("Could not read the request body: {e}"))))?;
        parse_json(&bytes).map(ApiJson)
    }
}

/// Deserialises JSON, reporting the failing field's dotted path.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T> {
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let detail = plain_words(&strip_position(&inner.to_string()));
        if inner.is_syntax() || inner.is_eof() {
            ApiError::BadRequest(ApiErrorBody::new(format!("The request body is not valid JSON: {detail}.")))
        } else {
            // "missing field `quantity`" names the field that is missing, not its parent.
            let missing = detail.strip_prefix("missing field `").and_then(|r| r.split('`').next()).map(str::to_string);
            let field = match (missing, path.as_str()) {
                (Some(m), ".") => m,
                (Some(m), parent) => format!("{parent}.{m}"),
                (None, ".") => "body".to_string(),
                (None, _) => path,
            };
            ApiError::Validation(ApiErrorBody::new(format!("{field}: {detail}")).with(&field, detail))
        }
    })
}

/// serde's "invalid type: floating point `1.5`, expected i64" as a shopper
/// (or a client developer) reads it: "must be a whole number, not 1.5".
fn plain_words(detail: &str) -> String {
    // "unknown variant `gift`, expected one of `refund`, `store_credit`" (an enum's value).
    if let Some((got, expected)) = detail.strip_prefix("unknown variant `").and_then(|rest| rest.split_once("`, expected ")) {
        return format!("must be {}, not \"{got}\"", expected.replace('`', ""));
    }
    let Some((got, expected)) = detail
        .strip_prefix("invalid type: ")
        .or_else(|| detail.strip_prefix("invalid value: "))
        .and_then(|rest| rest.rsplit_once(", expected "))
    else {
        return detail.to_string();
    };
    let expected = match expected {
        "i64" | "i32" | "u64" | "u32" | "u16" | "u8" | "usize" => "a whole number",
        "a string" => "text",
        "a boolean" => "true or false",
        "a sequence" => "a list",
        e if e.starts_with("struct ") || e == "a map" => "an object",
        e => e,
    };
    // "floating point `1.5`" -> "1.5", "string \"2\"" -> "\"2\"".
    let got = match got.split_once('`') {
        Some((_, v)) => v.trim_end_matches('`').to_string(),
        None => got.trim_start_matches("string ").to_string(),
    };
    format!("must be {expected}, not {got}")
}

fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::plain_words;

    #[test]
    fn type_errors_read_as_plain_words() {
        assert_eq!(plain_words("invalid type: floating point `1.5`, expected i64"), "must be a whole number, not 1.5");
        assert_eq!(plain_words("invalid type: string \"2\", expected i64"), "must be a whole number, not \"2\"");
        assert_eq!(plain_words("invalid type: integer `5`, expected a string"), "must be text, not 5");
        assert_eq!(plain_words("invalid type: null, expected struct Address"), "must be an object, not null");
        assert_eq!(plain_words("missing field `quantity`"), "missing field `quantity`");
        assert_eq!(
            plain_words("unknown variant `gift`, expected one of `refund`, `store_credit`, `exchange`"),
            "must be one of refund, store_credit, exchange, not \"gift\""
        );
        assert_eq!(plain_words("unknown variant `x`, expected `card`"), "must be card, not \"x\"");
    }
}
