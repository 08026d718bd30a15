namespace LangGap.Safety.Mixing;

/// <summary>What a safety mix holds: counts per source, language and global/local, and where the files went.</summary>
/// <param name="SftPath">The SFT file (TRL prompt/completion, conversational).</param>
/// <param name="DpoPath">The DPO file (TRL prompt/chosen/rejected, conversational).</param>
/// <param name="Safety">Red-team examples.</param>
/// <param name="General">General examples.</param>
/// <param name="Strata">Examples per stratum: <c>redteam/fr/local</c>, <c>general/fr</c>.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Ratio">The requested ratio.</param>
public sealed record SafetyMixSummary(string SftPath, string DpoPath, int Safety, int General, IReadOnlyDictionary<string, int> Strata, long Seed, double Ratio);
