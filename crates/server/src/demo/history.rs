//! A demo shop's past (issue 14): months of delivered orders with their
//! parcels, a share of them returned and refunded, a few canceled, and
//! carts that never became orders, so the operator's metrics, inventory
//! (weekly sales, days of cover, reorder points) and returns report have
//! something true to show from the first start.
//!
//! Written straight into the tables in one transaction (it is history: no
//! emails, no payment calls, no stock moved: today's stock is what is left
//! after it), priced by `vitrine-core` like any order, deterministic for a
//! seed. Weekends sell more, the months grow a little, and some products sell
//! far more than others, as shops do. The same generator makes the 100,000
//! orders the metrics are timed on (`vitrine-server demo-history`).

use std::collections::HashMap;

use vitrine_core::address::Address;
use vitrine_core::catalog::Product;
use vitrine_core::pricing::{price, PriceLine, PricingInput};
use vitrine_core::{Currency, Money};

use super::Rng;
use crate::catalog::snapshot::CatalogSnapshot;
use crate::db::{Db, Tx};

const DAY: i64 = 86_400;

/// How much past to write.
#[derive(Clone, Copy, Debug)]
pub struct HistoryPlan {
    /// Days back from `until`.
    pub days: i64,
    /// Average paid orders per day (weekends x1.5).
    pub orders_per_day: f64,
    /// Unix seconds: the history ends the day before this.
    pub until: i64,
    pub seed: u64,
}

/// What was written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HistoryCounts {
    pub orders: usize,
    pub canceled: usize,
    pub returns: usize,
    pub abandoned_carts: usize,
}

struct Customer {
    email: String,
    address: Address,
}

fn customers(currency: Currency, rng: &mut Rng) -> Vec<Customer> {
    const FIRST: [&str; 24] = [
        "Ada", "Alan", "Barbara", "Claude", "Dorothy", "Edsger", "Frances", "Grace", "Hedy", "Ivan", "Joan", "Ken", "Lynn", "Margaret",
        "Niklaus", "Olga", "Radia", "Shafi", "Tim", "Ursula", "Vint", "Whitfield", "Yukihiro", "Zhang",
    ];
    const LAST: [&str; 16] = [
        "Lovelace", "Kay", "Liskov", "Shannon", "Vaughan", "Dijkstra", "Allen", "Hopper", "Lamarr", "Sutherland", "Clarke", "Thompson",
        "Conway", "Hamilton", "Wirth", "Perlman",
    ];
    let us = [
        ("350 5th Ave", "New York", "NY", "10118"),
        ("1 Kendall Sq", "Cambridge", "MA", "02139"),
        ("3333 Coyote Hill Rd", "Palo Alto", "CA", "94304"),
        ("600 Mountain Ave", "Murray Hill", "NJ", "07974"),
        ("1600 Pennsylvania Ave NW", "Washington", "DC", "20500"),
        ("400 Broad St", "Seattle", "WA", "98109"),
        ("233 S Wacker Dr", "Chicago", "IL", "60606"),
        ("2 N Central Ave", "Phoenix", "AZ", "85004"),
    ];
    let de = [("Torstraße 115", "Berlin", "10119"), ("Marienplatz 8", "München", "80331"), ("Domkloster 4", "Köln", "50667")];
    (0..240)
        .map(|i| {
            let name = format!("{} {}", FIRST[rng.below(FIRST.len() as u64) as usize], LAST[rng.below(LAST.len() as u64) as usize]);
            let email = format!("{}.{i}@example.com", name.to_ascii_lowercase().replace(' ', "."));
            let address = if currency == Currency::Eur {
                let (street, city, zip) = de[i % de.len()];
                Address { name, address1: street.into(), city: city.into(), postal_code: zip.into(), country: "DE".into(), ..Address::default() }
            } else {
                let (street, city, region, zip) = us[i % us.len()];
                Address {
                    name,
                    address1: street.into(),
                    city: city.into(),
                    region: region.into(),
                    postal_code: zip.into(),
                    country: "US".into(),
                    ..Address::default()
                }
            };
            Customer { email, address }
        })
        .collect()
}

/// A product, weighted: the first of every ten sells five times as often.
fn pick<'a>(products: &'a [std::sync::Arc<Product>], rng: &mut Rng) -> &'a Product {
    loop {
        let p = &products[rng.below(products.len() as u64) as usize];
        if p.id % 10 == 1 || rng.below(5) == 0 {
            return p;
        }
    }
}

/// Writes the plan's history. Nothing is written when the shop has no products.
pub async fn seed(db: &Db, snapshot: &CatalogSnapshot, currency: Currency, plan: HistoryPlan) -> Result<HistoryCounts, sqlx::Error> {
    let products: Vec<_> = snapshot.products.iter().filter(|p| !p.variants.is_empty()).cloned().collect();
    if products.is_empty() {
        return Ok(HistoryCounts::default());
    }
    let mut rng = Rng(plan.seed);
    let people = customers(currency, &mut rng);
    let mut tx = db.begin_write().await?;
    let mut counts = HistoryCounts::default();
    let first_day = plan.until - plan.until.rem_euclid(DAY) - plan.days * DAY;
    for day in 0..plan.days {
        let start = first_day + day * DAY;
        // 1970-01-01 was a Thursday: days 2 and 3 of the week are Saturday and Sunday.
        let weekend = matches!((start / DAY).rem_euclid(7), 2 | 3);
        let growth = 0.75 + 0.5 * (day as f64 / plan.days.max(1) as f64);
        let mean = plan.orders_per_day * growth * if weekend { 1.5 } else { 1.0 };
        let n = (mean * (0.6 + 0.8 * (rng.below(1000) as f64 / 1000.0))).round() as usize;
        for _ in 0..n {
            let placed_at = start + 7 * 3600 + rng.below(15 * 3600) as i64;
            let who = &people[(rng.below(people.len() as u64) as usize * rng.below(people.len() as u64) as usize) / people.len()];
            let order = write_order(&mut tx, snapshot, &products, currency, who, (placed_at, plan.until), &mut rng, &mut counts).await?;
            if let Some((order_id, lines)) = order {
                if rng.below(100) < 8 {
                    write_return(&mut tx, order_id, &lines, (placed_at, currency), &mut rng).await?;
                    counts.returns += 1;
                }
            }
            // Two or three carts are left for every order (about 70 % abandonment).
            for _ in 0..(2 + rng.below(2)) {
                write_abandoned_cart(&mut tx, &products, currency, placed_at - rng.below(DAY as u64) as i64, &mut rng).await?;
                counts.abandoned_carts += 1;
            }
        }
    }
    tx.commit().await?;
    Ok(counts)
}

/// (order line id, what it paid in minor units, quantity).
type PaidLine = (i64, i64, i64);

#[allow(clippy::too_many_arguments)]
async fn write_order(
    tx: &mut Tx,
    snapshot: &CatalogSnapshot,
    products: &[std::sync::Arc<Product>],
    currency: Currency,
    who: &Customer,
    (placed_at, until): (i64, i64),
    rng: &mut Rng,
    counts: &mut HistoryCounts,
) -> Result<Option<(i64, Vec<PaidLine>)>, sqlx::Error> {
    let mut chosen: HashMap<i64, (&Product, usize, i64)> = HashMap::new();
    for _ in 0..(1 + rng.below(3)) {
        let p = pick(products, rng);
        let vi = rng.below(p.variants.len() as u64) as usize;
        let qty = 1 + (rng.below(10) == 0) as i64;
        chosen.entry(p.variants[vi].id).or_insert((p, vi, qty));
    }
    let mut lines: Vec<(&Product, usize, i64)> = chosen.into_values().collect();
    lines.sort_by_key(|(p, vi, _)| p.variants[*vi].id);
    let country = who.address.country.as_str();
    let Some(rate) = snapshot.rules.rates_for(country).into_iter().next() else { return Ok(None) };
    let input = PricingInput {
        currency,
        lines: lines
            .iter()
            .enumerate()
            .map(|(i, (p, vi, qty))| PriceLine { key: i as i64, unit_price: p.variants[*vi].price, quantity: *qty, category: p.category.handle.clone() })
            .collect(),
        discount: None,
        shipping: Some(rate.clone()),
        tax: snapshot.rules.tax_for(country, Some(who.address.region.as_str())),
        tax_inclusive: snapshot.rules.tax_inclusive,
        now: placed_at,
    };
    let totals = price(&input);
    let canceled = rng.below(100) < 3;
    let cart_id = format!("hist-{:016x}", rng.next());
    sqlx::query("INSERT INTO carts (id, token_hash, currency, country, region, status, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, 'completed', $6, $6)")
        .bind(&cart_id)
        .bind(format!("{:064x}", rng.next()))
        .bind(currency.code())
        .bind(country)
        .bind(&who.address.region)
        .bind(placed_at - 600)
        .execute(&mut **tx)
        .await?;
    let number = crate::orders::new_number();
    let (status, payment_status) = if canceled { ("canceled", "refunded") } else { ("delivered", "succeeded") };
    let order_id: i64 = sqlx::query_scalar(
        "INSERT INTO orders (number, cart_id, email, status, currency, total_minor, totals_json, shipping_address_json, shipping_method, \
         shipping_method_name, payment_kind, payment_status, card_brand, card_last4, created_at, updated_at, ship_min_days, ship_max_days, verified_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'card', $11, 'visa', '4242', $12, $12, $13, $14, $15) RETURNING id",
    )
    .bind(&number)
    .bind(&cart_id)
    .bind(&who.email)
    .bind(status)
    .bind(currency.code())
    .bind(totals.total.to_minor().unwrap_or(0))
    .bind(serde_json::to_string(&totals).unwrap_or_default())
    .bind(serde_json::to_string(&who.address).unwrap_or_default())
    .bind(&rate.id)
    .bind(&rate.name)
    .bind(payment_status)
    .bind(placed_at)
    .bind(i64::from(rate.min_days))
    .bind(i64::from(rate.max_days))
    .bind((!canceled).then_some(placed_at + 3600))
    .fetch_one(&mut **tx)
    .await?;
    counts.orders += 1;
    let mut paid = Vec::new();
    for (i, (p, vi, qty)) in lines.iter().enumerate() {
        let v = &p.variants[*vi];
        let lt = totals.lines.iter().find(|t| t.key == i as i64);
        let total = lt.and_then(|t| t.total.to_minor()).unwrap_or(0);
        let image = v.image.and_then(|ix| p.images.get(ix as usize)).or(p.images.first());
        let line_id: i64 = sqlx::query_scalar(
            "INSERT INTO order_lines (order_id, variant_id, product_handle, product_title, variant_title, sku, image_json, quantity, \
             unit_price_minor, discount_minor, total_minor) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        )
        .bind(order_id)
        .bind(v.id)
        .bind(&p.handle)
        .bind(&p.title)
        .bind(&v.title)
        .bind(&v.sku)
        .bind(image.and_then(|i| serde_json::to_string(i).ok()))
        .bind(*qty)
        .bind(v.price.to_minor().unwrap_or(0))
        .bind(lt.and_then(|t| t.discount.to_minor()).unwrap_or(0))
        .bind(total)
        .fetch_one(&mut **tx)
        .await?;
        paid.push((line_id, total, *qty));
    }
    event(tx, order_id, "placed", "server-event-placed", placed_at).await?;
    if canceled {
        event(tx, order_id, "canceled", "server-event-canceled-on-request", placed_at + 2 * 3600).await?;
        counts.canceled += 1;
        return Ok(None);
    }
    event(tx, order_id, "paid", "server-event-paid", placed_at + 5).await?;
    // Packed within 0.3 to 2.5 days (slower over weekends), delivered 2 to 5 days later;
    // an order of the last days is still being packed or on its way at `until`.
    let shipped_at = placed_at + (DAY * 3 / 10) + rng.below((DAY * 22 / 10) as u64) as i64;
    let delivered_at = shipped_at + 2 * DAY + rng.below(3 * DAY as u64) as i64;
    let tracking = format!("1ZH{:015}", rng.below(1_000_000_000_000_000));
    if shipped_at > until {
        sqlx::query("UPDATE orders SET status = 'processing' WHERE id = $1").bind(order_id).execute(&mut **tx).await?;
        return Ok(None);
    }
    let delivered = delivered_at <= until;
    // Where the parcel (and the order with it) stands at `until`.
    let (order_status, parcel_status) = if delivered {
        ("delivered", "delivered")
    } else if delivered_at - 5 * 3600 <= until {
        ("out_for_delivery", "out_for_delivery")
    } else {
        ("shipped", "in_transit")
    };
    let shipment_id: i64 = sqlx::query_scalar(
        "INSERT INTO shipments (order_id, carrier, tracking_number, tracking_url, service, status, created_at, delivered_at, updated_at) \
         VALUES ($1, 'UPS', $2, $3, 'Ground', $4, $5, $6, $7) RETURNING id",
    )
    .bind(order_id)
    .bind(&tracking)
    .bind(format!("https://www.ups.com/track?tracknum={tracking}"))
    .bind(parcel_status)
    .bind(shipped_at)
    .bind(delivered.then_some(delivered_at))
    .bind(if delivered { delivered_at } else { shipped_at + 3 * 3600 })
    .fetch_one(&mut **tx)
    .await?;
    for (line_id, _, qty) in &paid {
        sqlx::query("INSERT INTO shipment_lines (shipment_id, line_id, quantity) VALUES ($1, $2, $3)")
            .bind(shipment_id)
            .bind(line_id)
            .bind(qty)
            .execute(&mut **tx)
            .await?;
    }
    // Where the carrier's scans happened: the warehouse, then the shopper's town.
    for (status, message, at, at_the_same_place_as) in [
        ("in_transit", "Picked up by the carrier", shipped_at + 3 * 3600, "InTransit_002"),
        ("out_for_delivery", "Out for delivery", delivered_at - 5 * 3600, "OutForDelivery_001"),
        ("delivered", "Delivered, left at the front door", delivered_at, "Delivered_001"),
    ] {
        if at > until {
            continue;
        }
        sqlx::query("INSERT INTO tracking_events (shipment_id, status, message, location, occurred_at, received_at) VALUES ($1, $2, $3, $4, $5, $5)")
            .bind(shipment_id)
            .bind(status)
            .bind(message)
            .bind(crate::tracking::simulate::location(at_the_same_place_as, &who.address))
            .bind(at)
            .execute(&mut **tx)
            .await?;
    }
    if !delivered {
        sqlx::query("UPDATE orders SET status = $1, updated_at = $2 WHERE id = $3").bind(order_status).bind(shipped_at).bind(order_id).execute(&mut **tx).await?;
        return Ok(None);
    }
    sqlx::query("UPDATE orders SET updated_at = $1 WHERE id = $2").bind(delivered_at).bind(order_id).execute(&mut **tx).await?;
    Ok(Some((order_id, paid)))
}

/// One line (a unit of it) sent back a week after delivery, received and refunded.
async fn write_return(tx: &mut Tx, order_id: i64, lines: &[PaidLine], (placed_at, currency): (i64, Currency), rng: &mut Rng) -> Result<(), sqlx::Error> {
    const REASONS: [(&str, u64); 6] =
        [("too_small", 30), ("too_big", 20), ("not_as_described", 15), ("arrived_damaged", 10), ("changed_mind", 20), ("wrong_item", 5)];
    let (line_id, total, qty) = lines[rng.below(lines.len() as u64) as usize];
    let mut roll = rng.below(100);
    let reason = REASONS.iter().find(|(_, w)| if roll < *w { true } else { roll -= w; false }).map(|(r, _)| *r).unwrap_or("other");
    let value = total / qty.max(1);
    let asked = placed_at + 7 * DAY + rng.below(10 * DAY as u64) as i64;
    let refunded = asked + DAY + rng.below(4 * DAY as u64) as i64;
    let rma = format!("R-{}", &crate::orders::new_number()[3..]);
    let return_id: i64 = sqlx::query_scalar(
        "INSERT INTO returns (rma, order_id, status, idempotency_key, request_hash, return_carrier, created_at, updated_at, resolved_at) \
         VALUES ($1, $2, 'refunded', $3, '', 'UPS', $4, $5, $5) RETURNING id",
    )
    .bind(&rma)
    .bind(order_id)
    .bind(format!("history-{rma}"))
    .bind(asked)
    .bind(refunded)
    .fetch_one(&mut **tx)
    .await?;
    sqlx::query(
        "INSERT INTO return_lines (return_id, order_line_id, quantity, reason, resolution, received_quantity, condition, value_minor, resolved_at) \
         VALUES ($1, $2, 1, $3, 'refund', 1, 'resellable', $4, $5)",
    )
    .bind(return_id)
    .bind(line_id)
    .bind(reason)
    .bind(value)
    .bind(refunded)
    .execute(&mut **tx)
    .await?;
    if value > 0 {
        sqlx::query(
            "INSERT INTO return_payouts (return_id, order_id, kind, amount_minor, idempotency_key, request_hash, status, created_at) \
             VALUES ($1, $2, 'refund', $3, $4, '', 'succeeded', $5)",
        )
        .bind(return_id)
        .bind(order_id)
        .bind(value)
        .bind(format!("history-{rma}"))
        .bind(refunded)
        .execute(&mut **tx)
        .await?;
    }
    let said = [
        ("requested", "Return requested.", crate::said::Said::new("server-event-return-requested"), asked),
        ("refunded", "Refunded to the original payment.", crate::said::Said::new("server-event-return-refunded").money("amount", Money::from_minor(value, currency)), refunded),
    ];
    for (kind, message, said, at) in said {
        sqlx::query("INSERT INTO return_events (return_id, kind, message, said, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(return_id)
            .bind(kind)
            .bind(message)
            .bind(said.to_json())
            .bind(at)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

async fn write_abandoned_cart(tx: &mut Tx, products: &[std::sync::Arc<Product>], currency: Currency, at: i64, rng: &mut Rng) -> Result<(), sqlx::Error> {
    let id = format!("hist-{:016x}", rng.next());
    sqlx::query("INSERT INTO carts (id, token_hash, currency, status, created_at, updated_at) VALUES ($1, $2, $3, 'open', $4, $4)")
        .bind(&id)
        .bind(format!("{:064x}", rng.next()))
        .bind(currency.code())
        .bind(at)
        .execute(&mut **tx)
        .await?;
    let p = pick(products, rng);
    let v = &p.variants[rng.below(p.variants.len() as u64) as usize];
    sqlx::query(
        "INSERT INTO cart_lines (cart_id, variant_id, quantity, added_price_minor, position, created_at, updated_at) VALUES ($1, $2, 1, $3, 0, $4, $4)",
    )
    .bind(&id)
    .bind(v.id)
    .bind(v.price.to_minor().unwrap_or(0))
    .bind(at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A line of the order's history (`key`, a message without values), read in
/// the reader's language ([`crate::said`]); the customers of the past speak English.
async fn event(tx: &mut Tx, order_id: i64, kind: &str, key: &str, at: i64) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO order_events (order_id, kind, message, said, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(order_id)
        .bind(kind)
        .bind(vitrine_core::i18n::text_in(vitrine_core::i18n::Lang::En, key, &[]))
        .bind(crate::said::Said::new(key).to_json())
        .bind(at)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
