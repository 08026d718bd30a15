namespace LangGap.Evaluation.Scoring;

/// <summary>Scores one generation. Implementations: numeric match, length, chrF/BLEU, language fidelity, LLM judges.</summary>
/// <remarks>
/// A scorer reports bad input as <see cref="Score.Unscored"/> with a reason rather than throwing; an exception a
/// scorer does throw is recorded by the runner as unscored with the exception's message. Cancellation is passed on.
/// </remarks>
public interface IScorer
{
    /// <summary>The name stored with every score; it includes any setting that changes values (for example <c>length-words</c>).</summary>
    string Name { get; }

    /// <summary>What the score is: kind, range, direction, unit and precision.</summary>
    ScoreDescriptor Descriptor { get; }

    /// <summary>Scores <paramref name="input"/>.</summary>
    ValueTask<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken);
}
