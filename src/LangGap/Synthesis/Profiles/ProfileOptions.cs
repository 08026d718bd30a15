using LangGap.Statistics;

namespace LangGap.Synthesis.Profiles;

/// <summary>How <see cref="AttributeProfiler"/> makes intervals and tests.</summary>
public sealed record ProfileOptions
{
    /// <summary>Bootstrap resamples for the intervals of differences and the paired bootstrap test. Default 1000.</summary>
    public int Resamples { get; init; } = 1000;

    /// <summary>The seed of every resampling stream. Default 0.</summary>
    public ulong Seed { get; init; }

    /// <summary>The correction of each attribute's p-values across languages. Default Holm.</summary>
    public PValueCorrection Correction { get; init; } = PValueCorrection.Holm;

    /// <summary>The confidence level of every interval. Default 0.95.</summary>
    public double Confidence { get; init; } = 0.95;
}
