namespace LangGap.Torch.Gguf;

/// <summary>Reorders query/key projection rows from Hugging Face's rotary layout to llama.cpp's for the Llama architecture.</summary>
/// <remarks>
/// Hugging Face's Llama rotates channel <c>i</c> of a head together with channel <c>i + D/2</c> ("rotate half");
/// llama.cpp's <c>llama</c> architecture rotates neighbouring channels <c>2i</c> and <c>2i + 1</c>. Moving each head's
/// output row <c>s·D/2 + i</c> (s ∈ {0, 1}) to row <c>2i + s</c> makes the two compute the same attention scores.
/// Qwen2 runs in llama.cpp with the rotate-half ("NeoX") layout and needs no permutation.
/// </remarks>
public static class GgufRotaryPermutation
{
    /// <summary>The permuted copy of <paramref name="weight"/> (rows = <paramref name="heads"/> × head size; a bias is 1-D).</summary>
    /// <param name="weight">A q or k projection weight (out, in) or bias (out) in Hugging Face layout.</param>
    /// <param name="heads">The number of heads the rows hold: attention heads for q, key/value heads for k.</param>
    public static Tensor Permute(Tensor weight, int heads)
    {
        ArgumentNullException.ThrowIfNull(weight);
        var rows = weight.shape[0];
        if (heads <= 0 || rows % (2L * heads) != 0)
        {
            throw new ArgumentException($"{rows} rows cannot be split into {heads} heads of an even size.", nameof(heads));
        }
        var rest = weight.shape.Skip(1).ToArray();
        using var split = weight.reshape([heads, 2, rows / heads / 2, .. rest]);
        using var swapped = split.transpose(1, 2);
        return swapped.reshape(weight.shape).contiguous();
    }

    /// <summary>The source row of each destination row for one head of size <paramref name="headDim"/> (for checks and docs).</summary>
    public static int[] SourceRows(int headDim)
    {
        if (headDim <= 0 || headDim % 2 != 0)
        {
            throw new ArgumentException($"Head size {headDim} must be even and positive.", nameof(headDim));
        }
        var half = headDim / 2;
        return Enumerable.Range(0, headDim).Select(row => row % 2 * half + row / 2).ToArray();
    }
}
