using LangGap.Torch.Modules;
using LangGap.Torch.Training.Losses;

namespace LangGap.Torch.Training.Objectives;

/// <summary>Prompt + completion sequences right-padded into one batch, with the mask of completion-token targets.</summary>
/// <remarks>Right padding needs no attention mask: causal attention never lets a real token see the padding after it.</remarks>
internal sealed class SequenceBatch : IDisposable
{
    private SequenceBatch(Tensor inputs, Tensor targets, Tensor mask, long[] lastIndex, long tokens)
    {
        Inputs = inputs;
        Targets = targets;
        Mask = mask;
        LastIndex = lastIndex;
        Tokens = tokens;
    }

    public Tensor Inputs { get; }      // (B, L-1)

    public Tensor Targets { get; }     // (B, L-1)

    public Tensor Mask { get; }        // (B, L-1) float32, 1 where the target is a completion token

    /// <summary>Per row, the input position of the last real token (where a reward head reads).</summary>
    public long[] LastIndex { get; }

    public long Tokens { get; }

    public static SequenceBatch Build(IReadOnlyList<(int[] Prompt, int[] Completion)> rows, long padId)
    {
        var length = rows.Max(r => r.Prompt.Length + r.Completion.Length);
        var width = length - 1;
        var inputs = new long[rows.Count * width];
        var targets = new long[rows.Count * width];
        var mask = new float[rows.Count * width];
        var last = new long[rows.Count];
        long tokens = 0;
        Array.Fill(inputs, padId);
        Array.Fill(targets, padId);
        for (var b = 0; b < rows.Count; b++)
        {
            var sequence = rows[b].Prompt.Concat(rows[b].Completion).ToArray();
            tokens += sequence.Length;
            for (var i = 0; i < sequence.Length - 1; i++)
            {
                inputs[b * width + i] = sequence[i];
                targets[b * width + i] = sequence[i + 1];
                mask[b * width + i] = i + 1 >= rows[b].Prompt.Length ? 1 : 0;
            }
            last[b] = sequence.Length - 2;
        }
        return new SequenceBatch(
            tensor(inputs, [rows.Count, width]), tensor(targets, [rows.Count, width]), tensor(mask, [rows.Count, width]), last, tokens);
    }

    /// <summary>(B, L-1) log-probabilities of the targets under <paramref name="model"/> (with gradients when enabled).</summary>
    public Tensor LogProbs(CausalLM model)
    {
        using var scope = NewDisposeScope();
        var logits = model.Forward(Inputs);                                                            // (B, L-1, V)
        return TokenLogProbs.Gather(logits, Targets).MoveToOuterDisposeScope();                        // (B, L-1)
    }

    public void Dispose()
    {
        Inputs.Dispose();
        Targets.Dispose();
        Mask.Dispose();
    }
}
