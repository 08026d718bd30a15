namespace LangGap.Statistics.Resampling;

/// <summary>The paired significance test for corpus metrics.</summary>
public enum PairedTestMethod
{
    /// <summary>Paired bootstrap resampling (Koehn, 2004), as sacrebleu's <c>--paired-bs</c>.</summary>
    Bootstrap,

    /// <summary>Approximate randomisation (Riezler and Maxwell, 2005), as sacrebleu's <c>--paired-ar</c>.</summary>
    ApproximateRandomization,
}
