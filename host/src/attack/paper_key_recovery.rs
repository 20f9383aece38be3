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
//! 1. **Observations.** Diagonal `D` owns byte `(D - r) mod 4` of the last word `d_r` of every
//!    round `r`: one payload byte per round (`t = 16 (r - 1) + 12 + lane`), with the role of that
//!    byte and `InvSbox(c[t])`. Its candidate key bytes are `InvSbox(c[t]) ^ v` for the role's
//!    likely plaintext values `v` (one value for a zero byte, two for a bias's top byte, all 256
//!    when nothing is known).
//! 2. **Guess and determine in a window.** In a window of consecutive rounds the unknowns are the
//!    diagonal's bytes `x_0 … x_{W-1}`, tied by `x_{i+4} = x_i ^ Sbox(x_{i+3}) ^ c_i`: any two of
//!    the three bytes of a relation give the third. A depth-first search branches on the byte with
//!    the fewest candidates, derives every byte it can, and abandons a branch as soon as a derived
//!    byte would make its plaintext implausible (`llr` below [`Options::prune_bits`]). Four known
//!    bytes with the right spacing (four consecutive, or spaced 3 or 4 apart) fix all the others,
//!    so a window holding four exactly known bytes costs one step. Windows are tried cheapest
//!    first, by the product of their four smallest candidate counts.
//! 3. **Sequential test.** A state that survives its window is run along the rest of the payload
//!    (the recurrence runs both ways), adding the log-likelihood ratio of every plaintext byte it
//!    implies outside the window, until the sum reaches +[`Options::accept_bits`] (accept) or
//!    −[`Options::reject_bits`] (reject): Wald's sequential probability ratio test. Outside the
//!    window the evidence is fresh, so a wrong state is accepted with probability at most 2^-A.
//! 4. **Key.** The four accepted diagonal states give a round key and the expansion runs back to
//!    K. K is reported only if it passes the model's key check ([`ModelHeader::key_matches`]);
//!    otherwise the search looks for further states and tries their combinations.
//!
//! The procedure never looks at the lock mode: run on a hardened file it searches the same way
//! and finds no state that passes the test, because that key stream has no such structure.

use crate::format::{LockedModel, ModelHeader};
use crate::sbox::{INV_SBOX, SBOX};
use crate::MasterKey;

use super::byte_priors::{ByteModel, RoleTable};
use super::diagonals::{key_from_diagonals, lane, DiagonalState, RconTable, DIAGONALS};

/// Bytes of a window, at most.
const MAX_WINDOW: usize = 32;

/// The search's knobs; the defaults recover the demo's models in well under a second.
#[derive(Clone, Debug)]
pub struct Options {
    /// Rounds (diagonal bytes) per window: at least 13 so that four bytes spaced 4 apart fit.
    pub window: usize,
    /// Work allowed in one window (branch steps plus test steps); windows whose estimated cost is
    /// larger are skipped.
    pub window_budget: u64,
    /// Work allowed in all, over every diagonal.
    pub total_budget: u64,
    /// Evidence that accepts a diagonal state, in bits.
    pub accept_bits: f32,
    /// Evidence against a state that rejects it, in bits.
    pub reject_bits: f32,
    /// A derived byte whose plaintext has a log-likelihood ratio below this ends its branch.
    pub prune_bits: f32,
    /// Only the first rounds of a large payload are used.
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
            max_rounds: 1 << 16,
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
    /// Work done: branch steps plus sequential-test steps.
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
    let mut found: [Vec<DiagonalState>; DIAGONALS] = Default::default();
    let mut next_window = [0usize; DIAGONALS];
    let key = 'search: {
        // One state per diagonal; a diagonal without one means there is no key to find.
        for d in 0..DIAGONALS {
            match search.next_state(d, &mut next_window[d], &found[d]) {
                Some(state) => found[d].push(state),
                None => break 'search None,
            }
        }
        // The key check decides; should it fail, one more state per diagonal and every new
        // combination.
        loop {
            if let Some(key) = search.try_combinations(&found, &model.header) {
                break 'search Some(key);
            }
            let mut progressed = false;
            for d in 0..DIAGONALS {
                if found[d].len() < options.candidates_per_diagonal {
                    if let Some(state) = search.next_state(d, &mut next_window[d], &found[d]) {
                        found[d].push(state);
                        progressed = true;
                    }
                }
            }
            if !progressed {
                break 'search None;
            }
        }
    };
    search.stats.diagonals_found = found.iter().filter(|f| !f.is_empty()).count();
    Recovery { key, stats: search.stats }
}

/// One diagonal's observed bytes, round 1 first.
struct Observations {
    /// `InvSbox(c[t])` of the diagonal's byte in each round.
    inv_c: Vec<u8>,
    /// The role code of that byte.
    role: Vec<u8>,
}

struct Search<'a> {
    options: &'a Options,
    priors: ByteModel,
    rcon: RconTable,
    rounds: u64,
    observations: Vec<Observations>,
    /// Per diagonal, window start rounds cheapest first.
    windows: Vec<Vec<u64>>,
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
    fn new(model: &LockedModel, options: &'a Options) -> Self {
        let priors = ByteModel::new(&model.header);
        let payload = &model.payload;
        let rounds = (payload.len() as u64).div_ceil(16).min(options.max_rounds);
        let observations: Vec<Observations> = (0..DIAGONALS)
            .map(|d| {
                let bytes = (1..=rounds).map(|r| 16 * (r - 1) + 12 + lane(d, r) as u64);
                let (inv_c, role) = bytes
                    .map(|t| match payload.get(t as usize) {
                        Some(&c) => (INV_SBOX[c as usize], priors.role_code(t)),
                        None => (0, priors.role_code(u64::MAX)),
                    })
                    .unzip();
                Observations { inv_c, role }
            })
            .collect();
        let stats = Stats { rounds, ..Stats::default() };
        let mut search =
            Search { options, priors, rcon: RconTable::default(), rounds, observations, windows: Vec::new(), budget: options.total_budget, stats, tried: Vec::new() };
        search.windows = (0..DIAGONALS).map(|d| search.windows_by_cost(d)).collect();
        search
    }

    /// The role table of diagonal `d`'s byte at round `r`, if that byte is in the payload.
    fn table_at(&self, d: usize, r: u64) -> Option<&RoleTable> {
        (1..=self.rounds).contains(&r).then(|| self.priors.table(self.observations[d].role[(r - 1) as usize]))
    }

    /// Candidate count of diagonal `d`'s byte at round `r`.
    fn candidates(&self, d: usize, r: u64) -> usize {
        self.table_at(d, r).map_or(256, |t| t.likely.len())
    }

    /// The plaintext's log-likelihood ratio if diagonal `d`'s key byte at round `r` is `u`, and
    /// whether the byte carries information at all.
    #[inline]
    fn llr(&self, d: usize, r: u64, u: u8) -> (f32, bool) {
        if r == 0 || r > self.rounds {
            return (0.0, false);
        }
        let i = (r - 1) as usize;
        let obs = &self.observations[d];
        let table = self.priors.table(obs.role[i]);
        (table.llr[(obs.inv_c[i] ^ u) as usize], table.informative)
    }

    /// Window starts of diagonal `d` whose estimated cost fits the window budget, cheapest first.
    fn windows_by_cost(&self, d: usize) -> Vec<u64> {
        let w = self.options.window as u64;
        let mut costed: Vec<(f64, u64)> = (1..=self.rounds)
            .filter_map(|start| {
                let mut counts: Vec<usize> = (start..start + w).map(|r| self.candidates(d, r)).collect();
                counts.sort_unstable();
                let cost: f64 = counts[..4].iter().map(|&c| c as f64).product();
                (cost <= self.options.window_budget as f64).then_some((cost, start))
            })
            .collect();
        costed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        costed.into_iter().map(|(_, start)| start).collect()
    }

    /// The next accepted state of diagonal `d` not already in `known`, searching its windows from
    /// `*next` on.
    fn next_state(&mut self, d: usize, next: &mut usize, known: &[DiagonalState]) -> Option<DiagonalState> {
        while *next < self.windows[d].len() && self.budget > 0 {
            let start = self.windows[d][*next];
            self.stats.windows += 1;
            let mut work = Work { left: self.options.window_budget.min(self.budget), tested: 0 };
            let before = work.left;
            let accepted = self.search_window(d, start, known, &mut work);
            self.budget -= before - work.left;
            self.stats.work += before - work.left;
            self.stats.tested += work.tested;
            if accepted.is_some() {
                return accepted; // not advanced: the window may hold another state for a later call
            }
            *next += 1;
        }
        None
    }

    /// Depth-first guess and determine over the window of diagonal `d` starting at round `start`.
    fn search_window(&self, d: usize, start: u64, known: &[DiagonalState], work: &mut Work) -> Option<DiagonalState> {
        let w = self.options.window;
        let mut window = Window {
            len: w,
            x: [None; MAX_WINDOW],
            constants: std::array::from_fn(|j| if j + 4 < w { self.rcon.step_constant(d, start + j as u64 + 4) } else { 0 }),
            trail: Vec::with_capacity(w),
            queue: Vec::with_capacity(w),
        };
        // Branch order: fewest candidates first, then earliest.
        let mut order: Vec<usize> = (0..w).collect();
        order.sort_by_key(|&i| (self.candidates(d, start + i as u64), i));
        let known: Vec<DiagonalState> = known.iter().map(|k| k.at(start + w as u64 - 1, &self.rcon)).collect();
        self.branch(d, start, &mut window, &order, &known, work)
    }

    fn branch(&self, d: usize, start: u64, window: &mut Window, order: &[usize], known: &[DiagonalState], work: &mut Work) -> Option<DiagonalState> {
        let Some(&i) = order.iter().find(|&&i| window.x[i].is_none()) else {
            let state = DiagonalState { diagonal: d, round: start + window.len as u64 - 1, bytes: std::array::from_fn(|k| window.x[window.len - 4 + k].unwrap()) };
            if known.contains(&state) {
                return None;
            }
            work.tested += 1;
            return self.sequential_test(state, start, work);
        };
        let r = start + i as u64;
        let (likely, inv_c): (&[u8], u8) = match self.table_at(d, r) {
            Some(table) if table.informative => (&table.likely, self.observations[d].inv_c[(r - 1) as usize]),
            _ => (&ALL_BYTES, 0),
        };
        for &v in likely {
            if !work.step() {
                return None;
            }
            let mark = window.trail.len();
            if self.assign(d, start, window, i, v ^ inv_c) {
                if let Some(state) = self.branch(d, start, window, order, known, work) {
                    return Some(state);
                }
            }
            window.undo(mark);
        }
        None
    }

    /// Sets `x_i = u` and everything it determines; false on a contradiction or an implausible
    /// plaintext.
    fn assign(&self, d: usize, start: u64, window: &mut Window, i: usize, u: u8) -> bool {
        window.queue.clear();
        window.queue.push((i, u));
        while let Some((k, v)) = window.queue.pop() {
            match window.x[k] {
                Some(old) if old == v => continue,
                Some(_) => return false,
                None => {}
            }
            let (llr, informative) = self.llr(d, start + k as u64, v);
            if informative && llr < self.options.prune_bits {
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
        let d = state.diagonal;
        let mut evidence = 0f32;
        let mut decide = |llr: f32| {
            evidence += llr;
            (evidence >= accept).then_some(true).or((evidence <= reject).then_some(false))
        };
        let mut ahead = state.clone();
        while ahead.round < self.rounds && work.step() {
            ahead.forward(&self.rcon);
            if let Some(verdict) = decide(self.llr(d, ahead.round, ahead.bytes[3]).0) {
                return verdict.then_some(state);
            }
        }
        let mut behind = state.at(start + 3, &self.rcon);
        while behind.round > 4 && work.step() {
            behind.backward(&self.rcon);
            if let Some(verdict) = decide(self.llr(d, behind.round - 3, behind.bytes[0]).0) {
                return verdict.then_some(state);
            }
        }
        None
    }

    /// Every combination of one state per diagonal not tried before, against the key check.
    fn try_combinations(&mut self, found: &[Vec<DiagonalState>; DIAGONALS], header: &ModelHeader) -> Option<MasterKey> {
        let mut pick = [0usize; DIAGONALS];
        loop {
            if !self.tried.contains(&pick) {
                self.tried.push(pick);
                let states: [DiagonalState; DIAGONALS] = std::array::from_fn(|d| found[d][pick[d]].clone());
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
                if pick[d] < found[d].len() {
                    break;
                }
                pick[d] = 0;
                d += 1;
            }
        }
    }
}

/// Every byte value, for a byte nothing is known about.
static ALL_BYTES: [u8; 256] = {
    let mut all = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        all[i] = i as u8;
        i += 1;
    }
    all
};

/// The bytes of one window and the search's undo trail.
struct Window {
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
