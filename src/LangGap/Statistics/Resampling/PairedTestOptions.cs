namespace LangGap.Statistics.Resampling;

/// <summary>Settings of a paired corpus test; the defaults are sacrebleu's.</summary>
/// <param name="Method">Bootstrap resampling or approximate randomisation.</param>
/// <param name="Samples">Resamples (bootstrap) or trials (AR); null means the default, 1000 or 10000.</param>
/// <param name="Seed">The seed of every random stream (sacrebleu's default 12345).</param>
/// <param name="Correction">The multiplicity correction applied to the systems' p-values within a metric.</param>
/// <param name="MaxDegreeOfParallelism">Threads to use; −1 uses every core. Results do not depend on it.</param>
public sealed record PairedTestOptions(
    PairedTestMethod Method = PairedTestMethod.Bootstrap,
    int? Samples = null,
    ulong Seed = PairedTestOptions.DefaultSeed,
    PValueCorrection Correction = PValueCorrection.None,
    int MaxDegreeOfParallelism = -1)
{
    /// <summary>sacrebleu's default seed.</summary>
    public const ulong DefaultSeed = 12345;

    /// <summary>The number of resamples or trials actually used.</summary>
    public int EffectiveSamples
    {
        get
        {
            var samples = Samples ?? (Method == PairedTestMethod.Bootstrap ? 1000 : 10000);
            return samples > 0
                ? samples
                : throw new ArgumentOutOfRangeException(nameof(Samples), samples, "The number of resamples or trials must be positive.");
        }
    }

    /// <summary>The fields a paired test adds to a metric signature, e.g. <c>bs:1000|seed:12345</c>.</summary>
    public string SignatureFields =>
        $"{(Method == PairedTestMethod.Bootstrap ? "bs" : "ar")}:{EffectiveSamples}|seed:{Seed}";
}
