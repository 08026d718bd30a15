#!/usr/bin/python3
"""PyTorch eager peer of `dotnet run --project bench/LangGap.Bench -c Release -- generate-peers`.

Greedy decoding with a key/value cache of a Llama-layout Hugging Face folder (the embedded model): RMSNorm, rotate-half
RoPE, grouped-query attention, SwiGLU, tied or separate output matrix. Written for LangGap from the architecture
description; reads model.safetensors itself (no transformers, no safetensors package) and runs on Debian's
python3-torch (1.13, CPU). All prompts decode together as one batch, so they must have equal lengths.

Usage: /usr/bin/python3 bench/torch_generate_peer.py MODEL_DIR REQUEST.json
  REQUEST: {"threads": 2, "prompts": [[ids...], ...], "max_tokens": 128, "runs": 3}
Prints JSON: {"outputs": [[ids...], ...], "runs": [{"seconds": s, "generated": n, "cpu_seconds": c}, ...], "engine": "..."}
"""
import json
import os
import sys
import time

import torch

from peer_safetensors import read_safetensors

class Llama:
    def __init__(self, folder):
        c = json.load(open(os.path.join(folder, "config.json")))
        self.w = read_safetensors(os.path.join(folder, "model.safetensors"))
        self.layers = c["num_hidden_layers"]
        self.heads = c["num_attention_heads"]
        self.kv_heads = c.get("num_key_value_heads", self.heads)
        self.head_dim = c.get("head_dim") or c["hidden_size"] // self.heads
        self.eps = c.get("rms_norm_eps", 1e-6)
        rope = c.get("rope_parameters") or {}
        theta = rope.get("rope_theta", c.get("rope_theta", 10000.0))
        self.inv_freq = 1.0 / (theta ** (torch.arange(0, self.head_dim, 2, dtype=torch.int64).float() / self.head_dim))
        self.lm_head = self.w.get("lm_head.weight", self.w["model.embed_tokens.weight"])

    def norm(self, x, weight):
        return weight * (x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps))

    def rope(self, x, positions):
        freqs = positions.float()[:, None] * self.inv_freq[None, :]
        angles = torch.cat([freqs, freqs], dim=-1)
        cos, sin = angles.cos(), angles.sin()
        half = x.shape[-1] // 2
        rotated = torch.cat([-x[..., half:], x[..., :half]], dim=-1)
        return x * cos + rotated * sin

    def forward(self, ids, cache):
        b, t = ids.shape
        past = 0 if cache[0] is None else cache[0][0].shape[2]
        positions = torch.arange(past, past + t)
        x = self.w["model.embed_tokens.weight"][ids]
        for i in range(self.layers):
            p = f"model.layers.{i}."
            h = self.norm(x, self.w[p + "input_layernorm.weight"])
            q = (h @ self.w[p + "self_attn.q_proj.weight"].T).view(b, t, self.heads, self.head_dim).transpose(1, 2)
            k = (h @ self.w[p + "self_attn.k_proj.weight"].T).view(b, t, self.kv_heads, self.head_dim).transpose(1, 2)
            v = (h @ self.w[p + "self_attn.v_proj.weight"].T).view(b, t, self.kv_heads, self.head_dim).transpose(1, 2)
            q, k = self.rope(q, positions), self.rope(k, positions)
            if cache[i] is not None:
                k = torch.cat([cache[i][0], k], dim=2)
                v = torch.cat([cache[i][1], v], dim=2)
            cache[i] = (k, v)
            groups = self.heads // self.kv_heads
            kk = k.repeat_interleave(groups, dim=1)
            vv = v.repeat_interleave(groups, dim=1)
            scores = (q @ kk.transpose(-1, -2)) / (self.head_dim ** 0.5)
            if t > 1:
                mask = torch.full((t, past + t), float("-inf")).triu(past + 1)
                scores = scores + mask
            attn = torch.softmax(scores, dim=-1) @ vv
            x = x + attn.transpose(1, 2).reshape(b, t, -1) @ self.w[p + "self_attn.o_proj.weight"].T
            h = self.norm(x, self.w[p + "post_attention_layernorm.weight"])
            gate = torch.nn.functional.silu(h @ self.w[p + "mlp.gate_proj.weight"].T)
            x = x + (gate * (h @ self.w[p + "mlp.up_proj.weight"].T)) @ self.w[p + "mlp.down_proj.weight"].T
        x = self.norm(x[:, -1:, :], self.w["model.norm.weight"])
        return x @ self.lm_head.T

    @torch.no_grad()
    def generate(self, prompts, max_tokens):
        ids = torch.tensor(prompts, dtype=torch.int64)
        cache = [None] * self.layers
        out = []
        logits = self.forward(ids, cache)
        for _ in range(max_tokens):
            nxt = logits[:, -1, :].argmax(-1)
            out.append(nxt)
            if len(out) == max_tokens:
                break
            logits = self.forward(nxt[:, None], cache)
        return torch.stack(out, dim=1).tolist()


def main():
    folder, request_path = sys.argv[1], sys.argv[2]
    request = json.load(open(request_path))
    torch.set_num_threads(request.get("threads", 1))
    prompts = request["prompts"]
    if len({len(p) for p in prompts}) != 1:
        sys.exit("torch_generate_peer.py: prompts must have equal lengths (they decode as one batch)")
    model = Llama(folder)
    model.generate(prompts, 4)   # warm-up
    runs, outputs = [], None
    for _ in range(request.get("runs", 1)):
        cpu, start = time.process_time(), time.perf_counter()
        result = model.generate(prompts, request.get("max_tokens", 128))
        runs.append({"seconds": time.perf_counter() - start, "generated": sum(map(len, result)),
                     "cpu_seconds": time.process_time() - cpu})
        outputs = outputs or result
    print(json.dumps({"outputs": outputs, "runs": runs, "engine": f"PyTorch {torch.__version__} eager"}))


if __name__ == "__main__":
    main()
