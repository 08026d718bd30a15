namespace LangGap.Torch.Modules;

/// <summary>Keys and values of every layer for the tokens decoded so far, so each new token costs one position.</summary>
public sealed class KvCache : IDisposable
{
    private readonly LayerKvCache[] _layers;

    internal KvCache(int layers) => _layers = Enumerable.Range(0, layers).Select(_ => new LayerKvCache()).ToArray();

    internal IReadOnlyList<LayerKvCache> Layers => _layers;

    /// <summary>Number of positions cached.</summary>
    public long Length => _layers[0].Length;

    /// <summary>Frees the cached tensors.</summary>
    public void Dispose()
    {
        foreach (var layer in _layers)
        {
            layer.Dispose();
        }
    }
}
