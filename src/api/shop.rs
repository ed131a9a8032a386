use vitrine_core::shop::Shop;

use super::{get, ApiError};

pub async fn shop() -> Result<Shop, ApiError> {
    get("/shop").await
}
