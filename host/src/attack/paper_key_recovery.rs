//! Ciphertext-only recovery of the master key of a paper-mode `.dlk` file.
//!
//! Payload byte `t` is locked as `c[t] = Sbox(p[t] ^ s[t])`, so a guess of the plaintext byte
//! gives a guess of the key-stream byte, `s[t] = InvSbox(c[t]) ^ p[t]`. The plaintext is far from
//! uniform ([`super::byte_priors`]: reserved and padding bytes are zero, bias high bytes 0x00 or
//! 0xFF, the last layer's multiplier and shift zero, float exponents in a narrow band), and the
//! key stream is the AES-128 key expansion, which is four independent byte sequences with a
//! 32-bit state each ([`super::diagonals`]). The search is therefore per diagonal, 2^32 at most
//! and in practice far less:
//!
//! 1. **Evidence** ([`super::evidence`]). Diagonal `D` owns byte `(D - r) mod 4` of the last word
//!    `d_r` of every round `r`, one payload byte per round; once other diagonals are found, the
//!    other three words of the round tell about it too. Per round this gives a log-likelihood
//!    ratio for each of the 256 values of the diagonal's key byte, and the candidates: the
//!    plausible values at least as likely as chance (one for a zero byte, two for a bias's top
//!    byte, all 256 when nothing is known).
//! 2. **Guess and determine in a window.** In a window of consecutive rounds the unknowns are the
//!    diagonal's bytes `x_0 … x_{W-1}`, tied by `x_{i+4} = x_i ^ Sbox(x_{i+3}) ^ c_i`: any two of
//!    the three bytes of a relation give the third. A depth-first search branches on the byte with
//!    the fewest candidates, best first, derives every byte it can, and abandons a branch as soon
//!    as a derived byte is implausible. Four known bytes with the right spacing (four
//!    consecutive, or spaced 3 or 4 apart) fix all the others, so a window holding four exactly
//!    known bytes costs one step. Windows are tried cheapest first, by the product of their four
//!    smallest candidate counts, over all diagonals not yet found.
//! 3. **Sequential test.** A state that survives its window is run along the rest of the payload
//!    (the recurrence runs both ways), adding the log-likelihood ratio of every round outside the
//!    window, until the sum reaches +[`Options::accept_bits`] (accept) or −[`Options::reject_bits`]
//!    (reject): Wald's sequential probability ratio test. Outside the window the evidence is
//!    fresh and each round's ratio averages to 1 under a wrong byte, so a wrong state is accepted
//!    with probability at most 2^-A.
//! 4. **Bootstrap.** An accepted diagonal rebuilds the evidence of the others: the words `c`, `b`
//!    and `a` it completes bring header bytes into their windows, and the last diagonals fall in
//!    a few steps.
//! 5. **Key.** The four accepted diagonal states give a round key and the expansion runs back to
//!    K. K is reported only if it passes the model's key check ([`ModelHeader::key_matches`]);
//!    otherwise the search looks for further states and tries their combinations.
//!
//! The procedure never looks at the lock mode: run on a hardened file it searches the same way
//! and finds no state that passes the test, because that key stream has no such structure; it
//! then gives up when its work budget ([`Options::total_budget`]) is spent.

use crate::format::{LockedModel, ModelHeader};
use crate::sbox::{INV_SBOX, SBOX};
use crate::MasterKey;

use super::byte_priors::ByteModel;
use super::diagonals::{key_from_diagonals, DiagonalState, RconTable, DIAGONALS};
use super::evidence::{byte_sequence, Evidence};

/// Bytes of a window, at most.
const MAX_WINDOW: usize = 32;

/// The search's knobs. The defaults recover the demo's 784-16-10 models in a fraction of a
/// second and give up after about 2^27 steps (a few seconds on one core).
#[derive(Clone, Debug)]
pub struct Options {
    /// Rounds (diagonal bytes) per window: at least 13 so that four bytes spaced 4 apart fit.
    pub window: usize,
    /// Work allowed in one window (see [`Stats::work`]); windows whose estimated cost is larger
    /// are skipped.
    pub window_budget: u64,
    /// Work allowed in all, over every diagonal.
    pub total_budget: u64,
    /// Evidence that accepts a diagonal state, in bits.
    pub accept_bits: f32,
    /// Evidence against a state that rejects it, in bits.
    pub reject_bits: f32,
    /// A key byte is implausible at a round (ends a branch, is no candidate) when one of the
    /// payload bytes it unlocks has a log-likelihood ratio below this: -3 bits rules out a
    /// nonzero reserved byte or an out-of-band float exponent, never an int8 weight.
    pub prune_bits: f32,
    /// Only the first rounds (16 payload bytes each) of a large payload are used; the evidence
    /// takes 1 KiB per round and diagonal.
    pub max_rounds: u64,
    /// Accepted states kept per diagonal when the first combination fails the key check.
    pub candidates_per_diagonal: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            window: 16,
            window_budget: 1 << 22,
            total_budget: 1 << 27,
            accept_bits: 64.0,
            reject_bits: 16.0,
            prune_bits: -3.0,
            max_rounds: 1 << 14,
            candidates_per_diagonal: 3,
        }
    }
}

/// What the search did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Rounds of the payload observed.
    pub rounds: u64,
    /// Windows searched, over all diagonals.
    pub windows: u64,
    /// Work done: a step per byte set or derived in a window, and per round of a sequential test.
    pub work: u64,
    /// States that passed their window and went to the sequential test.
    pub tested: u64,
    /// Diagonals for which a state was accepted.
    pub diagonals_found: usize,
    /// Keys tried against the key check.
    pub keys_tried: u64,
}

/// The result: the key if one passed the key check, and what it took.
#[derive(Debug)]
pub struct Recovery {
    pub key: Option<MasterKey>,
    pub stats: Stats,
}

/// Recovers the master key of a paper-mode model from the file alone, with the default options;
/// `None` when nothing passes the key check (a hardened file, or a model the priors do not fit).
pub fn recover_key(model: &LockedModel) -> Option<MasterKey> {
    recover_key_with(model, &Options::default()).key
}

/// [`recover_key`] with explicit options and statistics.
pub fn recover_key_with(model: &LockedModel, options: &Options) -> Recovery {
    assert!((13..=MAX_WINDOW).contains(&options.window), "window must be 13..={MAX_WINDOW} rounds");
    let mut search = Search::new(model, options);
    let key = 'search: {
        // One state per diagonal, cheapest window first over the diagonals not yet found; each
        // diagonal found sharpens the evidence about the others.
        while let Some(d) = search.cheapest_unfound() {
            match search.search_next_window(d) {
                Some(state) => {
                    search.found[d].push(state);
                    search.rebuild_evidence(|s, other| s.found[other].first());
                }
                None if search.exhausted(d) => break 'search None,
                None => {}
            }
        }
        // The key check decides; should it fail, further states per diagonal (judged with the
        // other diagonals' first states) and every new combination.
        loop {
            if let Some(key) = search.try_combinations(&model.header) {
                break 'search Some(key);
            }
            let mut progressed = false;
            for d in 0..DIAGONALS {
                if search.found[d].len() < options.candidates_per_diagonal {
                    search.rebuild_one(d);
                    while !search.exhausted(d) {
                        if let Some(state) = search.search_next_window(d) {
                            search.found[d].push(state);
                            progressed = true;
                            break;
                        }
                    }
                }
            }
            if !progressed {
                break 'search None;
            }
        }
    };
    search.stats.diagonals_found = search.found.iter().filter(|f| !f.is_empty()).count();
    Recovery { key, stats: search.stats }
}

struct Search<'a> {
    options: &'a Options,
    payload: &'a [u8],
    priors: ByteModel,
    rcon: RconTable,
    rounds: u64,
    /// Per diagonal, what the payload says about its bytes.
    evidence: Vec<Evidence>,
    /// Per diagonal, (estimated cost, start round) of its windows, cheapest first, and the next
    /// one to search.
    windows: Vec<Vec<(f64, u64)>>,
    next_window: [usize; DIAGONALS],
    /// Accepted states per diagonal.
    found: [Vec<DiagonalState>; DIAGONALS],
    /// Work left in all.
    budget: u64,
    stats: Stats,
    /// Combinations (one state index per diagonal) already put to the key check.
    tried: Vec<[usize; DIAGONALS]>,
}

/// The work one window may still do, and what it did.
struct Work {
    left: u64,
    tested: u64,
}

impl Work {
    /// Takes one step; false when none is left.
    #[inline]
    fn step(&mut self) -> bool {
        let ok = self.left > 0;
        self.left = self.left.saturating_sub(1);
        ok
    }
}

impl<'a> Search<'a> {
    fn new(model: &'a LockedModel, options: &'a Options) -> Self {
        let rounds = (model.payload.len() as u64).div_ceil(16).min(options.max_rounds);
        let mut search = Search {
            options,
            payload: &model.payload,
            priors: ByteModel::new(&model.header),
            rcon: RconTable::default(),
            rounds,
            evidence: Vec::new(),
            windows: vec![Vec::new(); DIAGONALS],
            next_window: [0; DIAGONALS],
            found: Default::default(),
            budget: options.total_budget,
            stats: Stats { rounds, ..Stats::default() },
            tried: Vec::new(),
        };
        search.evidence = (0..DIAGONALS).map(|d| Evidence::new(d, search.payload, &search.priors, rounds, &Default::default(), options.prune_bits)).collect();
        for d in 0..DIAGONALS {
            search.windows[d] = search.windows_by_cost(d);
        }
        search
    }

    /// Rebuilds the evidence and windows of every diagonal not yet found, with `known(self, D)`
    /// the state taken for diagonal D (if any).
    fn rebuild_evidence(&mut self, known: impl Fn(&Self, usize) -> Option<&DiagonalState>) {
        let sequences: [Option<Vec<u8>>; DIAGONALS] = std::array::from_fn(|d| known(self, d).map(|s| byte_sequence(s, self.rounds, &self.rcon)));
        for d in (0..DIAGONALS).filter(|&d| self.found[d].is_empty()) {
            self.evidence[d] = Evidence::new(d, self.payload, &self.priors, self.rounds, &sequences, self.options.prune_bits);
            self.windows[d] = self.windows_by_cost(d);
            self.next_window[d] = 0;
        }
    }

    /// Rebuilds diagonal `d`'s evidence from the first states of the others, to look for more.
    fn rebuild_one(&mut self, d: usize) {
        let sequences: [Option<Vec<u8>>; DIAGONALS] =
            std::array::from_fn(|other| (other != d).then(|| self.found[other].first()).flatten().map(|s| byte_sequence(s, self.rounds, &self.rcon)));
        self.evidence[d] = Evidence::new(d, self.payload, &self.priors, self.rounds, &sequences, self.options.prune_bits);
        self.windows[d] = self.windows_by_cost(d);
        self.next_window[d] = 0;
    }

    /// The diagonal without a state whose next window is cheapest.
    fn cheapest_unfound(&self) -> Option<usize> {
        (0..DIAGONALS).filter(|&d| self.found[d].is_empty()).min_by(|&a, &b| self.next_cost(a).total_cmp(&self.next_cost(b)))
    }

    fn next_cost(&self, d: usize) -> f64 {
        self.windows[d].get(self.next_window[d]).map_or(f64::INFINITY, |w| w.0)
    }

    /// No windows or no work left for diagonal `d`.
    fn exhausted(&self, d: usize) -> bool {
        self.next_window[d] >= self.windows[d].len() || self.budget == 0
    }

    /// Window starts of diagonal `d` whose estimated cost (the product of the four smallest
    /// candidate counts) fits the window budget, cheapest first.
    fn windows_by_cost(&self, d: usize) -> Vec<(f64, u64)> {
        let w = self.options.window as u64;
        let evidence = &self.evidence[d];
        let mut costed: Vec<(f64, u64)> = (1..=self.rounds)
            .filter_map(|start| {
                // The four smallest counts, by insertion.
                let mut smallest = [256usize; 4];
                for r in start..start + w {
                    let mut count = evidence.candidates(r).len();
                    for slot in smallest.iter_mut() {
                        if count < *slot {
                            std::mem::swap(slot, &mut count);
                        }
                    }
                }
                let cost: f64 = smallest.iter().map(|&c| c as f64).product();
                (cost <= self.options.window_budget as f64).then_some((cost, start))
            })
            .collect();
        costed.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        costed
    }

    /// Searches diagonal `d`'s next window; an accepted state not found before, if any. A window
    /// that gave a state stays next, as it may hold another.
    fn search_next_window(&mut self, d: usize) -> Option<DiagonalState> {
        let (_, start) = *self.windows[d].get(self.next_window[d])?;
        if self.budget == 0 {
            return None;
        }
        self.stats.windows += 1;
        let mut work = Work { left: self.options.window_budget.min(self.budget), tested: 0 };
        let before = work.left;
        let accepted = self.search_window(d, start, &mut work);
        self.budget -= before - work.left;
        self.stats.work += before - work.left;
        self.stats.tested += work.tested;
        if accepted.is_none() {
            self.next_window[d] += 1;
        }
        accepted
    }

    /// Depth-first guess and determine over the window of diagonal `d` starting at round `start`.
    fn search_window(&self, d: usize, start: u64, work: &mut Work) -> Option<DiagonalState> {
        let w = self.options.window;
        let mut window = Window {
            diagonal: d,
            start,
            len: w,
            x: [None; MAX_WINDOW],
            constants: std::array::from_fn(|j| if j + 4 < w { self.rcon.step_constant(d, start + j as u64 + 4) } else { 0 }),
            trail: Vec::with_capacity(w),
            queue: Vec::with_capacity(w),
        };
        // Branch order: fewest candidates first, then earliest.
        let mut order: Vec<usize> = (0..w).collect();
        order.sort_by_key(|&i| (self.evidence[d].candidates(start + i as u64).len(), i));
        let known: Vec<DiagonalState> = self.found[d].iter().map(|k| k.at(start + w as u64 - 1, &self.rcon)).collect();
        self.branch(&mut window, &order, &known, work)
    }

    fn branch(&self, window: &mut Window, order: &[usize], known: &[DiagonalState], work: &mut Work) -> Option<DiagonalState> {
        let Some(&i) = order.iter().find(|&&i| window.x[i].is_none()) else {
            let last = window.start + window.len as u64 - 1;
            let state = DiagonalState { diagonal: window.diagonal, round: last, bytes: std::array::from_fn(|k| window.x[window.len - 4 + k].unwrap()) };
            if known.contains(&state) {
                return None;
            }
            work.tested += 1;
            return self.sequential_test(state, window.start, work);
        };
        for &u in self.evidence[window.diagonal].candidates(window.start + i as u64) {
            if work.left == 0 {
                return None;
            }
            let mark = window.trail.len();
            if self.assign(window, i, u, work) {
                if let Some(state) = self.branch(window, order, known, work) {
                    return Some(state);
                }
            }
            window.undo(mark);
        }
        None
    }

    /// Sets `x_i = u` and everything it determines, a step each; false on a contradiction or an
    /// implausible plaintext.
    fn assign(&self, window: &mut Window, i: usize, u: u8, work: &mut Work) -> bool {
        let evidence = &self.evidence[window.diagonal];
        window.queue.clear();
        window.queue.push((i, u));
        while let Some((k, v)) = window.queue.pop() {
            if !work.step() {
                return false;
            }
            match window.x[k] {
                Some(old) if old == v => continue,
                Some(_) => return false,
                None => {}
            }
            if !evidence.plausible(window.start + k as u64, v) {
                return false;
            }
            window.x[k] = Some(v);
            window.trail.push(k);
            // The relations x_{j+4} = x_j ^ Sbox(x_{j+3}) ^ c_j that contain x_k.
            for j in [k.checked_sub(4), k.checked_sub(3), Some(k)].into_iter().flatten() {
                if j + 4 >= window.len {
                    continue;
                }
                let c = window.constants[j];
                match (window.x[j], window.x[j + 3], window.x[j + 4]) {
                    (Some(a), Some(b), Some(e)) if a ^ SBOX[b as usize] ^ c != e => return false,
                    (Some(a), Some(b), None) => window.queue.push((j + 4, a ^ SBOX[b as usize] ^ c)),
                    (Some(a), None, Some(e)) => window.queue.push((j + 3, INV_SBOX[(a ^ e ^ c) as usize])),
                    (None, Some(b), Some(e)) => window.queue.push((j, e ^ SBOX[b as usize] ^ c)),
                    _ => {}
                }
            }
        }
        true
    }

    /// Wald's test of `state` on its diagonal's bytes outside the window starting at `start`:
    /// forward to the end of the payload, then backward to round 1.
    fn sequential_test(&self, state: DiagonalState, start: u64, work: &mut Work) -> Option<DiagonalState> {
        let (accept, reject) = (self.options.accept_bits, -self.options.reject_bits);
        let evidence = &self.evidence[state.diagonal];
        let mut total = 0f32;
        let mut decide = |llr: f32| {
            total += llr;
            (total >= accept).then_some(true).or((total <= reject).then_some(false))
        };
        let mut ahead = state.clone();
        while ahead.round < self.rounds && work.step() {
            ahead.forward(&self.rcon);
            if let Some(verdict) = decide(evidence.llr(ahead.round, ahead.bytes[3]).0) {
                return verdict.then_some(state);
            }
        }
        let mut behind = state.at(start + 3, &self.rcon);
        while behind.round > 4 && work.step() {
            behind.backward(&self.rcon);
            if let Some(verdict) = decide(evidence.llr(behind.round - 3, behind.bytes[0]).0) {
                return verdict.then_some(state);
            }
        }
        None
    }

    /// Every combination of one state per diagonal not tried before, against the key check.
    fn try_combinations(&mut self, header: &ModelHeader) -> Option<MasterKey> {
        if self.found.iter().any(|f| f.is_empty()) {
            return None;
        }
        let mut pick = [0usize; DIAGONALS];
        loop {
            if !self.tried.contains(&pick) {
                self.tried.push(pick);
                let states: [DiagonalState; DIAGONALS] = std::array::from_fn(|d| self.found[d][pick[d]].clone());
                self.stats.keys_tried += 1;
                let key = key_from_diagonals(&states, &self.rcon);
                if header.key_matches(&key) {
                    return Some(key);
                }
            }
            // The next combination, as an odometer.
            let mut d = 0;
            loop {
                if d == DIAGONALS {
                    return None;
                }
                pick[d] += 1;
                if pick[d] < self.found[d].len() {
                    break;
                }
                pick[d] = 0;
                d += 1;
            }
        }
    }
}

/// The bytes of one window of one diagonal, and the search's undo trail.
struct Window {
    diagonal: usize,
    /// The round of `x[0]`.
    start: u64,
    len: usize,
    x: [Option<u8>; MAX_WINDOW],
    /// `c_j` of the relation `x_{j+4} = x_j ^ Sbox(x_{j+3}) ^ c_j`.
    constants: [u8; MAX_WINDOW],
    trail: Vec<usize>,
    queue: Vec<(usize, u8)>,
}

impl Window {
    fn undo(&mut self, mark: usize) {
        for k in self.trail.drain(mark..) {
            self.x[k] = None;
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::format::{LayerDesc, LockMode};
    use crate::layout::{Precision, RowHeader};
    use crate::model::{DenseF32, FloatMlp, Int8Layer, Int8Mlp};
    use rand::{Rng, SeedableRng};

    /// A locked int8 model of the given sizes with the statistics of a trained one (weights
    /// spread over the int8 range, denser near 0; biases of a few thousand; normalized
    /// multipliers; the last layer's multiplier and shift zero), and its payload.
    pub(crate) fn synthetic_int8(sizes: &[usize], mode: LockMode, key: &MasterKey, seed: u64) -> (ModelHeader, Vec<u8>) {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let last = sizes.len() - 2;
        let layers = sizes
            .windows(2)
            .enumerate()
            .map(|(index, s)| Int8Layer {
                in_features: s[0],
                out_features: s[1],
                headers: (0..s[1])
                    .map(|_| match index == last {
                        true => RowHeader { bias: rng.gen_range(-2000..2000), multiplier: 0, shift: 0 },
                        false => RowHeader { bias: rng.gen_range(-20_000..20_000), multiplier: rng.gen_range(32_768..=65_535), shift: rng.gen_range(26..=31) },
                    })
                    .collect(),
                weights: (0..s[0] * s[1]).map(|_| (rng.gen_range(-1.0f64..1.0).powi(3) * 127.0).round() as i8).collect(),
                output_scale: 0.01,
            })
            .collect();
        let model = Int8Mlp { layers };
        let locked = LockedModel::lock_with(mode, Precision::Int8, model.layer_descs(), model.to_payload(), key).unwrap();
        (locked.header, locked.payload)
    }

    fn synthetic_float32(sizes: &[usize], key: &MasterKey, seed: u64) -> LockedModel {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let layers = sizes
            .windows(2)
            .map(|s| DenseF32 {
                in_features: s[0],
                out_features: s[1],
                weight: (0..s[0] * s[1]).map(|_| rng.gen_range(-0.1f32..0.1)).collect(),
                bias: (0..s[1]).map(|_| rng.gen_range(-0.05f32..0.05)).collect(),
            })
            .collect();
        let model = FloatMlp::new(layers).unwrap();
        let descs: Vec<LayerDesc> = model.layer_descs();
        LockedModel::lock_with(LockMode::Paper, Precision::Float32, descs, model.to_payload(), key).unwrap()
    }

    #[test]
    fn recovers_the_key_of_synthetic_paper_models() {
        for seed in 0..3u64 {
            let key = MasterKey::from_bytes(rand::rngs::StdRng::seed_from_u64(100 + seed).gen());
            let (header, payload) = synthetic_int8(&[784, 16, 10], LockMode::Paper, &key, seed);
            let recovery = recover_key_with(&LockedModel { header, payload }, &Options::default());
            assert_eq!(recovery.key.as_ref(), Some(&key), "int8, seed {seed}: {:?}", recovery.stats);
            let float = synthetic_float32(&[64, 16, 10], &key, seed);
            assert_eq!(recover_key(&float).as_ref(), Some(&key), "float32, seed {seed}");
        }
    }

    #[test]
    fn a_hardened_model_gives_nothing() {
        let key = MasterKey::from_bytes([0x42; 16]);
        let (header, payload) = synthetic_int8(&[784, 16, 10], LockMode::fresh_hardened().unwrap(), &key, 7);
        let options = Options { total_budget: 1 << 22, ..Options::default() };
        let recovery = recover_key_with(&LockedModel { header, payload }, &options);
        assert!(recovery.key.is_none());
        // It did search, the same way as for a paper file, and accepted no diagonal state.
        assert!(recovery.stats.windows > 0 && recovery.stats.tested > 0, "{:?}", recovery.stats);
        assert_eq!((recovery.stats.diagonals_found, recovery.stats.keys_tried), (0, 0));
    }

    #[test]
    fn no_key_is_reported_that_fails_the_key_check() {
        // The right diagonals, but a key check that no key passes (as if the file's check value
        // were damaged): found, tried, and not reported.
        let key = MasterKey::from_bytes([0x99; 16]);
        let (mut header, payload) = synthetic_int8(&[784, 16, 10], LockMode::Paper, &key, 3);
        header.key_check = key.check_value(&[0x55; 16]);
        let recovery = recover_key_with(&LockedModel { header, payload }, &Options { total_budget: 1 << 22, ..Options::default() });
        assert!(recovery.key.is_none());
        assert_eq!(recovery.stats.diagonals_found, 4);
        assert!(recovery.stats.keys_tried >= 1);
    }
}
