using LangGap.Evaluation.Scoring;
using LangGap.Torch.Training.Data;

namespace LangGap.Torch.Training;

/// <summary>A trained <see cref="RewardModel"/> as a scorer (the <c>reward</c> attribute): its scalar score of each output given the sample's prompt.</summary>
/// <remarks>
/// The settings record <see cref="RewardModel.IdentityOf"/> (hashes of the weights and the reward head, not the path), so
/// scores of a retrained model are never reused and a moved folder keeps its scores.
/// Values are unbounded logits of a Bradley–Terry head, comparable within one model only. Owns the model.
/// </remarks>
public sealed class RewardModelScorer : IScorer, IDisposable
{
    private readonly RewardModel _model;
    private readonly string _identity;

    private RewardModelScorer(RewardModel model, string directory)
    {
        _model = model;
        _identity = RewardModel.IdentityOf(directory);
    }

    /// <summary>Loads the reward model in <paramref name="directory"/> (written by <c>langgap train reward</c>).</summary>
    /// <exception cref="InvalidInputException">The folder is not a reward model.</exception>
    public static RewardModelScorer Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var full = Path.GetFullPath(directory);
        return new RewardModelScorer(RewardModel.Load(full), full);
    }

    /// <inheritdoc />
    public string Name => "reward";

    /// <inheritdoc />
    public ScoreDescriptor Descriptor { get; } = new(ScoreKind.Graded, double.NegativeInfinity, double.PositiveInfinity, ScoreDirection.HigherIsBetter, "reward", 3);

    /// <inheritdoc />
    public object? Settings => new { Model = _identity };

    /// <inheritdoc />
    public ValueTask<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        cancellationToken.ThrowIfCancellationRequested();
        if (string.IsNullOrWhiteSpace(input.Sample.Prompt))
        {
            return ValueTask.FromResult(Score.Unscored("the reward model scores a completion given its prompt, and the row has no prompt"));
        }
        var record = new TrainingRecord
        {
            Source = input.Sample.Id,
            Conversational = input.Sample.Messages.Count > 1,
            Prompt = input.Sample.Messages,
            Language = input.Sample.Language.ToString(),
        };
        return ValueTask.FromResult(Score.Of(_model.Score([(record, input.Output)])[0]));
    }

    /// <summary>Frees the reward model.</summary>
    public void Dispose() => _model.Dispose();
}
