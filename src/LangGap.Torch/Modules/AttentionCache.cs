namespace LangGap.Torch.Modules;

/// <summary>Where one attention layer keeps the keys and values of earlier positions.</summary>
internal abstract class AttentionCache : IDisposable
{
    /// <summary>Positions cached before this step; 0 means the step starts a sequence.</summary>
    public abstract long Length { get; }

    /// <summary>Stores this step's <paramref name="keys"/> and <paramref name="values"/> (B, Hkv, T, D) and returns the
    /// keys and values to attend, (B, Hkv, S, D); the cache owns their storage.</summary>
    public abstract (Tensor Keys, Tensor Values) Append(Tensor keys, Tensor values);

    /// <summary>Frees the cached tensors.</summary>
    public abstract void Dispose();
}
