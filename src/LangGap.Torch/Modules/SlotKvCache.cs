namespace LangGap.Torch.Modules;

/// <summary>Keys and values of up to <see cref="Slots"/> independent sequences in one buffer per layer, so sequences of
/// different lengths decode together: slot b holds one sequence's positions 0…length(b)−1.</summary>
/// <remarks>Used by continuous batching: a sequence is prefilled alone, copied into a free slot, decodes with the others,
/// and its slot is reused when it finishes. Active sequences occupy slots 0…B−1; <see cref="Move"/> keeps them packed.
/// Positions past a slot's length hold stale or zero values that the attention mask hides.</remarks>
internal sealed class SlotKvCache : IDisposable
{
    private readonly SlotLayerCache[] _layers;
    private readonly long _kvHeads;
    private readonly long _headDim;

    public SlotKvCache(TransformerConfig config, int slots)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(slots);
        Slots = slots;
        _kvHeads = config.NumKeyValueHeads;
        _headDim = config.HeadDim;
        _layers = Enumerable.Range(0, config.NumLayers).Select(_ => new SlotLayerCache(this)).ToArray();
    }

    /// <summary>How many sequences fit.</summary>
    public int Slots { get; }

    /// <summary>Positions each slot can hold.</summary>
    public long Capacity { get; private set; }

    internal IReadOnlyList<SlotLayerCache> Layers => _layers;

    /// <summary>Rows of the flattened (slots·Hkv·capacity, D) buffer the current step writes, (B·Hkv).</summary>
    internal Tensor? WriteRows { get; private set; }

    /// <summary>Sequences in the current step.</summary>
    internal long Batch { get; private set; }

    /// <summary>Key positions the current step attends (the longest sequence, new token included).</summary>
    internal long Span { get; private set; }

    /// <summary>Grows every slot to hold at least <paramref name="positions"/> positions, keeping what is cached.</summary>
    public void Reserve(long positions)
    {
        if (positions <= Capacity)
        {
            return;
        }
        var grown = Math.Max(Math.Max(positions, 2 * Capacity), 64);
        foreach (var layer in _layers)
        {
            layer.Resize(grown, Capacity);
        }
        Capacity = grown;
    }

    /// <summary>Copies a one-sequence <paramref name="source"/> cache into <paramref name="slot"/>.</summary>
    public void Load(int slot, KvCache source)
    {
        Reserve(source.Length);
        for (var i = 0; i < _layers.Length; i++)
        {
            _layers[i].Load(slot, source.Layers[i]);
        }
    }

    /// <summary>Copies slot <paramref name="from"/> over slot <paramref name="to"/> (its first <paramref name="length"/> positions).</summary>
    public void Move(int from, int to, long length)
    {
        foreach (var layer in _layers)
        {
            layer.Move(from, to, length);
        }
    }

    /// <summary>Prepares a step over slots 0…B−1 whose sequences have <paramref name="lengths"/> cached positions
    /// each; every sequence appends one position.</summary>
    /// <returns>(B, 1, 1, S) true where a slot's query may attend a key position.</returns>
    internal Tensor BeginStep(long[] lengths)
    {
        var b = lengths.Length;
        var span = lengths.Max() + 1;
        Reserve(span);
        var rows = new long[b * _kvHeads];
        for (var s = 0; s < b; s++)
        {
            for (var h = 0; h < _kvHeads; h++)
            {
                rows[s * _kvHeads + h] = (s * _kvHeads + h) * Capacity + lengths[s];
            }
        }
        WriteRows?.Dispose();
        WriteRows = tensor(rows).DetachFromDisposeScope();
        Batch = b;
        Span = span;
        using var scope = NewDisposeScope();
        var keyPositions = arange(span, dtype: ScalarType.Int64).unsqueeze(0);                          // (1, S)
        var visible = keyPositions <= tensor(lengths).unsqueeze(1);                                     // (B, S)
        return visible.view(b, 1, 1, span).MoveToOuterDisposeScope();
    }

    internal long KvHeads => _kvHeads;

    internal long HeadDim => _headDim;

    /// <summary>Frees every buffer.</summary>
    public void Dispose()
    {
        WriteRows?.Dispose();
        foreach (var layer in _layers)
        {
            layer.Dispose();
        }
    }
}
