namespace LangGap.Statistics.Preference;

/// <summary>A model's Bradley–Terry rating on an Elo-like scale with its bootstrap interval.</summary>
/// <param name="Model">The model.</param>
/// <param name="Rating">1000 + 400·log₁₀(strength), strengths normalised to geometric mean 1 (so ratings average 1000).</param>
/// <param name="Lower">The 2.5th percentile of the bootstrap ratings.</param>
/// <param name="Upper">The 97.5th percentile of the bootstrap ratings.</param>
public sealed record BradleyTerryRating(string Model, double Rating, double Lower, double Upper);
