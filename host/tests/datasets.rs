//! The real data sets as `deeplock data fetch` writes them: split sizes, per-class counts, pixels.

mod common;

use deeplock::dataset::Split;

fn class_counts(labels: &[u8]) -> Vec<usize> {
    (0..10).map(|c| labels.iter().filter(|&&l| l == c).count()).collect()
}

#[test]
fn mnist_split() {
    let train = common::load("mnist", Split::Train);
    let test = common::load("mnist", Split::Test);
    assert_eq!((train.len(), test.len()), (7_996, 2_004));
    assert_eq!((train.rows, train.cols), (28, 28));
    // Images per class in the package: the first 80% (rounded down) of each are training data.
    let package = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978];
    let expected_train: Vec<usize> = package.iter().map(|n| n * 4 / 5).collect();
    let expected_test: Vec<usize> = package.iter().zip(&expected_train).map(|(n, t)| n - t).collect();
    assert_eq!(class_counts(&train.labels), expected_train);
    assert_eq!(class_counts(&test.labels), expected_test);
    // Classes interleaved: any prefix is balanced.
    assert_eq!(&train.labels[..10], &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Pixels restored to the full 0..=255 range, with the black background of MNIST.
    assert_eq!(train.pixels.iter().max(), Some(&255));
    assert_eq!(train.image(0)[0], 0);
}

#[test]
fn fashion_split() {
    let train = common::load("fashion", Split::Train);
    let test = common::load("fashion", Split::Test);
    assert_eq!((train.len(), test.len()), (60_000, 10_000));
    assert_eq!(class_counts(&train.labels), vec![6_000; 10]);
    assert_eq!(class_counts(&test.labels), vec![1_000; 10]);
    // The two empty entries of class 0 are gone: every image has ink.
    for i in 0..test.len() {
        assert!(test.image(i).iter().any(|&p| p > 0), "test image {i} is blank");
    }
}
