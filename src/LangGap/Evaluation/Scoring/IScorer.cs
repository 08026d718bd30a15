namespace LangGap.Evaluation.Scoring;

/// <summary>Scores one generation. Implementations: numeric match, length, chrF/BLEU, language fidelity, LLM judges.</summary>
/// <remarks>
/// A scorer reports bad input as <see cref="Score.Unscored"/> with a reason rather than throwing; an exception a
/// scorer does throw is recorded by the runner as unscored with the exception's message. Cancellation is passed on.
/// </remarks>
public interface IScorer
{
    /// <summary>The scorer's name as reports show it (for example <c>chrf</c>, <c>length-words</c>); the stored key adds a hash of <see cref="Settings"/>.</summary>
    string Name { get; }

    /// <summary>What the score is: kind, range, direction, unit and precision.</summary>
    ScoreDescriptor Descriptor { get; }

    /// <summary>Every setting that changes the scorer's values (a record, serialised into its identity hash), or <see langword="null"/> when none does.</summary>
    /// <remarks>Scores are stored under <see cref="ScorerIdentity"/> (name and a hash of these settings), so a scorer that leaves out a setting would have scores made under another value reused.</remarks>
    object? Settings => null;

    /// <summary>Scores <paramref name="input"/>.</summary>
    ValueTask<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken);
}
