namespace LangGap.Evaluation.Scoring;

/// <summary>A scorer whose scores also add up to a corpus score from summed segment statistics (chrF, BLEU).</summary>
/// <remarks>Its scores carry <see cref="Score.Statistics"/> of width <see cref="CorpusAggregation.StatisticsWidth"/>.</remarks>
public interface ICorpusScorer : IScorer
{
    /// <summary>How a group's summed statistics become its corpus score.</summary>
    CorpusAggregation Corpus { get; }
}
