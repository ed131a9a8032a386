//! A fixed-size bitset: the set algebra behind filters and facet counts.

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bitset {
    words: Vec<u64>,
    len: usize,
}

impl Bitset {
    pub fn empty(len: usize) -> Bitset {
        Bitset { words: vec![0; len.div_ceil(64)], len }
    }

    pub fn full(len: usize) -> Bitset {
        let mut b = Bitset { words: vec![u64::MAX; len.div_ceil(64)], len };
        b.trim();
        b
    }

    fn trim(&mut self) {
        let rem = self.len % 64;
        if rem != 0 {
            if let Some(last) = self.words.last_mut() {
                *last &= (1u64 << rem) - 1;
            }
        }
    }

    /// The set of `i` in `0..values.len()` where `keep(values[i])`, built a
    /// word at a time without branches (the price filter runs this over every
    /// variant on each request).
    pub fn from_values<T: Copy>(values: &[T], keep: impl Fn(T) -> bool) -> Bitset {
        let words = values
            .chunks(64)
            .map(|chunk| chunk.iter().enumerate().fold(0u64, |w, (j, &v)| w | (u64::from(keep(v)) << j)))
            .collect();
        Bitset { words, len: values.len() }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn insert(&mut self, i: usize) {
        self.words[i / 64] |= 1 << (i % 64);
    }

    pub fn contains(&self, i: usize) -> bool {
        self.words[i / 64] & (1 << (i % 64)) != 0
    }

    pub fn count(&self) -> u64 {
        self.words.iter().map(|w| u64::from(w.count_ones())).sum()
    }

    /// `(self & other).count()` without allocating.
    pub fn count_and(&self, other: &Bitset) -> u64 {
        self.words.iter().zip(&other.words).map(|(a, b)| u64::from((a & b).count_ones())).sum()
    }

    pub fn and_with(&mut self, other: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
    }

    pub fn or_with(&mut self, other: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }

    pub fn and(&self, other: &Bitset) -> Bitset {
        let mut b = self.clone();
        b.and_with(other);
        b
    }

    /// Whether any bit in `start..end` is set.
    pub fn any_in(&self, start: usize, end: usize) -> bool {
        let mut i = start;
        while i < end {
            let word = self.words[i / 64] >> (i % 64);
            let span = (64 - i % 64).min(end - i);
            let mask = if span == 64 { u64::MAX } else { (1u64 << span) - 1 };
            if word & mask != 0 {
                return true;
            }
            i += span;
        }
        false
    }

    /// Indices of set bits, ascending.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(wi, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let bit = w.trailing_zeros() as usize;
                w &= w - 1;
                Some(wi * 64 + bit)
            })
        })
    }

    /// Set bits of `self & other`, ascending, without allocating.
    pub fn iter_and<'a>(&'a self, other: &'a Bitset) -> impl Iterator<Item = usize> + 'a {
        self.words.iter().zip(&other.words).enumerate().flat_map(|(wi, (&a, &b))| {
            let mut w = a & b;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let bit = w.trailing_zeros() as usize;
                w &= w - 1;
                Some(wi * 64 + bit)
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Bitset;

    #[test]
    fn from_values_matches_inserting_one_by_one() {
        let values: Vec<i64> = (0..200).map(|i| (i * 37) % 101).collect();
        let built = Bitset::from_values(&values, |p| (20..=60).contains(&p));
        let mut expected = Bitset::empty(values.len());
        for (i, p) in values.iter().enumerate() {
            if (20..=60).contains(p) {
                expected.insert(i);
            }
        }
        assert_eq!(built, expected);
        assert_eq!(Bitset::from_values(&values[..64], |_| true), Bitset::full(64));
        assert_eq!(Bitset::from_values::<i64>(&[], |_| true), Bitset::empty(0));
    }

    #[test]
    fn set_algebra() {
        let mut a = Bitset::empty(130);
        for i in [0, 63, 64, 129] {
            a.insert(i);
        }
        assert_eq!(a.iter().collect::<Vec<_>>(), [0, 63, 64, 129]);
        assert_eq!(Bitset::full(130).count(), 130);
        let mut b = Bitset::empty(130);
        b.insert(64);
        b.insert(100);
        assert_eq!(a.and(&b).iter().collect::<Vec<_>>(), [64]);
        assert_eq!(a.iter_and(&b).collect::<Vec<_>>(), [64]);
        b.or_with(&a);
        assert_eq!(b.count(), 5);
        assert!(a.any_in(60, 64) && a.any_in(64, 65) && !a.any_in(1, 63) && a.any_in(100, 130));
    }
}
