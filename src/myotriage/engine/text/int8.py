"""The second reader's transformer in int8: every linear layer multiplies integers.

Imported only when the second reader's model loads (it needs PyTorch, the optional extra).

A linear layer's weights are rounded once to int8, one scale per output channel; the
activations coming in are rounded on the fly, one scale per token (symmetric: the token's
largest magnitude becomes 127). The product is summed exactly in int32 by ``torch._int_mm``
(PyTorch's own integer matrix product, no quantized tensor types, nothing deprecated) and
scaled back to float32. About three times faster than float32 on one CPU thread (the
second reader on the four-sentence story, in the same run: p50 17-19 ms against 53-58 ms on a
loaded two-core machine whose parse of it took 7.5 ms), with vectors within 0.997 cosine of float32's. Every token has its own scale, so no token's rounding
depends on another's: PyTorch's deprecated ``quantize_dynamic`` uses one scale for the whole
batch (vectors at 0.94 cosine of float32's, and a sentence's vector moves with the sentences
and the padding it is batched with). What is left of that: padding to a longer sentence
changes the attention's float rounding by a hair, which the int8 rounding can carry on, so a
sentence batched with others gets a vector within about 0.995 cosine of its vector alone
(measured on 394 sentences of 80 stories: 91% identical, probabilities within 0.08, none
crossing the threshold of 0.9).

The weights of the logistic regressions are learnt on vectors made this way
(:data:`myotriage.knowledge.reader_weights.PIPELINE`); float32 vectors would not fit them.
"""

from __future__ import annotations

import torch

__all__ = ["Int8Linear", "to_int8"]


class Int8Linear(torch.nn.Module):
    """A :class:`torch.nn.Linear` with int8 weights and int8 per-token activations."""

    weight_q: torch.Tensor
    weight_scale: torch.Tensor
    bias: torch.Tensor | None

    def __init__(self, linear: torch.nn.Linear) -> None:
        super().__init__()
        weight = linear.weight.detach().float()
        scale = weight.abs().amax(dim=1).clamp(min=1e-12) / 127.0
        # (in, out), contiguous: the layout torch._int_mm multiplies fastest.
        self.register_buffer(
            "weight_q", torch.round(weight / scale[:, None]).to(torch.int8).t().contiguous()
        )
        self.register_buffer("weight_scale", scale)
        bias = linear.bias.detach().float() if linear.bias is not None else None
        self.register_buffer("bias", bias)
        self.out_features = linear.out_features

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        rows = x.reshape(-1, x.shape[-1]).float()
        scale = rows.abs().amax(dim=1, keepdim=True).clamp(min=1e-12) / 127.0
        rows_q = torch.round(rows / scale).to(torch.int8)
        out = torch._int_mm(rows_q, self.weight_q).float().mul_(scale).mul_(self.weight_scale)
        if self.bias is not None:
            out.add_(self.bias)
        return out.reshape(*x.shape[:-1], self.out_features)


def to_int8(module: torch.nn.Module) -> torch.nn.Module:
    """``module`` with every :class:`torch.nn.Linear` inside it replaced by an
    :class:`Int8Linear` (in place; the float32 weights are let go)."""
    for name, child in module.named_children():
        if isinstance(child, torch.nn.Linear):
            setattr(module, name, Int8Linear(child))
        else:
            to_int8(child)
    return module
