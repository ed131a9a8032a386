//! Photos on a return: JPEG, PNG or WebP, told apart by their bytes (never
//! by name or the declared type), decoded to prove they are images, and
//! re-encoded so no metadata (location, camera, thumbnails) survives.
//! Served only with the return's token (its shopper) or an admin key.

use std::io::Cursor;

use axum::extract::{Multipart, Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use image::{ImageFormat, ImageReader, Limits};
use vitrine_core::returns::{ReturnStatus, ReturnView};
use vitrine_core::ApiErrorBody;

use super::service::{self, return_for_link, PHOTO_MAX_BYTES, PHOTO_MAX_COUNT};
use crate::db::now;
use crate::error::{ApiError, Result};
use crate::orders::TokenQuery;
use crate::secrets;
use crate::state::AppState;

/// Largest side a photo may have (decompression bombs stop here).
const MAX_SIDE: u32 = 8_000;

fn refuse(message: impl Into<String>) -> ApiError {
    let message = message.into();
    ApiError::Validation(ApiErrorBody::new(message.clone()).with("photo", message))
}

/// The image format by its first bytes.
pub fn sniff(bytes: &[u8]) -> Option<ImageFormat> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(ImageFormat::Jpeg)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(ImageFormat::Png)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some(ImageFormat::WebP)
    } else {
        None
    }
}

/// Decodes and re-encodes: JPEG and WebP become JPEG (quality 85), PNG
/// stays PNG. Returns the new bytes and their type.
pub fn clean(bytes: &[u8]) -> std::result::Result<(Vec<u8>, &'static str), String> {
    let format = sniff(bytes).ok_or("This file is not a JPEG, PNG or WebP image.")?;
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(256 * 1024 * 1024);
    reader.limits(limits);
    let img = reader.decode().map_err(|_| "This image could not be read: it may be damaged, or not the image its name says.".to_string())?;
    let mut out = Cursor::new(Vec::new());
    match format {
        ImageFormat::Png => {
            img.write_to(&mut out, ImageFormat::Png).map_err(|e| e.to_string())?;
            Ok((out.into_inner(), "image/png"))
        }
        _ => {
            let rgb = img.to_rgb8();
            let mut encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85);
            encoder.encode_image(&rgb).map_err(|e| e.to_string())?;
            Ok((out.into_inner(), "image/jpeg"))
        }
    }
}

/// Attach a photo (`photo`: the file; `line_id`: the return line or order
/// line it shows, optional for one-line returns).
#[utoipa::path(
    post,
    path = "/api/v1/returns/{rma}/photos",
    tag = "returns",
    params(("rma" = String, Path, description = "Return number"), ("token" = String, Query, description = "The return's token")),
    request_body(content_type = "multipart/form-data", description = "`photo` (JPEG, PNG or WebP, at most 8 MB) and optional `line_id`"),
    responses(
        (status = 201, description = "Stored (re-encoded, without metadata); the return as it stands", body = ReturnView),
        (status = 404, body = ApiErrorBody),
        (status = 409, description = "The return is past the point where photos help, or has the most photos it may", body = ApiErrorBody),
        (status = 422, description = "Not an image, a type other than JPEG/PNG/WebP, too large, or no such line", body = ApiErrorBody),
    )
)]
pub async fn returns_photos_create(
    State(state): State<AppState>,
    Path(rma): Path<String>,
    Query(q): Query<TokenQuery>,
    mut form: Multipart,
) -> Result<(StatusCode, Json<ReturnView>)> {
    let r = return_for_link(&state, &rma, &q.token).await?;
    let mut photo: Option<Vec<u8>> = None;
    let mut line: Option<i64> = None;
    while let Some(mut field) = form.next_field().await.map_err(|e| refuse(format!("The upload could not be read: {}", e.body_text())))? {
        match field.name() {
            Some("photo") => {
                let mut bytes = Vec::new();
                while let Some(chunk) = field.chunk().await.map_err(|e| refuse(format!("The upload could not be read: {}", e.body_text())))? {
                    bytes.extend_from_slice(&chunk);
                    if bytes.len() as u64 > PHOTO_MAX_BYTES {
                        return Err(refuse(vitrine_core::t!("server-photo-too-large", mb = PHOTO_MAX_BYTES / 1024 / 1024)));
                    }
                }
                photo = Some(bytes);
            }
            Some("line_id") => {
                let text = field.text().await.map_err(|_| refuse("line_id must be a number"))?;
                let id = text.trim().parse::<i64>().map_err(|_| ApiError::invalid("line_id", "must be a number"))?;
                line = Some(id);
            }
            _ => {}
        }
    }
    let bytes = photo.ok_or_else(|| refuse("Attach the photo as the form field \"photo\"."))?;
    if bytes.is_empty() {
        return Err(refuse(vitrine_core::t!("server-photo-empty")));
    }
    let (clean, content_type) = tokio::task::spawn_blocking(move || clean(&bytes)).await.map_err(|e| ApiError::Internal(e.to_string()))?.map_err(refuse)?;
    let mut tx = state.db.begin_write().await?;
    let (r, _) = service::lock(&state, &mut tx, &r.rma).await?;
    if !matches!(r.status(), ReturnStatus::Requested | ReturnStatus::Approved) {
        return Err(ApiError::Conflict(ApiErrorBody::new(vitrine_core::t!("server-photo-too-late")).with("photo", "too late")));
    }
    let lines = service::lines_of(&mut tx, r.id).await?;
    let line_id = match line {
        None => None,
        Some(id) => Some(
            lines
                .iter()
                .find(|l| l.id == id)
                .or_else(|| lines.iter().find(|l| l.order_line_id == id))
                .map(|l| l.id)
                .ok_or_else(|| ApiError::invalid("line_id", "is not a line of this return"))?,
        ),
    };
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM return_photos WHERE return_id = $1").bind(r.id).fetch_one(&mut *tx).await?;
    if count >= i64::from(PHOTO_MAX_COUNT) {
        return Err(ApiError::Conflict(ApiErrorBody::new(vitrine_core::t!("server-photo-too-many", max = PHOTO_MAX_COUNT)).with("photo", "too many")));
    }
    let size = clean.len() as i64;
    sqlx::query("INSERT INTO return_photos (id, return_id, line_id, content_type, bytes, size, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(format!("ph_{}", secrets::random_hex(10)))
        .bind(r.id)
        .bind(line_id)
        .bind(content_type)
        .bind(clean)
        .bind(size)
        .bind(now())
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    state.live.changed(&r.rma);
    Ok((StatusCode::CREATED, Json(service::view(&state, &r).await?)))
}

/// A photo of a return: to the return's token, or to an admin key.
#[utoipa::path(
    get,
    path = "/api/v1/returns/{rma}/photos/{id}",
    tag = "returns",
    params(
        ("rma" = String, Path, description = "Return number"),
        ("id" = String, Path, description = "Photo id"),
        ("token" = String, Query, description = "The return's token (or send an admin key)"),
    ),
    responses((status = 200, description = "The image", content_type = "image/jpeg"), (status = 404, body = ApiErrorBody))
)]
pub async fn returns_photos_show(State(state): State<AppState>, Path((rma, id)): Path<(String, String)>, Query(q): Query<TokenQuery>, headers: HeaderMap) -> Result<Response> {
    let missing = || ApiError::missing("photo", vitrine_core::t!("server-photo-missing"));
    let by_admin = crate::admin::keys::check(&state, &headers).await.is_ok();
    let r = if by_admin { service::find(&state, &rma).await?.ok_or_else(missing)? } else { return_for_link(&state, &rma, &q.token).await.map_err(|_| missing())? };
    let row: Option<(String, Vec<u8>)> = sqlx::query_as("SELECT content_type, bytes FROM return_photos WHERE id = $1 AND return_id = $2")
        .bind(&id)
        .bind(r.id)
        .fetch_optional(&state.db.pool)
        .await?;
    let (content_type, bytes) = row.ok_or_else(missing)?;
    Ok((
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "private, max-age=3600".to_string()),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_string()),
            (header::CONTENT_SECURITY_POLICY, "default-src 'none'; sandbox".to_string()),
        ],
        bytes,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbImage::from_fn(w, h, |x, y| image::Rgb([(x * 40) as u8, (y * 40) as u8, 90]));
        let mut out = Cursor::new(Vec::new());
        img.write_to(&mut out, ImageFormat::Png).unwrap();
        out.into_inner()
    }

    #[test]
    fn types_are_told_by_their_bytes() {
        assert_eq!(sniff(&png(2, 2)), Some(ImageFormat::Png));
        assert_eq!(sniff(b"GIF89a......"), None);
        assert_eq!(sniff(b"<svg xmlns='http://www.w3.org/2000/svg'/>"), None);
    }

    #[test]
    fn a_png_is_reencoded_without_its_text_chunks() {
        let mut bytes = png(4, 4);
        // A tEXt chunk with a location, inserted after IHDR (8 + 25 bytes).
        let data = b"Comment\0GPS 52.52 13.40";
        let mut chunk = (data.len() as u32).to_be_bytes().to_vec();
        chunk.extend_from_slice(b"tEXt");
        chunk.extend_from_slice(data);
        let mut crc_input = b"tEXt".to_vec();
        crc_input.extend_from_slice(data);
        chunk.extend_from_slice(&crc32(&crc_input).to_be_bytes());
        bytes.splice(33..33, chunk);
        assert!(bytes.windows(3).any(|w| w == b"GPS"));
        let (out, kind) = clean(&bytes).unwrap();
        assert_eq!(kind, "image/png");
        assert!(!out.windows(3).any(|w| w == b"GPS"), "metadata is gone");
    }

    #[test]
    fn a_file_that_lies_is_refused() {
        let mut fake = b"\x89PNG\r\n\x1a\n".to_vec();
        fake.extend_from_slice(b"<script>alert(1)</script>");
        assert!(clean(&fake).is_err());
        assert!(clean(b"%PDF-1.7 not an image").is_err());
    }

    fn crc32(data: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &b in data {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
            }
        }
        !crc
    }
}
