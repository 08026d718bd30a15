using LangGap.Evaluation;
using LangGap.Evaluation.Scoring;

namespace LangGap.Synthesis.Candidates;

/// <summary>What to draw: k completions of every prompt from every model, each measured by every attribute scorer.</summary>
/// <param name="Name">The task name stored with every generation (<c>steer</c>, <c>prefs</c>, <c>translate</c>).</param>
/// <param name="Prompts">The prompts; ids must be unique.</param>
/// <param name="Models">The teachers.</param>
/// <param name="Attributes">Attribute name → the scorer that measures it on every candidate.</param>
public sealed record CandidateRequest(string Name, IReadOnlyList<Sample> Prompts, IReadOnlyList<RunModel> Models, IReadOnlyDictionary<string, IScorer> Attributes)
{
    /// <summary>Draws per prompt and model, k (default 4).</summary>
    public int SamplesPerPrompt { get; init; } = 4;

    /// <summary>Sampling settings (temperature, token cap).</summary>
    public GenerationOptions Generation { get; init; } = new() { Temperature = 1 };

    /// <summary>How a prompt becomes messages (default: sent unchanged).</summary>
    public PromptTemplate Template { get; init; } = PromptTemplate.Identity;

    /// <summary>The run seed; each draw's seed derives from it, the prompt id and the sample index (the same for every model).</summary>
    public long Seed { get; init; }

    /// <summary>Generations in flight at once (default 4).</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>Identities of judge or reward models the scorers call, so a changed one shows in the run's settings.</summary>
    public IReadOnlyDictionary<string, string> Judges { get; init; } = new Dictionary<string, string>();

    /// <summary>The name of the prompt source (a file name) recorded in the run's settings.</summary>
    public string Source { get; init; } = "prompts";
}
