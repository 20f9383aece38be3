//! From the npm packages' JSON to images, and the deterministic train/test split.
//!
//! Both packages store one JSON file per class, images in a fixed order. The split takes, per
//! class, a prefix of that order as training data and the rest as test data; the files then list
//! the classes interleaved (image 0 of class 0, image 0 of class 1, …, image 1 of class 0, …), so
//! any prefix of a split (`eval --limit N`) covers all classes evenly.

use super::LabeledImages;

/// Side of an image in both packages.
pub const SIDE: usize = 28;
/// Pixels per image.
pub const IMAGE_LEN: usize = SIDE * SIDE;

/// Why a package file could not be converted.
#[derive(Debug, thiserror::Error)]
pub enum ConvertError {
    #[error("not the expected JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("{0} pixel values are not a whole number of {IMAGE_LEN}-pixel images")]
    Ragged(usize),
    #[error("pixel value {0} is outside 0..=1")]
    BadPixel(f64),
    #[error("class {class} has {have} images, the split needs more than {need}")]
    TooFew { class: usize, have: usize, need: usize },
}

/// The `mnist` package's class file: `{"data": [...]}`, a flat list of 784 x n values in 0..=1
/// (the pixel / 255, printed with 3 decimals). Returns the images, flattened, as 0..=255 pixels
/// (value x 255, rounded to nearest: the 3-decimal rounding moves a value by at most 0.13 pixel
/// levels, so this restores the original byte).
pub fn mnist_class(json: &str) -> Result<Vec<u8>, ConvertError> {
    #[derive(serde::Deserialize)]
    struct File {
        data: Vec<f64>,
    }
    let file: File = serde_json::from_str(json)?;
    if !file.data.chunks_exact(IMAGE_LEN).remainder().is_empty() {
        return Err(ConvertError::Ragged(file.data.len()));
    }
    file.data
        .iter()
        .map(|&v| if (0.0..=1.0).contains(&v) { Ok((v * 255.0).round() as u8) } else { Err(ConvertError::BadPixel(v)) })
        .collect()
}

/// The `fashion-mnist` package's class file: `{"data": [[784 integers 0..=255], ...]}`. Returns the
/// valid images, flattened, and the positions of the malformed entries that were dropped (wrong
/// length, or a value that is not an integer in 0..=255).
pub fn fashion_class(json: &str) -> Result<(Vec<u8>, Vec<usize>), ConvertError> {
    #[derive(serde::Deserialize)]
    struct File {
        data: Vec<Vec<f64>>,
    }
    let file: File = serde_json::from_str(json)?;
    let mut pixels = Vec::with_capacity(file.data.len() * IMAGE_LEN);
    let mut dropped = Vec::new();
    for (position, entry) in file.data.iter().enumerate() {
        let valid = entry.len() == IMAGE_LEN && entry.iter().all(|&v| v.fract() == 0.0 && (0.0..=255.0).contains(&v));
        if valid {
            pixels.extend(entry.iter().map(|&v| v as u8));
        } else {
            dropped.push(position);
        }
    }
    Ok((pixels, dropped))
}

/// How many of a class's `n` images go to the training split.
#[derive(Clone, Copy, Debug)]
pub enum SplitRule {
    /// The first 80% (rounded down): MNIST.
    FourFifths,
    /// The first `n`; the class must have more: Fashion-MNIST (6,000).
    First(usize),
}

impl SplitRule {
    fn train_count(self, class: usize, n: usize) -> Result<usize, ConvertError> {
        match self {
            SplitRule::FourFifths => Ok(n * 4 / 5),
            SplitRule::First(k) if k < n => Ok(k),
            SplitRule::First(k) => Err(ConvertError::TooFew { class, have: n, need: k }),
        }
    }
}

/// Splits per-class images (flattened, class `c` at index `c`) into train and test, classes
/// interleaved.
pub fn split(classes: &[Vec<u8>], rule: SplitRule) -> Result<(LabeledImages, LabeledImages), ConvertError> {
    let mut train_parts = Vec::new();
    let mut test_parts = Vec::new();
    for (class, pixels) in classes.iter().enumerate() {
        let n = pixels.len() / IMAGE_LEN;
        let cut = rule.train_count(class, n)? * IMAGE_LEN;
        train_parts.push(&pixels[..cut]);
        test_parts.push(&pixels[cut..]);
    }
    Ok((interleave(&train_parts), interleave(&test_parts)))
}

/// Round-robin over the classes: image i of every class before image i + 1 of any.
fn interleave(classes: &[&[u8]]) -> LabeledImages {
    let total: usize = classes.iter().map(|c| c.len()).sum();
    let mut out = LabeledImages { rows: SIDE, cols: SIDE, pixels: Vec::with_capacity(total), labels: Vec::new() };
    let longest = classes.iter().map(|c| c.len() / IMAGE_LEN).max().unwrap_or(0);
    for i in 0..longest {
        for (label, images) in classes.iter().enumerate() {
            if let Some(image) = images.get(i * IMAGE_LEN..(i + 1) * IMAGE_LEN) {
                out.pixels.extend_from_slice(image);
                out.labels.push(label as u8);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flat_json(values: &[String]) -> String {
        format!("{{\"data\": [{}]}}", values.join(","))
    }

    #[test]
    fn mnist_values_are_scaled_and_rounded() {
        // 165/255 = 0.647058..., printed as 0.647; integers 0 and 1 appear as such.
        let mut values = vec!["0".to_string(), "1".into(), "0.647".into(), "0.004".into()];
        values.resize(IMAGE_LEN, "0.5".into());
        let pixels = mnist_class(&flat_json(&values)).unwrap();
        assert_eq!(&pixels[..5], &[0, 255, 165, 1, 128]);
        assert!(matches!(mnist_class(&flat_json(&values[..100])), Err(ConvertError::Ragged(100))));
        values[7] = "1.5".into();
        assert!(matches!(mnist_class(&flat_json(&values)), Err(ConvertError::BadPixel(_))));
        assert!(matches!(mnist_class("{\"images\": []}"), Err(ConvertError::Json(_))));
        // Every 3-decimal rendering of k/255 maps back to k.
        for k in 0..=255u32 {
            let printed: f64 = format!("{:.3}", k as f64 / 255.0).parse().unwrap();
            assert_eq!((printed * 255.0).round() as u32, k);
        }
    }

    #[test]
    fn fashion_drops_malformed_entries() {
        let image = |v: u8| format!("[{}]", vec![v.to_string(); IMAGE_LEN].join(","));
        let bad_value = format!("[{},300]", vec!["0"; IMAGE_LEN - 1].join(","));
        let json = format!("{{\"data\": [{},[],{},{},{}]}}", image(1), image(2), bad_value, image(3));
        let (pixels, dropped) = fashion_class(&json).unwrap();
        assert_eq!(dropped, vec![1, 3]);
        assert_eq!(pixels.len(), 3 * IMAGE_LEN);
        assert_eq!((pixels[0], pixels[IMAGE_LEN], pixels[2 * IMAGE_LEN]), (1, 2, 3));
    }

    #[test]
    fn split_is_per_class_and_interleaved() {
        // Class c has n_c images whose pixels all equal 10 * c + index.
        let counts = [5usize, 3, 7];
        let classes: Vec<Vec<u8>> = counts.iter().enumerate().map(|(c, &n)| (0..n).flat_map(|i| vec![(10 * c + i) as u8; IMAGE_LEN]).collect()).collect();
        let (train, test) = split(&classes, SplitRule::FourFifths).unwrap();
        // floor(0.8 n): 4, 2, 5 train; 1, 1, 2 test.
        assert_eq!(train.labels, vec![0, 1, 2, 0, 1, 2, 0, 2, 0, 2, 2]);
        assert_eq!(test.labels, vec![0, 1, 2, 2]);
        let firsts = |d: &LabeledImages| (0..d.len()).map(|i| d.image(i)[0]).collect::<Vec<_>>();
        assert_eq!(firsts(&train), vec![0, 10, 20, 1, 11, 21, 2, 22, 3, 23, 24]);
        assert_eq!(firsts(&test), vec![4, 12, 25, 26]);

        let (train, test) = split(&classes, SplitRule::First(2)).unwrap();
        assert_eq!((train.len(), test.len()), (6, 9));
        assert!(matches!(split(&classes, SplitRule::First(3)), Err(ConvertError::TooFew { class: 1, have: 3, need: 3 })));
    }
}
