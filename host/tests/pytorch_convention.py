#!/usr/bin/env python3
"""A model from another tool, in the PyTorch convention, written without any Deep-Lock code.

Trains a 784-32-16-10 MLP (the layout of nn.Sequential(Linear, ReLU, Linear, ReLU, Linear)) in
numpy on the MNIST training split, measures its test accuracy in numpy, and writes the weights as
a safetensors file by hand: 8-byte little-endian header length, JSON header, raw little-endian
data. Prints one JSON object: samples, correct, accuracy and the predicted class of every test
image. Needs only numpy.

usage: pytorch_convention.py DATA_DIR/mnist OUT.safetensors
"""

import gzip
import json
import struct
import sys

import numpy as np


def read_idx(path):
    """A u8 IDX file, gzip-compressed or not (the original MNIST format)."""
    with open(path, "rb") as f:
        raw = f.read()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    zero, dtype, ndim = struct.unpack(">HBB", raw[:4])
    assert zero == 0 and dtype == 0x08, "only u8 IDX files here"
    dims = struct.unpack(">" + "I" * ndim, raw[4 : 4 + 4 * ndim])
    return np.frombuffer(raw[4 + 4 * ndim :], dtype=np.uint8).reshape(dims)


def load(directory, prefix):
    images = read_idx(f"{directory}/{prefix}-images-idx3-ubyte.gz")
    labels = read_idx(f"{directory}/{prefix}-labels-idx1-ubyte.gz")
    # The input convention: flatten row-major, pixel / 255, nothing else.
    return images.reshape(len(images), -1).astype(np.float32) / np.float32(255), labels.astype(np.int64)


def forward(params, x):
    """Logits of nn.Sequential(Linear, ReLU, ..., Linear) in float32, PyTorch's y = x W^T + b."""
    h = x
    for i, (w, b) in enumerate(params):
        h = h @ w.T + b
        if i + 1 < len(params):
            h = np.maximum(h, np.float32(0))
    return h


def train(x, y, sizes, epochs=8, batch=32, lr=0.1, seed=0):
    rng = np.random.default_rng(seed)
    params = []
    for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
        bound = 1 / np.sqrt(fan_in)
        params.append((rng.uniform(-bound, bound, (fan_out, fan_in)).astype(np.float32), rng.uniform(-bound, bound, fan_out).astype(np.float32)))
    for _ in range(epochs):
        order = rng.permutation(len(x))
        for start in range(0, len(x), batch):
            idx = order[start : start + batch]
            acts = [x[idx]]
            for i, (w, b) in enumerate(params):
                z = acts[-1] @ w.T + b
                acts.append(np.maximum(z, 0) if i + 1 < len(params) else z)
            p = np.exp(acts[-1] - acts[-1].max(axis=1, keepdims=True))
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(idx)), y[idx]] -= 1
            grad = p / len(idx)
            for i in reversed(range(len(params))):
                w, b = params[i]
                gw, gb = grad.T @ acts[i], grad.sum(axis=0)
                if i > 0:
                    grad = (grad @ w) * (acts[i] > 0)
                params[i] = ((w - lr * gw).astype(np.float32), (b - lr * gb).astype(np.float32))
    return params


def write_safetensors(path, params):
    tensors, blobs, offset = {}, [], 0
    for k, (w, b) in enumerate(params):
        for name, t in ((f"{2 * k}.weight", w), (f"{2 * k}.bias", b)):
            data = np.ascontiguousarray(t, dtype="<f4").tobytes()
            tensors[name] = {"dtype": "F32", "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
            blobs.append(data)
            offset += len(data)
    tensors["__metadata__"] = {"format": "pt"}
    header = json.dumps(tensors).encode()
    header += b" " * (-len(header) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(header)))
        f.write(header)
        for blob in blobs:
            f.write(blob)


def main():
    directory, out = sys.argv[1], sys.argv[2]
    x_train, y_train = load(directory, "train")
    x_test, y_test = load(directory, "t10k")
    params = train(x_train, y_train, [784, 32, 16, 10])
    predictions = forward(params, x_test).argmax(axis=1)
    correct = int((predictions == y_test).sum())
    write_safetensors(out, params)
    print(json.dumps({"samples": len(y_test), "correct": correct, "accuracy": correct / len(y_test), "predictions": predictions.tolist()}))


if __name__ == "__main__":
    main()
