#!/usr/bin/python3
"""Reference values for LangGap's alignment losses, computed with PyTorch (Debian's python3-torch).

Writes a JSON file with fixed inputs, the losses and the gradients that torch.autograd gives for:
  - DPO, TRL's "sigmoid" loss with and without label smoothing, and the IPO loss;
  - RLOO: KL-shaped sequence rewards, leave-one-out advantages (raw and normalised), the on-policy
    REINFORCE loss -A * sum_t log pi and the PPO-style clipped ratio loss used when a batch is reused;
  - Bradley-Terry reward-model loss and the SFT loss on completion tokens.
The formulas are written here from their definitions (TRL's DPOTrainer/RLOOTrainer semantics), independently
of LangGap's C# code. Usage:  /usr/bin/python3 bench/training-parity.py OUT.json
"""
import json
import sys

import torch
import torch.nn.functional as F

torch.manual_seed(20261126)
dt = torch.float64


def t(x):
    return x.tolist()


def dpo_case(beta, smoothing, kind):
    b = 6
    pc = (torch.randn(b, dtype=dt) * 3 - 20).requires_grad_()
    pr = (torch.randn(b, dtype=dt) * 3 - 22).requires_grad_()
    rc = torch.randn(b, dtype=dt) * 3 - 21
    rr = torch.randn(b, dtype=dt) * 3 - 21
    h = (pc - rc) - (pr - rr)
    if kind == "sigmoid":
        losses = -F.logsigmoid(beta * h) * (1 - smoothing) - F.logsigmoid(-beta * h) * smoothing
    else:
        losses = (h - 1 / (2 * beta)) ** 2
    loss = losses.mean()
    loss.backward()
    return {
        "kind": kind, "beta": beta, "label_smoothing": smoothing,
        "policy_chosen": t(pc.detach()), "policy_rejected": t(pr.detach()),
        "reference_chosen": t(rc), "reference_rejected": t(rr),
        "loss": loss.item(), "grad_policy_chosen": t(pc.grad), "grad_policy_rejected": t(pr.grad),
        "chosen_rewards": t(beta * (pc.detach() - rc)), "rejected_rewards": t(beta * (pr.detach() - rr)),
    }


def rloo_case(prompts, k, beta, normalize, reuse, epsilon):
    n, length = prompts * k, 5
    logp = (torch.randn(n, length, dtype=dt) * 0.5 - 2).requires_grad_()
    ref = logp.detach() + torch.randn(n, length, dtype=dt) * 0.1
    mask = torch.ones(n, length, dtype=dt)
    for i in range(n):
        mask[i, 1 + (i * 3) % length:] = 0                # ragged completions: 1..5 tokens
    score = torch.rand(n, dtype=dt)
    kl = ((logp.detach() - ref) * mask).sum(1)
    reward = score - beta * kl
    grouped = reward.view(prompts, k)
    baseline = ((grouped.sum(1, keepdim=True) - grouped) / (k - 1)).view(-1)
    adv = reward - baseline
    if normalize:
        adv = (adv - adv.mean()) / (adv.std() + 1e-4)
    seq = (logp * mask).sum(1)
    case = {"prompts": prompts, "k": k, "beta": beta, "normalize": normalize, "epsilon": epsilon,
            "logprobs": t(logp.detach()), "ref_logprobs": t(ref), "mask": t(mask), "scores": t(score),
            "rewards": t(reward), "kl": t(kl), "advantages": t(adv)}
    if reuse:
        old = seq.detach() + torch.randn(n, dtype=dt) * 0.3
        ratio = torch.exp(seq - old)
        per = -torch.min(ratio * adv, torch.clamp(ratio, 1 - epsilon, 1 + epsilon) * adv)
        case["old_logprobs"] = t(old)
    else:
        per = -adv * seq
    loss = per.mean()
    loss.backward()
    case["loss"] = loss.item()
    case["grad_logprobs"] = t(logp.grad)
    return case


def bradley_terry_case():
    rc = torch.randn(7, dtype=dt).requires_grad_()
    rr = torch.randn(7, dtype=dt).requires_grad_()
    loss = -F.logsigmoid(rc - rr).mean()
    loss.backward()
    return {"chosen": t(rc.detach()), "rejected": t(rr.detach()), "loss": loss.item(),
            "grad_chosen": t(rc.grad), "grad_rejected": t(rr.grad)}


def sft_case():
    b, length, vocab = 3, 6, 11
    logits = torch.randn(b, length, vocab, dtype=dt).requires_grad_()
    targets = torch.randint(0, vocab, (b, length))
    mask = torch.zeros(b, length, dtype=dt)
    mask[0, 2:] = 1
    mask[1, 4:] = 1
    mask[2, 1:5] = 1
    token = F.cross_entropy(logits.reshape(-1, vocab), targets.reshape(-1), reduction="none").view(b, length)
    loss = (token * mask).sum() / mask.sum()
    loss.backward()
    return {"logits": t(logits.detach()), "targets": t(targets), "mask": t(mask), "loss": loss.item(),
            "grad_logits": t(logits.grad)}


def main():
    out = {
        "generator": f"bench/training-parity.py with torch {torch.__version__}, float64, seed 20261126",
        "dpo": [dpo_case(0.1, 0.0, "sigmoid"), dpo_case(0.5, 0.2, "sigmoid"), dpo_case(0.1, 0.0, "ipo"),
                dpo_case(1.0, 0.0, "ipo")],
        "rloo": [rloo_case(2, 2, 0.05, False, False, 0.2), rloo_case(2, 4, 0.05, False, False, 0.2),
                 rloo_case(3, 4, 0.1, True, False, 0.2), rloo_case(2, 4, 0.05, False, True, 0.2),
                 rloo_case(2, 3, 0.0, True, True, 0.1)],
        "bradley_terry": bradley_terry_case(),
        "sft": sft_case(),
    }
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)


if __name__ == "__main__":
    main()
