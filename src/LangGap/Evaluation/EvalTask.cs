using LangGap.Evaluation.Datasets;
using LangGap.Evaluation.Scoring;

namespace LangGap.Evaluation;

/// <summary>A task: a dataset, the prompt template that turns its samples into requests, generation options and scorers.</summary>
/// <param name="Name">A unique name within a run (stored with every generation).</param>
/// <param name="Dataset">Where the samples come from.</param>
/// <param name="Prompt">How a sample becomes messages.</param>
/// <param name="Generation">Sampling settings (override the model's defaults).</param>
/// <param name="Scorers">The scorers applied to every successful generation.</param>
public sealed record EvalTask(string Name, IDataset Dataset, PromptTemplate Prompt, GenerationOptions Generation, IReadOnlyList<IScorer> Scorers)
{
    /// <summary>Pairwise judges comparing the first model's generation with each other model's (empty: none).</summary>
    public IReadOnlyList<PairwiseScorer> Pairwise { get; init; } = [];

    /// <summary>Present when the task ranks answer options by log-likelihood rather than generating (see <see cref="MultipleChoiceSettings"/>).</summary>
    public MultipleChoiceSettings? MultipleChoice { get; init; }

    /// <summary>Where the task's data came from: <c>native</c>, <c>human-translated</c>, <c>machine-translated</c> or <c>mixed</c>; <see langword="null"/> when not declared (reports say <c>unspecified</c>).</summary>
    public string? Provenance { get; init; }
}
