//! The AES S-Box and its inverse (FIPS-197 §5.1.1), the single source of truth for every S-Box in
//! the project: the software reference, the RTL ROM contents and the test benches all read these
//! tables.
//!
//! The tables are computed at compile time from the definition (multiplicative inverse in
//! GF(2^8) modulo x^8 + x^4 + x^3 + x + 1, then the affine map), so there is no hand-typed table
//! that could carry a typo; the tests check them against FIPS-197 values.

/// The AES field polynomial x^8 + x^4 + x^3 + x + 1 without its x^8 term.
pub const AES_POLY_LOW: u8 = 0x1b;

/// Multiplies by x (i.e. 0x02) in GF(2^8) modulo the AES polynomial ("xtime" in FIPS-197).
pub const fn xtime(a: u8) -> u8 {
    (a << 1) ^ if a & 0x80 != 0 { AES_POLY_LOW } else { 0 }
}

/// Multiplies two elements of GF(2^8) modulo the AES polynomial.
pub const fn gf_mul(mut a: u8, mut b: u8) -> u8 {
    let mut product = 0;
    while b != 0 {
        if b & 1 != 0 {
            product ^= a;
        }
        a = xtime(a);
        b >>= 1;
    }
    product
}

/// The multiplicative inverse in GF(2^8) (a^254), with 0 mapped to 0 as AES defines.
const fn gf_inverse(a: u8) -> u8 {
    let mut result = 1u8;
    let mut i = 0;
    while i < 254 {
        result = gf_mul(result, a);
        i += 1;
    }
    if a == 0 {
        0
    } else {
        result
    }
}

const fn build_sbox() -> [u8; 256] {
    let mut table = [0u8; 256];
    let mut x = 0;
    while x < 256 {
        let b = gf_inverse(x as u8);
        table[x] = b ^ b.rotate_left(1) ^ b.rotate_left(2) ^ b.rotate_left(3) ^ b.rotate_left(4) ^ 0x63;
        x += 1;
    }
    table
}

const fn invert(table: &[u8; 256]) -> [u8; 256] {
    let mut inverse = [0u8; 256];
    let mut x = 0;
    while x < 256 {
        inverse[table[x] as usize] = x as u8;
        x += 1;
    }
    inverse
}

const SBOX_TABLE: [u8; 256] = build_sbox();

// Statics, not consts: one table in memory that every lookup indexes (a `const` may be
// materialized per use, which costs the hot loops of the reference a third of their speed).

/// The AES S-Box: `SBOX[x]` is SubBytes applied to `x`.
pub static SBOX: [u8; 256] = SBOX_TABLE;

/// The inverse AES S-Box: `INV_SBOX[SBOX[x]] == x`.
pub static INV_SBOX: [u8; 256] = invert(&SBOX_TABLE);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_fips197_examples() {
        // FIPS-197 Figure 7 and the SubBytes step of Appendix B.
        assert_eq!(SBOX[0x00], 0x63);
        assert_eq!(SBOX[0x53], 0xed);
        assert_eq!(SBOX[0x19], 0xd4);
        assert_eq!(SBOX[0xff], 0x16);
        assert_eq!(INV_SBOX[0x63], 0x00);
        assert_eq!(INV_SBOX[0x00], 0x52);
    }

    #[test]
    fn inverse_on_all_256_values() {
        for x in 0..=255u8 {
            assert_eq!(INV_SBOX[SBOX[x as usize] as usize], x);
            assert_eq!(SBOX[INV_SBOX[x as usize] as usize], x);
        }
    }

    #[test]
    fn is_a_permutation_without_fixed_points() {
        let mut seen = [false; 256];
        for x in 0..256 {
            assert!(!seen[SBOX[x] as usize]);
            seen[SBOX[x] as usize] = true;
            assert_ne!(SBOX[x] as usize, x, "AES S-Box has no fixed points");
        }
    }

    #[test]
    fn gf_mul_matches_fips197_example() {
        assert_eq!(gf_mul(0x57, 0x83), 0xc1);
        assert_eq!(gf_mul(0x57, 0x13), 0xfe);
    }
}
