namespace LangGap.Torch.Modules;

/// <summary>The keys and values one attention layer has seen so far, shaped (B, Hkv, S, D).</summary>
internal sealed class LayerKvCache : IDisposable
{
    private Tensor? _keys;
    private Tensor? _values;

    public long Length => _keys?.shape[2] ?? 0;

    /// <summary>Appends this step's keys and values and returns everything cached; the cache owns the result.</summary>
    public (Tensor Keys, Tensor Values) Append(Tensor keys, Tensor values)
    {
        var newKeys = _keys is null ? keys.alias() : cat([_keys, keys], dim: 2);       // (B, Hkv, S, D)
        var newValues = _values is null ? values.alias() : cat([_values, values], dim: 2);
        _keys?.Dispose();
        _values?.Dispose();
        _keys = newKeys.DetachFromDisposeScope();
        _values = newValues.DetachFromDisposeScope();
        return (_keys, _values);
    }

    /// <summary>Keeps only the batch rows in <paramref name="rows"/> (used when some sequences finish).</summary>
    public void Select(Tensor rows)
    {
        if (_keys is null || _values is null)
        {
            return;
        }
        var keys = _keys.index_select(0, rows).DetachFromDisposeScope();
        var values = _values.index_select(0, rows).DetachFromDisposeScope();
        _keys.Dispose();
        _values.Dispose();
        _keys = keys;
        _values = values;
    }

    public void Dispose()
    {
        _keys?.Dispose();
        _values?.Dispose();
    }
}
