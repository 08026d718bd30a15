namespace LangGap.Torch.Modules;

/// <summary>One layer's part of a <see cref="SlotKvCache"/>: keys and values shaped (slots, Hkv, capacity, D).</summary>
internal sealed class SlotLayerCache : AttentionCache
{
    private readonly SlotKvCache _owner;
    private Tensor? _keys;
    private Tensor? _values;

    public SlotLayerCache(SlotKvCache owner) => _owner = owner;

    /// <summary>Slots always attend through an explicit mask, so the step is never a plain causal one.</summary>
    public override long Length => _owner.Span - 1;

    /// <inheritdoc />
    /// <remarks>Writes each slot's single new position where that slot's sequence ends, then returns slots 0…B−1 over
    /// the step's span; shorter sequences are hidden by the step's mask.</remarks>
    public override (Tensor Keys, Tensor Values) Append(Tensor keys, Tensor values)
    {
        var rows = _owner.WriteRows ?? throw new InvalidOperationException("BeginStep was not called.");
        var dim = _owner.HeadDim;
        _keys!.view(-1, dim).index_copy_(0, rows, keys.reshape(-1, dim));                           // rows (B·Hkv)
        _values!.view(-1, dim).index_copy_(0, rows, values.reshape(-1, dim));
        var (b, span) = (_owner.Batch, _owner.Span);
        return (_keys.narrow(0, 0, b).narrow(2, 0, span), _values.narrow(0, 0, b).narrow(2, 0, span));   // (B, Hkv, S, D)
    }

    public void Resize(long capacity, long kept)
    {
        using var scope = NewDisposeScope();
        long[] shape = [_owner.Slots, _owner.KvHeads, capacity, _owner.HeadDim];
        var keys = zeros(shape);
        var values = zeros(shape);
        if (_keys is not null && _values is not null && kept > 0)
        {
            keys.narrow(2, 0, kept).copy_(_keys.narrow(2, 0, kept));
            values.narrow(2, 0, kept).copy_(_values.narrow(2, 0, kept));
        }
        _keys?.Dispose();
        _values?.Dispose();
        _keys = keys.DetachFromDisposeScope();
        _values = values.DetachFromDisposeScope();
    }

    public void Load(int slot, LayerKvCache source)
    {
        using var scope = NewDisposeScope();
        var (keys, values) = source.Contents();                                                       // (1, Hkv, T, D)
        var t = keys.shape[2];
        _keys!.narrow(0, slot, 1).narrow(2, 0, t).copy_(keys);
        _values!.narrow(0, slot, 1).narrow(2, 0, t).copy_(values);
    }

    public void Move(int from, int to, long length)
    {
        using var scope = NewDisposeScope();
        _keys!.narrow(0, to, 1).narrow(2, 0, length).copy_(_keys.narrow(0, from, 1).narrow(2, 0, length));
        _values!.narrow(0, to, 1).narrow(2, 0, length).copy_(_values.narrow(0, from, 1).narrow(2, 0, length));
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _keys?.Dispose();
        _values?.Dispose();
    }
}
