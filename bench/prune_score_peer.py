#!/usr/bin/python3
"""PyTorch peer of `LangGap.Bench prune-score`: CAT's costly step, every pair's target perplexity at every checkpoint.

Reads the encoded pairs the bench wrote (`[target-language] source <sep> target <end>` as byte ids, and where the
target starts) and the checkpoints `langgap prune` saved (Hugging Face Llama folders: config.json + model.safetensors),
then, for each checkpoint, loads the weights from disk and scores all pairs in length-sorted, right-padded batches:
perplexity = exp(mean negative log-likelihood of the target tokens and the end token). Prints the best wall time of a
full pass over all checkpoints (and its CPU seconds, all threads) and every perplexity as JSON, so the bench can check the two sides agree.
Written for LangGap from the architecture description; runs on Debian's python3-torch (1.13, CPU), which has neither
the safetensors package nor a fused scaled_dot_product_attention, so the file is parsed here and attention is
matmul + causal mask + softmax.
"""
import argparse
import json
import math
import os
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

from peer_safetensors import read_safetensors

IGNORE = -100


class RmsNorm(nn.Module):
    def __init__(self, size, eps):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(size))
        self.eps = eps

    def forward(self, x):
        return self.weight * (x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps))


class Block(nn.Module):
    def __init__(self, c):
        super().__init__()
        d, self.h, self.kv, self.hd = c["hidden_size"], c["num_attention_heads"], c["num_key_value_heads"], c["head_dim"]
        inter = c["intermediate_size"]
        self.input_layernorm = RmsNorm(d, c["rms_norm_eps"])
        self.q_proj = nn.Linear(d, self.h * self.hd, bias=False)
        self.k_proj = nn.Linear(d, self.kv * self.hd, bias=False)
        self.v_proj = nn.Linear(d, self.kv * self.hd, bias=False)
        self.o_proj = nn.Linear(self.h * self.hd, d, bias=False)
        self.post_attention_layernorm = RmsNorm(d, c["rms_norm_eps"])
        self.gate_proj = nn.Linear(d, inter, bias=False)
        self.up_proj = nn.Linear(d, inter, bias=False)
        self.down_proj = nn.Linear(inter, d, bias=False)

    @staticmethod
    def rotate(x, cos, sin):
        half = x.shape[-1] // 2
        return x * cos + torch.cat([-x[..., half:], x[..., :half]], dim=-1) * sin

    def forward(self, x, cos, sin, mask):
        b, t, _ = x.shape
        n = self.input_layernorm(x)
        q = self.q_proj(n).view(b, t, self.h, self.hd).transpose(1, 2)
        k = self.k_proj(n).view(b, t, self.kv, self.hd).transpose(1, 2)
        v = self.v_proj(n).view(b, t, self.kv, self.hd).transpose(1, 2)
        q, k = self.rotate(q, cos, sin), self.rotate(k, cos, sin)
        k = k.repeat_interleave(self.h // self.kv, dim=1)
        v = v.repeat_interleave(self.h // self.kv, dim=1)
        scores = (q @ k.transpose(-2, -1)) / math.sqrt(self.hd)
        y = scores.masked_fill(mask, float("-inf")).softmax(-1) @ v
        x = x + self.o_proj(y.transpose(1, 2).reshape(b, t, -1))
        n = self.post_attention_layernorm(x)
        return x + self.down_proj(F.silu(self.gate_proj(n)) * self.up_proj(n))


class Llama(nn.Module):
    def __init__(self, c):
        super().__init__()
        if not c.get("tie_word_embeddings", False):
            raise ValueError("this peer expects tied embeddings, as the pruning network has")
        self.embed_tokens = nn.Embedding(c["vocab_size"], c["hidden_size"])
        self.layers = nn.ModuleList([Block(c) for _ in range(c["num_hidden_layers"])])
        self.norm = RmsNorm(c["hidden_size"], c["rms_norm_eps"])
        theta = float(c.get("rope_parameters", {}).get("rope_theta", c.get("rope_theta", 10000.0)))
        hd = c["head_dim"]
        self.register_buffer("inv_freq", 1.0 / (theta ** (torch.arange(0, hd, 2).float() / hd)), persistent=False)

    def load(self, tensors):
        names = {"model.embed_tokens.weight": self.embed_tokens.weight, "model.norm.weight": self.norm.weight}
        for i, block in enumerate(self.layers):
            p = f"model.layers.{i}."
            names[p + "input_layernorm.weight"] = block.input_layernorm.weight
            names[p + "post_attention_layernorm.weight"] = block.post_attention_layernorm.weight
            for proj in ("q_proj", "k_proj", "v_proj", "o_proj"):
                names[p + f"self_attn.{proj}.weight"] = getattr(block, proj).weight
            for proj in ("gate_proj", "up_proj", "down_proj"):
                names[p + f"mlp.{proj}.weight"] = getattr(block, proj).weight
        missing = sorted(set(names) - set(tensors))
        if missing:
            raise ValueError(f"checkpoint lacks {missing[0]}")
        with torch.no_grad():
            for name, parameter in names.items():
                parameter.copy_(tensors[name])

    def forward(self, ids):
        t = ids.shape[1]
        freqs = torch.arange(t).float()[:, None] * self.inv_freq[None, :]
        angles = torch.cat([freqs, freqs], dim=-1)
        cos, sin = angles.cos(), angles.sin()
        mask = torch.ones(t, t, dtype=torch.bool).triu(1)
        x = self.embed_tokens(ids)
        for block in self.layers:
            x = block(x, cos, sin, mask)
        return F.linear(self.norm(x), self.embed_tokens.weight)


def batch(pairs, pad):
    """Right-padded inputs (all tokens but the last) and labels (the next token where it is a target token)."""
    length = max(len(p["ids"]) for p in pairs) - 1
    inputs = torch.full((len(pairs), length), pad, dtype=torch.long)
    labels = torch.full((len(pairs), length), IGNORE, dtype=torch.long)
    for b, p in enumerate(pairs):
        ids = torch.tensor(p["ids"], dtype=torch.long)
        inputs[b, : len(ids) - 1] = ids[:-1]
        start = p["target_start"] - 1
        labels[b, start : len(ids) - 1] = ids[start + 1 :]
    return inputs, labels


def score(model, pairs, batch_size, pad):
    order = sorted(range(len(pairs)), key=lambda i: len(pairs[i]["ids"]))
    result = [0.0] * len(pairs)
    with torch.no_grad():
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            inputs, labels = batch([pairs[i] for i in rows], pad)
            log_probs = F.log_softmax(model(inputs), -1).gather(-1, labels.clamp_min(0).unsqueeze(-1)).squeeze(-1)
            mask = labels.ge(0)
            nll = -(log_probs * mask).sum(1) / mask.sum(1).clamp_min(1)
            for r, value in zip(rows, nll.exp().tolist()):
                result[r] = value
    return result


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--pairs", required=True, help="JSON list of {ids, target_start}")
    p.add_argument("--checkpoints", nargs="+", required=True, help="checkpoint folders, in order")
    p.add_argument("--batch", type=int, default=8)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--repeats", type=int, default=3)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    with open(a.pairs, encoding="utf-8") as f:
        pairs = json.load(f)
    configs = []
    for directory in a.checkpoints:
        with open(os.path.join(directory, "config.json"), encoding="utf-8") as f:
            configs.append(json.load(f))
    best, best_cpu, perplexities = float("inf"), float("inf"), None
    for _ in range(a.repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        values = []
        for directory, config in zip(a.checkpoints, configs):
            model = Llama(config)
            model.load(read_safetensors(os.path.join(directory, "model.safetensors")))
            model.eval()
            values.append(score(model, pairs, a.batch, config["pad_token_id"]))
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
        perplexities = values
    print(json.dumps({"torch": torch.__version__, "threads": a.threads, "batch": a.batch, "seconds": best, "cpu_seconds": best_cpu,
                      "perplexities": perplexities}))


if __name__ == "__main__":
    main()
