using LangGap.Storage;

namespace LangGap.Evaluation.Scoring;

/// <summary>A scorer as a run knows it after the fact: identity, descriptor, corpus hook and judge, read from or written to the store.</summary>
/// <param name="Identity">Name and settings hash.</param>
/// <param name="Descriptor">What its scores are.</param>
/// <param name="Corpus">Its corpus-aggregation hook, or <see langword="null"/> when scores are only averaged.</param>
/// <param name="Judge">The judge model it asks, or <see langword="null"/>.</param>
public sealed record ScorerDefinition(ScorerIdentity Identity, ScoreDescriptor Descriptor, CorpusAggregation? Corpus, string? Judge)
{
    /// <summary>The definition of a live scorer.</summary>
    public static ScorerDefinition Of(IScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        return new ScorerDefinition(ScorerIdentity.Of(scorer), scorer.Descriptor, (scorer as ICorpusScorer)?.Corpus, (scorer as JudgeScorer)?.JudgeId);
    }

    /// <summary>The store row of this definition.</summary>
    public ScorerRecord ToRecord(DateTimeOffset createdUtc) => new(
        Identity.Key, Identity.Name, Descriptor.ToJson(), Identity.SettingsJson, Corpus is null ? null : CorpusAggregation.Serialize(Corpus), Judge, createdUtc);

    /// <summary>The definition a store row holds.</summary>
    /// <exception cref="InvalidInputException">The row's descriptor or corpus hook cannot be read.</exception>
    public static ScorerDefinition FromRecord(ScorerRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var identity = new ScorerIdentity(record.Name, record.SettingsJson);
        if (identity.Key != record.Key)
        {
            throw new InvalidInputException($"Scorer row '{record.Key}' does not match its settings (they hash to '{identity.Key}'); the run store was edited.");
        }
        return new ScorerDefinition(identity, ScoreDescriptor.FromJson(record.DescriptorJson),
            record.CorpusJson is null ? null : CorpusAggregation.Deserialize(record.CorpusJson), record.Judge);
    }
}
