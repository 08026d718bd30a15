namespace LangGap.Torch.Training;

/// <summary>A tiny seeded random stream whose whole state is one number, so a checkpoint can store and restore it.</summary>
internal sealed class SplitMix64(ulong state)
{
    public ulong State { get; private set; } = state;

    public ulong Next()
    {
        var z = State += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform integer in [0, <paramref name="bound"/>).</summary>
    public long NextInt64(long bound) => (long)(Next() % (ulong)bound);
}
