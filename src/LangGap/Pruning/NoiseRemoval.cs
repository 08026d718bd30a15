namespace LangGap.Pruning;

/// <summary>How well pruning removed the pairs a corpus marks as injected noise.</summary>
/// <param name="Noisy">Pairs marked as noise.</param>
/// <param name="Removed">Pairs removed.</param>
/// <param name="NoisyRemoved">Noisy pairs among the removed.</param>
/// <param name="Precision">NoisyRemoved / Removed (NaN when nothing was removed).</param>
/// <param name="Recall">NoisyRemoved / Noisy (NaN when nothing is noisy).</param>
/// <param name="RecallByKind">Recall per kind of noise, in ordinal order of the kind.</param>
public sealed record NoiseRemoval(
    int Noisy, int Removed, int NoisyRemoved, double Precision, double Recall, IReadOnlyDictionary<string, double> RecallByKind);
