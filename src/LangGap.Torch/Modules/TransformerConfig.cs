namespace LangGap.Torch.Modules;

/// <summary>The shape and numerics of a decoder-only transformer; the config travels inside every checkpoint.</summary>
/// <remarks>Field meanings follow Hugging Face <c>config.json</c>; <see cref="Checkpoints.HfConfig"/> maps them.</remarks>
public sealed record TransformerConfig
{
    /// <summary>Which family's layer layout and numerics to use.</summary>
    public required Architecture Architecture { get; init; }

    /// <summary>Number of token ids.</summary>
    public required int VocabSize { get; init; }

    /// <summary>Width of the residual stream.</summary>
    public required int HiddenSize { get; init; }

    /// <summary>Width of the SwiGLU MLP.</summary>
    public required int IntermediateSize { get; init; }

    /// <summary>Number of decoder layers.</summary>
    public required int NumLayers { get; init; }

    /// <summary>Number of query heads.</summary>
    public required int NumHeads { get; init; }

    /// <summary>Number of key/value heads (fewer than <see cref="NumHeads"/> for grouped-query attention).</summary>
    public required int NumKeyValueHeads { get; init; }

    /// <summary>Width of one head; <see cref="HiddenSize"/> / <see cref="NumHeads"/> unless the checkpoint says otherwise.</summary>
    public required int HeadDim { get; init; }

    /// <summary>Epsilon of the RMSNorm (Llama, Qwen2) or LayerNorm (Cohere).</summary>
    public double NormEps { get; init; } = 1e-6;

    /// <summary>RoPE base.</summary>
    public double RopeTheta { get; init; } = 10000;

    /// <summary>Llama 3 RoPE scaling, or null for plain RoPE.</summary>
    public Llama3RopeScaling? RopeScaling { get; init; }

    /// <summary>Longest sequence the model was configured for.</summary>
    public int MaxPositionEmbeddings { get; init; } = 2048;

    /// <summary>True when the output projection reuses the token embedding matrix.</summary>
    public bool TieWordEmbeddings { get; init; }

    /// <summary>Biases on the query, key and value projections (Qwen2; Llama's <c>attention_bias</c>).</summary>
    public bool QkvBias { get; init; }

    /// <summary>Bias on the attention output projection (Llama's <c>attention_bias</c>).</summary>
    public bool OutputBias { get; init; }

    /// <summary>Biases on the MLP projections (Llama's <c>mlp_bias</c>).</summary>
    public bool MlpBias { get; init; }

    /// <summary>Factor the logits are multiplied by (Cohere's <c>logit_scale</c>); 1 elsewhere.</summary>
    public double LogitScale { get; init; } = 1;

    /// <summary>Beginning-of-sequence token id, if any.</summary>
    public int? BosTokenId { get; init; }

    /// <summary>Token ids that end generation.</summary>
    public IReadOnlyList<int> EosTokenIds { get; init; } = [];

    /// <summary>Padding token id, if any.</summary>
    public int? PadTokenId { get; init; }

    /// <summary>Checks the numbers fit together; throws <see cref="ArgumentException"/> naming the first field that does not.</summary>
    public void Validate()
    {
        Require(VocabSize > 0, nameof(VocabSize), VocabSize);
        Require(HiddenSize > 0, nameof(HiddenSize), HiddenSize);
        Require(IntermediateSize > 0, nameof(IntermediateSize), IntermediateSize);
        Require(NumLayers > 0, nameof(NumLayers), NumLayers);
        Require(NumHeads > 0, nameof(NumHeads), NumHeads);
        Require(NumKeyValueHeads > 0 && NumHeads % NumKeyValueHeads == 0, nameof(NumKeyValueHeads), NumKeyValueHeads);
        Require(HeadDim > 0 && HeadDim % 2 == 0, nameof(HeadDim), HeadDim);
    }

    private static void Require(bool ok, string name, int value)
    {
        if (!ok)
        {
            throw new ArgumentException($"Transformer config field {name} has an impossible value {value}.");
        }
    }
}
