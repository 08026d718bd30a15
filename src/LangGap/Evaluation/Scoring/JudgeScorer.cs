using Microsoft.Extensions.AI;

namespace LangGap.Evaluation.Scoring;

/// <summary>LLM-as-judge, pointwise: a judge model rates an output on a 1–5 rubric; the value is the rating.</summary>
/// <remarks>
/// The judge is told the language the answer should be in and asked to end with <c>Score: N</c>. A reply without a
/// rating from 1 to 5, or a failed judge call, is unscored with its reason (never 0). Details keep the judge's id and
/// its whole reply as the rationale.
/// </remarks>
public sealed class JudgeScorer : IScorer
{
    /// <summary>The default rubric: helpfulness, correctness and use of the requested language.</summary>
    public const string DefaultRubric =
        "Rate the response from 1 (useless, wrong, or not in the requested language) to 5 (correct, helpful, fluent, and entirely in the requested language).";

    private readonly IChatClient _judge;
    private readonly string _judgeId;
    private readonly string _rubric;
    private readonly ChatOptions _options;

    /// <summary>Creates a judge scorer.</summary>
    /// <param name="judge">The judge model's client.</param>
    /// <param name="judgeId">The judge model's id (stored with every score).</param>
    /// <param name="rubric">The rubric text; <see cref="DefaultRubric"/> when null.</param>
    /// <param name="name">The scorer name (default <c>judge</c>).</param>
    public JudgeScorer(IChatClient judge, string judgeId, string? rubric = null, string name = "judge")
    {
        ArgumentNullException.ThrowIfNull(judge);
        ArgumentException.ThrowIfNullOrWhiteSpace(judgeId);
        _judge = judge;
        _judgeId = judgeId;
        _rubric = rubric ?? DefaultRubric;
        Name = name;
        _options = new ChatOptions { Temperature = 0, MaxOutputTokens = 512, Seed = 0 };
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The judge model's id.</summary>
    public string JudgeId => _judgeId;

    /// <inheritdoc />
    public object? Settings => new { Judge = _judgeId, Rubric = _rubric, _options.Temperature, MaxTokens = _options.MaxOutputTokens, _options.Seed };

    /// <inheritdoc />
    public ScoreDescriptor Descriptor => ScoreDescriptor.Likert(1, 5);

    /// <inheritdoc />
    public async ValueTask<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var language = JudgePrompts.TargetLanguage(input.Sample);
        var prompt = $"""
            You are grading a model's answer. The answer should be written in {language}.
            {_rubric}
            Explain briefly, then end with a line of the form "Score: N" where N is 1, 2, 3, 4 or 5.

            [Prompt]
            {input.Sample.Prompt}

            [Response]
            {input.Output}
            """;
        string reply;
        try
        {
            var response = await _judge.GetResponseAsync([new ChatMessage(ChatRole.User, prompt)], _options, cancellationToken).ConfigureAwait(false);
            reply = response.Text;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return Score.Unscored($"judge '{_judgeId}' failed: {e.Message}");
        }
        var details = new JudgeDetails(_judgeId, language, reply);
        return JudgeReplyParser.Rating(reply) is { } rating
            ? Score.Of(rating, details)
            : Score.Unscored($"judge '{_judgeId}' gave no rating from 1 to 5", details);
    }
}
