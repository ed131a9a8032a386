//! Full-text search over the catalog snapshot: an inverted index with
//! field-weighted BM25 ranking, prefix matching for search-as-you-type and
//! one-edit typo tolerance (symmetric-delete lookup).
//!
//! It is built from the same snapshot on SQLite and on PostgreSQL, so both
//! backends rank identically, and a query costs microseconds, not a SQL round
//! trip. Query text is only ever tokenised, never interpreted as syntax, so
//! quotes, `*`, `-` or `NEAR` are just characters.

use super::bitset::Bitset;
use super::fxhash::FxHashMap;

/// Field weights: a word in the title counts four times one in the description.
pub const TITLE: f32 = 4.0;
pub const CATEGORY: f32 = 2.0;
pub const OPTIONS: f32 = 2.0;
pub const SKU: f32 = 2.0;
pub const DESCRIPTION: f32 = 1.0;

const K1: f32 = 1.2;
const B: f32 = 0.75;
const PREFIX_FACTOR: f32 = 0.75;
const TYPO_FACTOR: f32 = 0.55;
const MAX_TOKENS: usize = 8;
const MAX_EXPANSIONS: usize = 64;

/// Lowercases, folds common Latin diacritics ("Café" -> "cafe") and splits on
/// anything that is not a letter or digit.
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_token(text, |t| out.push(t.to_string()));
    out
}

/// Calls `f` with each token of `text`, reusing one buffer.
pub fn for_each_token(text: &str, mut f: impl FnMut(&str)) {
    let mut cur = String::with_capacity(32);
    for ch in text.chars() {
        if ch.is_ascii_alphanumeric() {
            cur.push(ch.to_ascii_lowercase());
        } else if ch.is_alphanumeric() {
            for l in ch.to_lowercase() {
                push_folded(&mut cur, l);
            }
        } else if !cur.is_empty() {
            f(&cur);
            cur.clear();
        }
    }
    if !cur.is_empty() {
        f(&cur);
    }
}

fn push_folded(out: &mut String, c: char) {
    let folded = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a",
        'ç' | 'ć' | 'č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' => "e",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ñ' | 'ń' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => "u",
        'ý' | 'ÿ' => "y",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ł' => "l",
        'ś' | 'š' => "s",
        'ź' | 'ż' | 'ž' => "z",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(folded);
}

/// The searchable text of one product, by field.
pub struct Document<'a> {
    pub title: &'a str,
    pub category: &'a str,
    pub options: Vec<&'a str>,
    pub skus: Vec<&'a str>,
    pub description: &'a str,
}

#[derive(Default)]
pub struct SearchIndex {
    /// Sorted vocabulary.
    terms: Vec<String>,
    /// Per term: (document, weighted term frequency).
    postings: Vec<Vec<(u32, f32)>>,
    /// A term with one character deleted -> terms it came from (and terms themselves).
    deletes: FxHashMap<String, Vec<u32>>,
    /// Per term: documents whose title has it.
    title_postings: Vec<Vec<u32>>,
    doc_len: Vec<f32>,
    avg_len: f32,
    titles: Vec<String>,
}

/// Which documents matched, and how well.
pub struct SearchHits {
    pub matched: Bitset,
    /// Score per document (0 for non-matches).
    pub scores: Vec<f32>,
    /// The query with typo-corrected words, when any word needed correcting.
    pub corrected: Option<String>,
}

fn one_deletions(term: &str) -> impl Iterator<Item = String> + '_ {
    let chars: Vec<char> = term.chars().collect();
    (0..chars.len()).map(move |i| chars.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, c)| c).collect())
}

/// True when `a` and `b` are at most one edit apart (insert, delete,
/// substitute, or swap of neighbours).
fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (la - prefix - suffix.min(la - prefix), lb - prefix - suffix.min(lb - prefix));
    if ra <= 1 && rb <= 1 {
        return true;
    }
    // An adjacent swap: "sewater" vs "sweater".
    la == lb && ra == 2 && rb == 2 && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
}

impl SearchIndex {
    pub fn build(docs: &[Document<'_>]) -> SearchIndex {
        // Intern every word once; documents hold (term id, weighted frequency).
        let mut ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut words: Vec<String> = Vec::new();
        let mut postings_by_id: Vec<Vec<(u32, f32)>> = Vec::new();
        let mut titles_by_id: Vec<Vec<u32>> = Vec::new();
        let mut doc_len = Vec::with_capacity(docs.len());
        let mut titles = Vec::with_capacity(docs.len());
        let mut tf: Vec<(u32, f32)> = Vec::new();
        for (d, doc) in docs.iter().enumerate() {
            tf.clear();
            let mut len = 0f32;
            let mut add = |text: &str, weight: f32| {
                for_each_token(text, |t| {
                    let id = match ids.get(t) {
                        Some(&id) => id,
                        None => {
                            let id = words.len() as u32;
                            ids.insert(t.to_string(), id);
                            words.push(t.to_string());
                            postings_by_id.push(Vec::new());
                            titles_by_id.push(Vec::new());
                            id
                        }
                    };
                    tf.push((id, weight));
                    if weight == TITLE && titles_by_id[id as usize].last() != Some(&(d as u32)) {
                        titles_by_id[id as usize].push(d as u32);
                    }
                    len += weight;
                });
            };
            add(doc.title, TITLE);
            add(doc.category, CATEGORY);
            for o in &doc.options {
                add(o, OPTIONS);
            }
            for s in &doc.skus {
                add(s, SKU);
            }
            add(doc.description, DESCRIPTION);
            tf.sort_unstable_by_key(|(id, _)| *id);
            let mut i = 0;
            while i < tf.len() {
                let id = tf[i].0;
                let mut f = 0.0;
                while i < tf.len() && tf[i].0 == id {
                    f += tf[i].1;
                    i += 1;
                }
                postings_by_id[id as usize].push((d as u32, f));
            }
            doc_len.push(len);
            titles.push(tokens(doc.title).join(" "));
        }
        let mut order: Vec<u32> = (0..words.len() as u32).collect();
        order.sort_unstable_by(|a, b| words[*a as usize].cmp(&words[*b as usize]));
        let mut terms = Vec::with_capacity(words.len());
        let mut postings = Vec::with_capacity(words.len());
        let mut title_postings = Vec::with_capacity(words.len());
        let mut deletes: FxHashMap<String, Vec<u32>> = FxHashMap::default();
        for (i, &id) in order.iter().enumerate() {
            let t = std::mem::take(&mut words[id as usize]);
            if t.chars().count() >= 4 {
                deletes.entry(t.clone()).or_default().push(i as u32);
                for del in one_deletions(&t) {
                    deletes.entry(del).or_default().push(i as u32);
                }
            }
            postings.push(std::mem::take(&mut postings_by_id[id as usize]));
            title_postings.push(std::mem::take(&mut titles_by_id[id as usize]));
            terms.push(t);
        }
        let avg_len = if doc_len.is_empty() { 1.0 } else { doc_len.iter().sum::<f32>() / doc_len.len() as f32 };
        SearchIndex { terms, postings, title_postings, deletes, doc_len, avg_len: avg_len.max(1.0), titles }
    }

    pub fn doc_count(&self) -> usize {
        self.doc_len.len()
    }

    /// Terms starting with `prefix` (sorted vocabulary, so one range).
    fn prefixed(&self, prefix: &str) -> std::ops::Range<usize> {
        let start = self.terms.partition_point(|t| t.as_str() < prefix);
        let end = start + self.terms[start..].partition_point(|t| t.starts_with(prefix));
        start..end
    }

    /// Terms one edit away from `word`.
    fn near(&self, word: &str) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        let mut probe = |key: &str| {
            if let Some(ids) = self.deletes.get(key) {
                for &id in ids {
                    if !out.contains(&id) && within_one_edit(word, &self.terms[id as usize]) {
                        out.push(id);
                    }
                }
            }
        };
        probe(word);
        for del in one_deletions(word) {
            probe(&del);
        }
        out
    }

    fn idf(&self, term: usize) -> f32 {
        let n = self.doc_count() as f32;
        let df = self.postings[term].len() as f32;
        ((n - df + 0.5) / (df + 0.5) + 1.0).ln()
    }

    fn bm25(&self, idf: f32, tf: f32, doc: usize) -> f32 {
        let norm = K1 * (1.0 - B + B * self.doc_len[doc] / self.avg_len);
        idf * tf * (K1 + 1.0) / (tf + norm)
    }

    /// Documents matching every word of `query` (each word exactly, as a
    /// prefix, or one typo away), scored by relevance.
    pub fn search(&self, query: &str) -> SearchHits {
        let n = self.doc_count();
        let words: Vec<String> = tokens(query).into_iter().take(MAX_TOKENS).collect();
        let mut matched = Bitset::full(n);
        let mut scores = vec![0f32; n];
        if words.is_empty() {
            return SearchHits { matched: Bitset::empty(n), scores, corrected: None };
        }
        let mut corrected_words: Vec<String> = Vec::with_capacity(words.len());
        let mut any_correction = false;
        let mut word_score = vec![0f32; n];
        // Documents whose title matches every word (as the word, a prefix or a near miss).
        let mut title_all = Bitset::full(n);
        for (wi, word) in words.iter().enumerate() {
            let last = wi + 1 == words.len();
            let mut candidates: Vec<(usize, f32)> = Vec::new();
            if let Ok(i) = self.terms.binary_search(word) {
                candidates.push((i, 1.0));
            }
            if last || word.chars().count() >= 3 {
                for i in self.prefixed(word).take(MAX_EXPANSIONS) {
                    if self.terms[i] != *word {
                        candidates.push((i, PREFIX_FACTOR));
                    }
                }
            }
            let mut used = word.clone();
            if candidates.is_empty() && word.chars().count() >= 4 {
                let near = self.near(word);
                if let Some(best) = near.iter().max_by_key(|&&id| self.postings[id as usize].len()) {
                    used = self.terms[*best as usize].clone();
                    any_correction = true;
                }
                candidates.extend(near.into_iter().map(|id| (id as usize, TYPO_FACTOR)));
            }
            corrected_words.push(used);
            word_score.iter_mut().for_each(|s| *s = 0.0);
            let mut hit = Bitset::empty(n);
            let mut in_title = Bitset::empty(n);
            for (term, factor) in candidates {
                let idf = self.idf(term);
                for &doc in &self.title_postings[term] {
                    in_title.insert(doc as usize);
                }
                for &(doc, tf) in &self.postings[term] {
                    let d = doc as usize;
                    let s = factor * self.bm25(idf, tf, d);
                    if s > word_score[d] {
                        word_score[d] = s;
                    }
                    hit.insert(d);
                }
            }
            matched.and_with(&hit);
            title_all.and_with(&in_title);
            for d in matched.iter() {
                scores[d] += word_score[d];
            }
        }
        // Title matches first: the exact title, then titles that start with the query.
        let phrase = words.join(" ");
        title_all.and_with(&matched);
        for d in title_all.iter() {
            let title = &self.titles[d];
            scores[d] += if *title == phrase {
                1000.0
            } else if title.starts_with(&phrase) {
                10.0
            } else {
                5.0
            };
        }
        let corrected = any_correction.then(|| corrected_words.join(" "));
        SearchHits { matched, scores, corrected }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> SearchIndex {
        let docs = [
            ("Merino Crew Sweater", "Apparel", vec!["Charcoal", "M"], "Fine-gauge merino wool."),
            ("Fisherman Cable Knit", "Apparel", vec!["Cream"], "A traditional sweater in undyed wool."),
            ("Stoneware Mug", "Home & Kitchen", vec!["Sage"], "Wheel-thrown stoneware, dishwasher safe."),
            ("Merino Hiking Socks", "Footwear", vec!["Rust"], "Cushioned merino blend."),
            ("Café Crème Cup", "Home & Kitchen", vec![], "For a crème brûlée too."),
        ];
        let docs: Vec<Document> = docs
            .iter()
            .enumerate()
            .map(|(i, (t, c, o, d))| Document {
                title: t,
                category: c,
                options: o.clone(),
                skus: vec![["MCS-1", "FCK-2", "SM-3", "MHS-4", "CCC-5"][i]],
                description: d,
            })
            .collect();
        SearchIndex::build(&docs)
    }

    fn ranked(ix: &SearchIndex, q: &str) -> Vec<usize> {
        let hits = ix.search(q);
        let mut docs: Vec<usize> = hits.matched.iter().collect();
        docs.sort_by(|a, b| hits.scores[*b].total_cmp(&hits.scores[*a]));
        docs
    }

    #[test]
    fn exact_title_match_ranks_first() {
        let ix = index();
        assert_eq!(ranked(&ix, "merino crew sweater")[0], 0);
        assert_eq!(ranked(&ix, "sweater"), [0, 1], "title beats description");
        let mut merino = ranked(&ix, "merino");
        merino.sort();
        assert_eq!(merino, [0, 3]);
    }

    #[test]
    fn prefixes_typos_and_every_field_match() {
        let ix = index();
        assert_eq!(ranked(&ix, "stonew"), [2], "search-as-you-type prefix");
        let hits = ix.search("sweatr");
        assert_eq!(hits.matched.iter().collect::<Vec<_>>(), [0, 1]);
        assert_eq!(hits.corrected.as_deref(), Some("sweater"));
        assert_eq!(ranked(&ix, "mearino sokcs"), [3], "a missing letter and a swap");
        assert_eq!(ranked(&ix, "kitchen"), [2, 4], "category");
        assert_eq!(ranked(&ix, "charcoal"), [0], "option value");
        assert_eq!(ranked(&ix, "fck-2"), [1], "sku");
        assert_eq!(ranked(&ix, "CAFE CREME"), [4], "case and accents fold");
        assert!(ix.search("merino mug").matched.iter().next().is_none(), "every word must match");
    }

    #[test]
    fn query_syntax_is_just_text() {
        let ix = index();
        for q in ["\"merino", "merino*", "NEAR(merino socks)", "-merino", "merino OR", "'); DROP TABLE", "***", "\u{0}"] {
            let _ = ix.search(q);
        }
        assert_eq!(ranked(&ix, "\"merino\" -socks*"), [3], "punctuation separates words; '-socks' is the word socks");
        assert!(ix.search("").matched.iter().next().is_none());
    }

    #[test]
    fn edit_distance() {
        assert!(within_one_edit("sweater", "sweatr"));
        assert!(within_one_edit("sweater", "swaeter"));
        assert!(within_one_edit("sweater", "sweatex"));
        assert!(!within_one_edit("sweater", "swtaer"));
        assert!(!within_one_edit("mug", "mugxx"));
    }
}
