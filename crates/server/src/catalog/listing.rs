//! Answers a [`ProductQuery`] from the snapshot: filters as variant-level
//! bitsets (AND across filters, OR within one), facet counts computed the
//! disjunctive way (each facet counted with every filter but its own, so
//! its other values stay visible), then sort and page.

use std::cmp::Reverse;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use vitrine_core::catalog::{Product, ProductSummary};
use vitrine_core::listing::{
    CategorySuggestion, Facet, FacetValue, PriceRange, ProductList, ProductQuery, Sort, Suggestions, OPTION_PREFIX,
};
use vitrine_core::{ApiErrorBody, Currency, Money};

use super::bitset::Bitset;
use super::search::SearchIndex;
use vitrine_core::catalog::Category;

struct ValueDef {
    value: String,
    label: String,
    swatch: Option<String>,
    /// Variants having this value.
    bits: Bitset,
    /// Products with a variant having this value (filled after the variant pass).
    products: Bitset,
}

struct FacetDef {
    /// The query parameter: `category`, `option.colour`.
    name: String,
    label: String,
    values: Vec<ValueDef>,
}

/// Everything needed to filter, count and sort without touching the database.
pub struct ListingIndex {
    currency: Currency,
    product_variants: Vec<(u32, u32)>,
    variant_product: Vec<u32>,
    variant_price: Vec<i64>,
    /// Lowest and highest variant price per product.
    product_price: Vec<(i64, i64)>,
    in_stock: Bitset,
    in_stock_products: Bitset,
    category: FacetDef,
    options: Vec<FacetDef>,
    by_price: Vec<u32>,
    by_newest: Vec<u32>,
    by_name: Vec<u32>,
    /// The answer's facets and price range for "no search, no filters".
    unfiltered: Option<(Vec<Facet>, Option<PriceRange>)>,
}

/// Which facet a filter belongs to, for disjunctive counting.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Slot {
    Category,
    Option(usize),
    Price,
    InStock,
}

impl ListingIndex {
    pub fn currency(&self) -> Currency {
        self.currency
    }

    /// `products` in featured order.
    pub fn build(products: &[std::sync::Arc<Product>], categories: &[Category], currency: Currency) -> ListingIndex {
        let n_variants: usize = products.iter().map(|p| p.variants.len()).sum();
        let mut product_variants = Vec::with_capacity(products.len());
        let mut variant_product = Vec::with_capacity(n_variants);
        let mut variant_price = Vec::with_capacity(n_variants);
        let mut in_stock = Bitset::empty(n_variants);
        let mut category = FacetDef {
            name: "category".into(),
            label: "Category".into(),
            values: categories
                .iter()
                .map(|c| ValueDef {
                    value: c.handle.clone(),
                    label: c.name.clone(),
                    swatch: None,
                    bits: Bitset::empty(n_variants),
                    products: Bitset::empty(0),
                })
                .collect(),
        };
        let mut options: Vec<FacetDef> = Vec::new();
        let mut v = 0usize;
        for (pi, p) in products.iter().enumerate() {
            let start = v;
            let cat = category.values.iter().position(|c| c.value == p.category.handle);
            // Resolve this product's options to facet slots once.
            let slots: Vec<usize> = p
                .options
                .iter()
                .map(|o| {
                    let key = o.name.to_lowercase();
                    match options.iter().position(|f| f.name[OPTION_PREFIX.len()..] == key) {
                        Some(i) => i,
                        None => {
                            options.push(FacetDef { name: format!("{OPTION_PREFIX}{key}"), label: o.name.clone(), values: Vec::new() });
                            options.len() - 1
                        }
                    }
                })
                .collect();
            for variant in &p.variants {
                variant_product.push(pi as u32);
                variant_price.push(variant.price.to_minor().unwrap_or(i64::MAX));
                if variant.available > 0 {
                    in_stock.insert(v);
                }
                if let Some(c) = cat {
                    category.values[c].bits.insert(v);
                }
                for (k, value) in variant.options.iter().enumerate() {
                    let Some(&slot) = slots.get(k) else { continue };
                    let facet = &mut options[slot];
                    let idx = match facet.values.iter().position(|x| x.value == *value) {
                        Some(i) => i,
                        None => {
                            let swatch = p.options[k].values.iter().find(|o| o.value == *value).and_then(|o| o.swatch.clone());
                            facet.values.push(ValueDef {
                                value: value.clone(),
                                label: value.clone(),
                                swatch,
                                bits: Bitset::empty(n_variants),
                                products: Bitset::empty(0),
                            });
                            facet.values.len() - 1
                        }
                    };
                    facet.values[idx].bits.insert(v);
                }
                v += 1;
            }
            product_variants.push((start as u32, v as u32));
        }
        let product_price: Vec<(i64, i64)> = product_variants
            .iter()
            .map(|&(s, e)| {
                let prices = (s..e).map(|i| variant_price[i as usize]);
                (prices.clone().min().unwrap_or(0), prices.max().unwrap_or(0))
            })
            .collect();
        let reduce = |variants: &Bitset| {
            let mut out = Bitset::empty(product_variants.len());
            for (p, &(s, e)) in product_variants.iter().enumerate() {
                if variants.any_in(s as usize, e as usize) {
                    out.insert(p);
                }
            }
            out
        };
        for v in category.values.iter_mut().chain(options.iter_mut().flat_map(|f| f.values.iter_mut())) {
            v.products = reduce(&v.bits);
        }
        let in_stock_products = reduce(&in_stock);
        let mut by_price: Vec<u32> = (0..products.len() as u32).collect();
        by_price.sort_by_key(|&i| (product_price[i as usize].0, i));
        let mut by_newest: Vec<u32> = (0..products.len() as u32).collect();
        by_newest.sort_by_key(|&i| (Reverse(products[i as usize].created_at), i));
        let mut by_name: Vec<u32> = (0..products.len() as u32).collect();
        by_name.sort_by_cached_key(|&i| (products[i as usize].title.to_lowercase(), i));
        let mut index = ListingIndex {
            currency,
            product_variants,
            variant_product,
            variant_price,
            product_price,
            in_stock,
            in_stock_products,
            category,
            options,
            by_price,
            by_newest,
            by_name,
            unfiltered: None,
        };
        let filters = Filters::unfiltered(index.n_products(), index.variant_product.len());
        index.unfiltered = Some((index.facets(&filters, &ProductQuery::default()), index.price_range(&filters)));
        index
    }

    fn n_products(&self) -> usize {
        self.product_variants.len()
    }

    fn to_minor(&self, d: Decimal, round_up: bool) -> i64 {
        let scaled = d * Decimal::from(10i64.pow(self.currency.minor_units()));
        let r = if round_up { scaled.ceil() } else { scaled.floor() };
        r.to_i64().unwrap_or(if round_up { i64::MAX } else { 0 })
    }

    /// Products with at least one variant in `variants`, among `candidates`.
    fn products_of(&self, variants: &Bitset, candidates: &Bitset) -> Bitset {
        let mut out = Bitset::empty(self.n_products());
        for p in candidates.iter() {
            let (s, e) = self.product_variants[p];
            if variants.any_in(s as usize, e as usize) {
                out.insert(p);
            }
        }
        out
    }

    /// Distinct products among set bits of `a & b`.
    fn count_products(&self, a: &Bitset, b: &Bitset) -> u64 {
        let mut last = usize::MAX;
        let mut n = 0;
        for v in a.iter_and(b) {
            let p = self.variant_product[v] as usize;
            if p != last {
                n += 1;
                last = p;
            }
        }
        n
    }

    /// The set a facet's values are counted against: every filter but the
    /// facet's own, on products when all of those are product-level (text,
    /// category), else on variants.
    fn base(&self, filters: &Filters, without: Option<Slot>) -> Base {
        if filters.product_level_except(without) {
            Base::Products(filters.base_products(without))
        } else {
            Base::Variants(filters.base_variants(without))
        }
    }

    /// Products with a variant in `base` having the value.
    fn count(&self, base: &Base, value_variants: &Bitset, value_products: &Bitset) -> u64 {
        match base {
            Base::Products(p) => p.count_and(value_products),
            Base::Variants(v) => self.count_products(v, value_variants),
        }
    }

    fn facets(&self, filters: &Filters, q: &ProductQuery) -> Vec<Facet> {
        let mut out = Vec::with_capacity(self.options.len() + 2);
        let mut push = |def: &FacetDef, slot: Slot, selected: &dyn Fn(&str) -> bool| {
            let base = self.base(filters, filters.has(slot).then_some(slot));
            let values: Vec<FacetValue> = def
                .values
                .iter()
                .map(|v| FacetValue {
                    value: v.value.clone(),
                    label: v.label.clone(),
                    count: self.count(&base, &v.bits, &v.products),
                    selected: selected(&v.value),
                    swatch: v.swatch.clone(),
                })
                .filter(|v| v.count > 0 || v.selected)
                .collect();
            if !values.is_empty() {
                out.push(Facet { name: def.name.clone(), label: def.label.clone(), values });
            }
        };
        push(&self.category, Slot::Category, &|v| q.categories.iter().any(|c| c == v));
        for (i, def) in self.options.iter().enumerate() {
            let key = &def.name[OPTION_PREFIX.len()..];
            let chosen = q.options.get(key);
            push(def, Slot::Option(i), &|v| chosen.is_some_and(|c| c.iter().any(|x| x == v)));
        }
        let base = self.base(filters, filters.has(Slot::InStock).then_some(Slot::InStock));
        let count = self.count(&base, &self.in_stock, &self.in_stock_products);
        if count > 0 || q.in_stock {
            out.push(Facet {
                name: "in_stock".into(),
                label: "Availability".into(),
                values: vec![FacetValue { value: "true".into(), label: "In stock".into(), count, selected: q.in_stock, swatch: None }],
            });
        }
        out
    }

    fn price_range(&self, filters: &Filters) -> Option<PriceRange> {
        let without = filters.has(Slot::Price).then_some(Slot::Price);
        let (mut lo, mut hi) = (i64::MAX, i64::MIN);
        if filters.product_level_except(without) {
            for p in filters.base_products(without).iter() {
                lo = lo.min(self.product_price[p].0);
                hi = hi.max(self.product_price[p].1);
            }
        } else {
            for v in filters.base_variants(without).iter() {
                lo = lo.min(self.variant_price[v]);
                hi = hi.max(self.variant_price[v]);
            }
        }
        (lo <= hi).then(|| PriceRange { min: Money::from_minor(lo, self.currency), max: Money::from_minor(hi, self.currency) })
    }

    /// Runs `q`. Errors name unknown option filters.
    pub fn run(&self, q: &ProductQuery, search: &SearchIndex, summaries: &[ProductSummary]) -> Result<ProductList, ApiErrorBody> {
        let n_variants = self.variant_product.len();
        let hits = (!q.q.is_empty()).then(|| search.search(&q.q));
        let mut filters = Filters::unfiltered(self.n_products(), n_variants);
        if let Some(h) = &hits {
            filters.text_products = h.matched.clone();
            filters.text_variants = self.expand(&h.matched);
        }
        if !q.categories.is_empty() {
            let (variants, products) = self.union(&self.category, &q.categories);
            filters.parts.push(Part { slot: Slot::Category, variants, products: Some(products) });
        }
        let mut unknown = ApiErrorBody::new("The product query is invalid.");
        for (key, values) in &q.options {
            match self.options.iter().position(|f| f.name[OPTION_PREFIX.len()..] == *key) {
                Some(i) => {
                    let (variants, _) = self.union(&self.options[i], values);
                    filters.parts.push(Part { slot: Slot::Option(i), variants, products: None });
                }
                None => {
                    let names: Vec<&str> = self.options.iter().map(|f| f.name.as_str()).collect();
                    unknown = unknown.with(
                        &format!("{OPTION_PREFIX}{key}"),
                        format!("unknown filter; this catalog filters by {}", names.join(", ")),
                    );
                }
            }
        }
        if !unknown.errors.is_empty() {
            return Err(unknown);
        }
        if q.price_min.is_some() || q.price_max.is_some() {
            let lo = q.price_min.map(|d| self.to_minor(d, true)).unwrap_or(i64::MIN);
            let hi = q.price_max.map(|d| self.to_minor(d, false)).unwrap_or(i64::MAX);
            let bits = Bitset::from_values(&self.variant_price, |p| p >= lo && p <= hi);
            filters.parts.push(Part { slot: Slot::Price, variants: bits, products: None });
        }
        if q.in_stock {
            filters.parts.push(Part { slot: Slot::InStock, variants: self.in_stock.clone(), products: None });
        }
        let candidates = filters.base_products_product_level();
        let matched = if filters.product_level_except(None) {
            candidates
        } else {
            self.products_of(&filters.base_variants(None), &candidates)
        };
        let total = matched.count();
        let (facets, price_range) = match (&self.unfiltered, hits.is_none() && filters.parts.is_empty()) {
            (Some((f, r)), true) => (mark_selected(f.clone(), q), *r),
            _ => (self.facets(&filters, q), self.price_range(&filters)),
        };
        let offset = q.offset().min(total) as usize;
        let take = q.per_page as usize;
        let page: Vec<usize> = match (q.sort, &hits) {
            (Sort::Relevance, Some(h)) => {
                let mut ranked: Vec<usize> = matched.iter().collect();
                let by_score = |a: &usize, b: &usize| h.scores[*b].total_cmp(&h.scores[*a]).then(a.cmp(b));
                let end = (offset + take).min(ranked.len());
                if end > 0 && end < ranked.len() {
                    ranked.select_nth_unstable_by(end - 1, by_score);
                    ranked.truncate(end);
                }
                ranked.sort_by(by_score);
                ranked.into_iter().skip(offset).take(take).collect()
            }
            (Sort::Relevance, None) => matched.iter().skip(offset).take(take).collect(),
            (sort, _) => {
                let order: Box<dyn Iterator<Item = u32> + '_> = match sort {
                    Sort::PriceAsc => Box::new(self.by_price.iter().copied()),
                    Sort::PriceDesc => Box::new(self.by_price.iter().rev().copied()),
                    Sort::Newest => Box::new(self.by_newest.iter().copied()),
                    _ => Box::new(self.by_name.iter().copied()),
                };
                order.map(|i| i as usize).filter(|&i| matched.contains(i)).skip(offset).take(take).collect()
            }
        };
        Ok(ProductList {
            items: page.into_iter().map(|i| summaries[i].clone()).collect(),
            total,
            page: q.page,
            per_page: q.per_page,
            page_count: total.div_ceil(u64::from(q.per_page)) as u32,
            facets,
            price_range,
            corrected_query: hits.and_then(|h| h.corrected),
        })
    }

    /// Variants and products having any of `values`.
    fn union(&self, def: &FacetDef, values: &[String]) -> (Bitset, Bitset) {
        let mut variants = Bitset::empty(self.variant_product.len());
        let mut products = Bitset::empty(self.n_products());
        for v in def.values.iter().filter(|v| values.contains(&v.value)) {
            variants.or_with(&v.bits);
            products.or_with(&v.products);
        }
        (variants, products)
    }

    /// Every variant of `products`.
    fn expand(&self, products: &Bitset) -> Bitset {
        let mut bits = Bitset::empty(self.variant_product.len());
        for p in products.iter() {
            let (s, e) = self.product_variants[p];
            (s..e).for_each(|v| bits.insert(v as usize));
        }
        bits
    }

    /// Top products and categories for search-as-you-type.
    pub fn suggest(&self, q: &str, search: &SearchIndex, summaries: &[ProductSummary], limit: usize) -> Suggestions {
        let hits = search.search(q);
        let mut ranked: Vec<usize> = hits.matched.iter().collect();
        ranked.sort_by(|a, b| hits.scores[*b].total_cmp(&hits.scores[*a]).then(a.cmp(b)));
        let total = ranked.len() as u64;
        let mut per_category: Vec<(usize, u64)> = Vec::new();
        for (ci, c) in self.category.values.iter().enumerate() {
            let n = ranked.iter().filter(|&&p| c.bits.any_in(self.product_variants[p].0 as usize, self.product_variants[p].1 as usize)).count() as u64;
            if n > 0 {
                per_category.push((ci, n));
            }
        }
        per_category.sort_by_key(|&(ci, n)| (Reverse(n), ci));
        Suggestions {
            q: q.to_string(),
            products: ranked.into_iter().take(limit).map(|i| summaries[i].clone()).collect(),
            categories: per_category
                .into_iter()
                .take(3)
                .map(|(ci, count)| CategorySuggestion {
                    category: vitrine_core::catalog::CategoryRef {
                        handle: self.category.values[ci].value.clone(),
                        name: self.category.values[ci].label.clone(),
                    },
                    count,
                })
                .collect(),
            total,
        }
    }
}

fn mark_selected(mut facets: Vec<Facet>, q: &ProductQuery) -> Vec<Facet> {
    for f in &mut facets {
        for v in &mut f.values {
            v.selected = match f.name.as_str() {
                "category" => q.categories.contains(&v.value),
                "in_stock" => q.in_stock,
                name => q.options.get(&name[OPTION_PREFIX.len()..]).is_some_and(|c| c.contains(&v.value)),
            };
        }
    }
    facets
}

enum Base {
    Products(Bitset),
    Variants(Bitset),
}

/// One active filter: its variants, and its products when the filter is
/// product-level (a product either has all its variants in or none).
struct Part {
    slot: Slot,
    variants: Bitset,
    products: Option<Bitset>,
}

struct Filters {
    text_variants: Bitset,
    text_products: Bitset,
    parts: Vec<Part>,
}

impl Filters {
    fn unfiltered(n_products: usize, n_variants: usize) -> Filters {
        Filters { text_variants: Bitset::full(n_variants), text_products: Bitset::full(n_products), parts: Vec::new() }
    }

    fn has(&self, slot: Slot) -> bool {
        self.parts.iter().any(|p| p.slot == slot)
    }

    /// True when every filter but `without` is product-level.
    fn product_level_except(&self, without: Option<Slot>) -> bool {
        self.parts.iter().filter(|p| Some(p.slot) != without).all(|p| p.products.is_some())
    }

    /// Text and product-level filters, but `without`, on products.
    fn base_products(&self, without: Option<Slot>) -> Bitset {
        let mut b = self.text_products.clone();
        for p in self.parts.iter().filter(|p| Some(p.slot) != without) {
            if let Some(products) = &p.products {
                b.and_with(products);
            }
        }
        b
    }

    /// Products passing text and every product-level filter (a superset of the result).
    fn base_products_product_level(&self) -> Bitset {
        self.base_products(None)
    }

    /// Every filter but `without`, on variants.
    fn base_variants(&self, without: Option<Slot>) -> Bitset {
        let mut b = self.text_variants.clone();
        for p in self.parts.iter().filter(|p| Some(p.slot) != without) {
            b.and_with(&p.variants);
        }
        b
    }
}
