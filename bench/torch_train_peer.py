#!/usr/bin/python3
"""PyTorch peer of `dotnet run --project bench/LangGap.Bench -c Release -- torch-train`.

Trains the embedded model's network (Llama layout: RMSNorm, RoPE, grouped-query attention, SwiGLU, tied embeddings)
on random byte sequences with AdamW and gradient clipping, and prints the mean wall time of a training step as JSON.
Written for LangGap from the architecture description; runs on Debian's python3-torch (1.13, CPU), which has no
fused scaled_dot_product_attention, so attention is matmul + causal mask + softmax.
"""
import argparse
import json
import math
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


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
        d, h, kv, hd, inter = c["hidden"], c["heads"], c["kv_heads"], c["head_dim"], c["intermediate"]
        self.h, self.kv, self.hd = h, kv, hd
        self.norm1 = RmsNorm(d, c["eps"])
        self.q = nn.Linear(d, h * hd, bias=False)
        self.k = nn.Linear(d, kv * hd, bias=False)
        self.v = nn.Linear(d, kv * hd, bias=False)
        self.o = nn.Linear(h * hd, d, bias=False)
        self.norm2 = RmsNorm(d, c["eps"])
        self.gate = nn.Linear(d, inter, bias=False)
        self.up = nn.Linear(d, inter, bias=False)
        self.down = nn.Linear(inter, d, bias=False)

    @staticmethod
    def rotate(x, cos, sin):
        half = x.shape[-1] // 2
        rotated = torch.cat([-x[..., half:], x[..., :half]], dim=-1)
        return x * cos + rotated * sin

    def forward(self, x, cos, sin, mask):
        b, t, _ = x.shape
        n = self.norm1(x)
        q = self.q(n).view(b, t, self.h, self.hd).transpose(1, 2)
        k = self.k(n).view(b, t, self.kv, self.hd).transpose(1, 2)
        v = self.v(n).view(b, t, self.kv, self.hd).transpose(1, 2)
        q, k = self.rotate(q, cos, sin), self.rotate(k, cos, sin)
        k = k.repeat_interleave(self.h // self.kv, dim=1)
        v = v.repeat_interleave(self.h // self.kv, dim=1)
        scores = (q @ k.transpose(-2, -1)) / math.sqrt(self.hd)
        y = scores.masked_fill(mask, float("-inf")).softmax(-1) @ v
        x = x + self.o(y.transpose(1, 2).reshape(b, t, -1))
        n = self.norm2(x)
        return x + self.down(F.silu(self.gate(n)) * self.up(n))


class Model(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.embed = nn.Embedding(c["vocab"], c["hidden"])
        self.blocks = nn.ModuleList([Block(c) for _ in range(c["layers"])])
        self.norm = RmsNorm(c["hidden"], c["eps"])
        inv = 1.0 / (c["theta"] ** (torch.arange(0, c["head_dim"], 2).float() / c["head_dim"]))
        self.register_buffer("inv_freq", inv, persistent=False)

    def forward(self, ids):
        t = ids.shape[1]
        freqs = torch.arange(t).float()[:, None] * self.inv_freq[None, :]
        angles = torch.cat([freqs, freqs], dim=-1)
        cos, sin = angles.cos(), angles.sin()
        mask = torch.ones(t, t, dtype=torch.bool).triu(1)
        x = self.embed(ids)
        for block in self.blocks:
            x = block(x, cos, sin, mask)
        return F.linear(self.norm(x), self.embed.weight)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--steps", type=int, default=20)
    p.add_argument("--warmup", type=int, default=3)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--seq", type=int, default=256)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    c = dict(vocab=260, hidden=192, intermediate=512, layers=4, heads=6, kv_heads=2, head_dim=32, eps=1e-5, theta=10000.0)
    model = Model(c)
    for name, param in model.named_parameters():
        if param.dim() >= 2:
            nn.init.normal_(param, 0, 0.02)
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3, betas=(0.9, 0.95), eps=1e-8, weight_decay=0.05)
    data = torch.randint(0, 256, (a.warmup + a.steps, a.batch, a.seq + 1))

    def step(i):
        batch = data[i]
        opt.zero_grad()
        logits = model(batch[:, :-1])
        loss = F.cross_entropy(logits.reshape(-1, c["vocab"]), batch[:, 1:].reshape(-1))
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        return loss.item()

    for i in range(a.warmup):
        step(i)
    start = time.perf_counter()
    for i in range(a.steps):
        step(a.warmup + i)
    seconds = (time.perf_counter() - start) / a.steps
    print(json.dumps({"torch": torch.__version__, "threads": a.threads, "seconds_per_step": seconds,
                      "parameters": sum(p.numel() for p in model.parameters())}))


if __name__ == "__main__":
    main()
