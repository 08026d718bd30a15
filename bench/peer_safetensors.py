"""The .safetensors reader the PyTorch peers share (Debian's python3-torch has no safetensors package).

A file is an 8-byte little-endian header length, a JSON header (name -> dtype, shape, data offsets) and the raw
little-endian tensor data. Tensors come back as float32, whatever their stored float type.
"""

import json
import struct

import torch

DTYPES = {"F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16}


def read_safetensors(path):
    with open(path, "rb") as f:
        (length,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(length))
        data = f.read()
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        if info["dtype"] not in DTYPES:
            raise ValueError(f"{path}: tensor {name} is {info['dtype']}; this reader knows {', '.join(DTYPES)}")
        start, end = info["data_offsets"]
        t = torch.frombuffer(bytearray(data[start:end]), dtype=DTYPES[info["dtype"]]).reshape(info["shape"])
        tensors[name] = t.to(torch.float32)
    return tensors
