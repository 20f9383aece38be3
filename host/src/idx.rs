//! The IDX file format of the MNIST distribution (LeCun et al.), read in full generality and
//! written for unsigned bytes.
//!
//! ```text
//! 0x00 0x00 TYPE NDIMS | NDIMS x u32 big-endian dimension sizes | data, big-endian, row-major
//! TYPE: 0x08 u8, 0x09 i8, 0x0B i16, 0x0C i32, 0x0D f32, 0x0E f64
//! ```
//!
//! Files may be gzip-compressed (as the original distribution is): the reader detects gzip by its
//! magic bytes, so `train-images-idx3-ubyte` and `train-images-idx3-ubyte.gz` both load.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::Path;

use flate2::bufread::MultiGzDecoder;

/// Most elements an IDX file may declare (4 Gi): larger claims are corrupt, not data.
pub const MAX_ELEMENTS: u64 = 1 << 32;

/// The element values of an IDX array, in file order.
#[derive(Clone, Debug, PartialEq)]
pub enum IdxData {
    U8(Vec<u8>),
    I8(Vec<i8>),
    I16(Vec<i16>),
    I32(Vec<i32>),
    F32(Vec<f32>),
    F64(Vec<f64>),
}

impl IdxData {
    /// The name of the element type, for messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            IdxData::U8(_) => "u8",
            IdxData::I8(_) => "i8",
            IdxData::I16(_) => "i16",
            IdxData::I32(_) => "i32",
            IdxData::F32(_) => "f32",
            IdxData::F64(_) => "f64",
        }
    }
}

/// A whole IDX file: its dimensions and its data.
#[derive(Clone, Debug, PartialEq)]
pub struct IdxArray {
    pub dims: Vec<usize>,
    pub data: IdxData,
}

/// Why an IDX file was rejected.
#[derive(Debug, thiserror::Error)]
pub enum IdxError {
    #[error("not an IDX file (the first two bytes must be zero)")]
    BadMagic,
    #[error("unknown IDX element type code 0x{0:02x}")]
    UnknownType(u8),
    #[error("IDX file declares no dimensions")]
    NoDimensions,
    #[error("IDX dimensions {0:?} declare more than {MAX_ELEMENTS} elements")]
    TooLarge(Vec<u64>),
    #[error("IDX file is truncated: {0} ends early")]
    Truncated(&'static str),
    #[error("unexpected data after the end of the IDX array")]
    TrailingData,
    #[error("expected {expected}, found an IDX array of {found}")]
    Unexpected { expected: String, found: String },
    #[error(transparent)]
    Io(#[from] io::Error),
}

fn read_exact_or(r: &mut impl Read, buf: &mut [u8], what: &'static str) -> Result<(), IdxError> {
    r.read_exact(buf).map_err(|e| match e.kind() {
        io::ErrorKind::UnexpectedEof => IdxError::Truncated(what),
        _ => IdxError::Io(e),
    })
}

/// Reads one IDX array, gzip-compressed or not, and checks that nothing follows it.
pub fn read(r: impl Read) -> Result<IdxArray, IdxError> {
    let mut r = BufReader::new(r);
    let gzip = r.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    if gzip {
        read_plain(&mut BufReader::new(MultiGzDecoder::new(r)))
    } else {
        read_plain(&mut r)
    }
}

/// Reads an IDX file from disk.
pub fn read_file(path: &Path) -> Result<IdxArray, IdxError> {
    read(std::fs::File::open(path)?)
}

fn read_plain(r: &mut impl Read) -> Result<IdxArray, IdxError> {
    let mut magic = [0u8; 4];
    read_exact_or(r, &mut magic, "the magic number")?;
    if magic[0] != 0 || magic[1] != 0 {
        return Err(IdxError::BadMagic);
    }
    let width = match magic[2] {
        0x08 | 0x09 => 1,
        0x0B => 2,
        0x0C | 0x0D => 4,
        0x0E => 8,
        other => return Err(IdxError::UnknownType(other)),
    };
    if magic[3] == 0 {
        return Err(IdxError::NoDimensions);
    }
    let mut dims = Vec::with_capacity(magic[3] as usize);
    for _ in 0..magic[3] {
        let mut d = [0u8; 4];
        read_exact_or(r, &mut d, "the dimension sizes")?;
        dims.push(u64::from(u32::from_be_bytes(d)));
    }
    let count = dims.iter().try_fold(1u64, |n, &d| n.checked_mul(d)).filter(|&n| n <= MAX_ELEMENTS);
    let Some(count) = count else { return Err(IdxError::TooLarge(dims)) };
    // Grow the buffer only as bytes arrive: a lying header cannot force a huge allocation.
    let mut raw = Vec::new();
    let want = count * width as u64;
    if r.take(want).read_to_end(&mut raw)? as u64 != want {
        return Err(IdxError::Truncated("the data"));
    }
    if r.read(&mut [0u8; 1])? != 0 {
        return Err(IdxError::TrailingData);
    }
    let chunks = raw.chunks_exact(width);
    let data = match magic[2] {
        0x08 => IdxData::U8(raw),
        0x09 => IdxData::I8(raw.into_iter().map(|b| b as i8).collect()),
        0x0B => IdxData::I16(chunks.map(|c| i16::from_be_bytes([c[0], c[1]])).collect()),
        0x0C => IdxData::I32(chunks.map(|c| i32::from_be_bytes([c[0], c[1], c[2], c[3]])).collect()),
        0x0D => IdxData::F32(chunks.map(|c| f32::from_be_bytes([c[0], c[1], c[2], c[3]])).collect()),
        _ => IdxData::F64(chunks.map(|c| f64::from_be_bytes(c.try_into().unwrap())).collect()),
    };
    Ok(IdxArray { dims: dims.into_iter().map(|d| d as usize).collect(), data })
}

impl IdxArray {
    /// The array as unsigned bytes with `rank` dimensions, or a message saying what it is instead.
    pub fn into_u8(self, rank: usize) -> Result<(Vec<usize>, Vec<u8>), IdxError> {
        match self.data {
            IdxData::U8(bytes) if self.dims.len() == rank => Ok((self.dims, bytes)),
            data => Err(IdxError::Unexpected {
                expected: format!("{rank}-dimensional u8 data"),
                found: format!("{}-dimensional {} data {:?}", self.dims.len(), data.type_name(), self.dims),
            }),
        }
    }
}

/// Writes an IDX array of unsigned bytes (type 0x08).
pub fn write_u8(w: &mut impl Write, dims: &[usize], data: &[u8]) -> io::Result<()> {
    let count: usize = dims.iter().product();
    if dims.is_empty() || dims.len() > 255 || count != data.len() || dims.iter().any(|&d| d > u32::MAX as usize) {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("{} bytes do not fit IDX dimensions {dims:?}", data.len())));
    }
    w.write_all(&[0, 0, 0x08, dims.len() as u8])?;
    for &d in dims {
        w.write_all(&(d as u32).to_be_bytes())?;
    }
    w.write_all(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(dims: &[usize], data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        write_u8(&mut out, dims, data).unwrap();
        out
    }

    #[test]
    fn u8_round_trip_plain_and_gzip() {
        let data: Vec<u8> = (0..2 * 3 * 4).map(|i| (i * 37) as u8).collect();
        let bytes = written(&[2, 3, 4], &data);
        assert_eq!(&bytes[..8], &[0, 0, 8, 3, 0, 0, 0, 2]);
        let back = read(&bytes[..]).unwrap();
        assert_eq!(back, IdxArray { dims: vec![2, 3, 4], data: IdxData::U8(data.clone()) });

        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&bytes).unwrap();
        assert_eq!(read(&gz.finish().unwrap()[..]).unwrap(), back);
        assert_eq!(back.into_u8(3).unwrap(), (vec![2, 3, 4], data));
    }

    #[test]
    fn reads_every_standard_type_big_endian() {
        let header = |t: u8| vec![0, 0, t, 1, 0, 0, 0, 2];
        let cat = |t: u8, body: &[u8]| [header(t), body.to_vec()].concat();
        assert_eq!(read(&cat(0x09, &[0xff, 0x01])[..]).unwrap().data, IdxData::I8(vec![-1, 1]));
        assert_eq!(read(&cat(0x0B, &[0xff, 0xfe, 0x01, 0x00])[..]).unwrap().data, IdxData::I16(vec![-2, 256]));
        assert_eq!(read(&cat(0x0C, &[0, 0, 1, 0, 0x80, 0, 0, 0])[..]).unwrap().data, IdxData::I32(vec![256, i32::MIN]));
        let f32s = [1.5f32.to_be_bytes(), (-2.0f32).to_be_bytes()].concat();
        assert_eq!(read(&cat(0x0D, &f32s)[..]).unwrap().data, IdxData::F32(vec![1.5, -2.0]));
        let f64s = [0.25f64.to_be_bytes(), 1e300f64.to_be_bytes()].concat();
        assert_eq!(read(&cat(0x0E, &f64s)[..]).unwrap().data, IdxData::F64(vec![0.25, 1e300]));
    }

    #[test]
    fn rejects_malformed_files() {
        let good = written(&[3], &[1, 2, 3]);
        assert!(matches!(read(&[1u8, 0, 8, 1][..]), Err(IdxError::BadMagic)));
        assert!(matches!(read(&[0u8, 0, 7, 1, 0, 0, 0, 0][..]), Err(IdxError::UnknownType(7))));
        assert!(matches!(read(&[0u8, 0, 8, 0][..]), Err(IdxError::NoDimensions)));
        assert!(matches!(read(&good[..2]), Err(IdxError::Truncated(_))));
        assert!(matches!(read(&good[..6]), Err(IdxError::Truncated(_))));
        assert!(matches!(read(&good[..good.len() - 1]), Err(IdxError::Truncated("the data"))));
        assert!(matches!(read(&[good.clone(), vec![0]].concat()[..]), Err(IdxError::TrailingData)));
        let huge = [0u8, 0, 8, 3, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 2];
        assert!(matches!(read(&huge[..]), Err(IdxError::TooLarge(_))));
        // A header that claims 4 Gi elements but has none costs nothing.
        assert!(matches!(read(&[0u8, 0, 8, 2, 0, 1, 0, 0, 0, 1, 0, 0][..]), Err(IdxError::Truncated("the data"))));
        assert!(matches!(read(&good[..]).unwrap().into_u8(2), Err(IdxError::Unexpected { .. })));
        assert!(write_u8(&mut Vec::new(), &[2, 2], &[1, 2, 3]).is_err());
    }
}
