namespace LangGap.Torch.Modules;

/// <summary>The keys and values one attention layer has seen so far, shaped (B, Hkv, S, D), in a buffer that grows by
/// doubling, so a step writes only its new positions instead of copying everything cached.</summary>
internal sealed class LayerKvCache : AttentionCache
{
    private const long InitialCapacity = 64;
    private Tensor? _keys;     // (B, Hkv, capacity, D)
    private Tensor? _values;
    private long _length;

    public override long Length => _length;

    /// <inheritdoc />
    public override (Tensor Keys, Tensor Values) Append(Tensor keys, Tensor values)
    {
        var t = keys.shape[2];
        Reserve(keys, _length + t);
        _keys!.narrow(2, _length, t).copy_(keys);
        _values!.narrow(2, _length, t).copy_(values);
        _length += t;
        return (_keys.narrow(2, 0, _length), _values.narrow(2, 0, _length));     // (B, Hkv, S, D) views
    }

    /// <summary>The cached keys and values of every position, (B, Hkv, S, D) views into the cache's storage.</summary>
    public (Tensor Keys, Tensor Values) Contents() =>
        _keys is null || _values is null ? throw new InvalidOperationException("The cache is empty.")
            : (_keys.narrow(2, 0, _length), _values.narrow(2, 0, _length));

    private void Reserve(Tensor like, long needed)
    {
        var capacity = _keys?.shape[2] ?? 0;
        if (needed <= capacity)
        {
            return;
        }
        var grown = Math.Max(Math.Max(needed, 2 * capacity), InitialCapacity);
        long[] shape = [like.shape[0], like.shape[1], grown, like.shape[3]];
        var keys = zeros(shape, like.dtype, like.device).DetachFromDisposeScope();
        var values = zeros(shape, like.dtype, like.device).DetachFromDisposeScope();
        if (_keys is not null && _values is not null)
        {
            keys.narrow(2, 0, _length).copy_(_keys.narrow(2, 0, _length));
            values.narrow(2, 0, _length).copy_(_values.narrow(2, 0, _length));
            _keys.Dispose();
            _values.Dispose();
        }
        _keys = keys;
        _values = values;
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _keys?.Dispose();
        _values?.Dispose();
    }
}
