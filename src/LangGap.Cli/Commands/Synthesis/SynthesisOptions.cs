using LangGap.Cli.Options;
using LangGap.Evaluation;
using LangGap.Synthesis.Candidates;

namespace LangGap.Cli.Commands.Synthesis;

/// <summary>The options <c>langgap steer</c> and <c>langgap prefs</c> share, made per command (System.CommandLine symbols
/// have one parent), and the run of candidates they describe.</summary>
internal sealed class SynthesisOptions
{
    public Option<string> Prompts { get; } = new("--prompts") { Description = "Prompts: JSONL (or CSV, TSV, Parquet by extension) with a prompt and a language field per row.", Required = true };
    public Option<string> Field { get; } = new("--field") { Description = "The prompt field.", DefaultValueFactory = _ => "prompt" };
    public Option<string> LanguageField { get; } = new("--language-field") { Description = "The language field (a tag such as hi or a FLORES code).", DefaultValueFactory = _ => "language" };
    public Option<string> IdField { get; } = new("--id-field") { Description = "The id field; rows without one are named FILE:LINE.", DefaultValueFactory = _ => "id" };
    public Option<string[]> Model { get; } = new("--model") { Description = "Teacher models (repeatable): 'embedded', a model folder, or ids from --models.", AllowMultipleArgumentsPerToken = true };
    public Option<string?> Models { get; } = new("--models") { Description = "A models file (JSON or YAML) naming OpenAI-compatible endpoints." };
    public Option<int?> Samples { get; } = CommonOptions.Samples("Completions drawn per prompt and model, k (default 4).", "--k");
    public Option<string?> Judge { get; } = new("--judge") { Description = "A judge model rating candidates 1-5 (attribute 'judge'): an id from --models, 'embedded', or a model folder." };
    public Option<string?> Reward { get; } = new("--reward") { Description = "A reward model folder from 'langgap train reward' (attribute 'reward')." };
    public Option<string?> Store { get; } = new("--store") { Description = "Run folder keeping every draw and score, resumed when given again (default: the --out file's name with .run)." };
    public Option<int> MaxTokens { get; } = CommonOptions.MaxTokens("Longest completion in tokens", 128);
    public Option<double> Temperature { get; } = new("--temperature") { Description = "Sampling temperature of the teachers.", DefaultValueFactory = _ => 1.0 };
    public Option<long> Seed { get; } = CommonOptions.Seed("Seed of the draws, of tie-breaking and of the random baseline");
    public Option<int> Concurrency { get; } = new("--concurrency") { Description = "Generations in flight at once.", DefaultValueFactory = _ => 4 };
    public Option<int?> Limit { get; } = new("--limit") { Description = "Use only the first N prompts." };

    public IEnumerable<Option> All => [Prompts, Field, LanguageField, IdField, Model, Models, Samples, Judge, Reward, Store, MaxTokens, Temperature, Seed, Concurrency, Limit];

    /// <summary>Checks the values no parser checks.</summary>
    public void Validate(ParseResult pr)
    {
        if (pr.GetValue(Concurrency) < 1) throw new UsageException("--concurrency must be at least 1.");
        if (pr.GetValue(Limit) is < 1) throw new UsageException("--limit must be at least 1.");
        if (pr.GetValue(Temperature) is var t && (t < 0 || !double.IsFinite(t))) throw new UsageException("--temperature must be 0 or more.");
    }

    /// <summary>The candidate request for <paramref name="prompts"/> on <paramref name="models"/>.</summary>
    public CandidateRequest Request(ParseResult pr, string name, IReadOnlyList<Sample> prompts, IReadOnlyList<RunModel> models,
        IReadOnlyDictionary<string, LangGap.Evaluation.Scoring.IScorer> attributes, IReadOnlyDictionary<string, string> judges) =>
        new(name, prompts, models, attributes)
        {
            SamplesPerPrompt = pr.GetValue(Samples) ?? 4,
            Generation = new GenerationOptions { Temperature = (float)pr.GetValue(Temperature), MaxTokens = pr.GetValue(MaxTokens) },
            Seed = pr.GetValue(Seed),
            MaxConcurrency = pr.GetValue(Concurrency),
            Judges = judges,
            Source = Path.GetFileName(pr.GetValue(Prompts)!),
        };
}
