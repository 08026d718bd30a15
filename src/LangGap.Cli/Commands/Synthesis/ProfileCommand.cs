using LangGap.Cli.Options;
using LangGap.Evaluation.Scoring;
using LangGap.Synthesis.Attributes;
using LangGap.Synthesis.Profiles;
using LangGap.Torch.Resolution;
using LangGap.Torch.Training;

namespace LangGap.Cli.Commands.Synthesis;

/// <summary><c>langgap profile</c>: per language, each attribute's mean with its interval, quantiles and n; with <c>--compare</c>, before/after tests.</summary>
internal static class ProfileCommand
{
    /// <summary>The attributes profiled when <c>--attributes</c> is not given (the text attributes without MTLD variants).</summary>
    public const string DefaultAttributes = "length,length-words,mtld,ttr,readability,fidelity,profanity";

    public static Command Create(CliConsole console)
    {
        var data = new Option<string>("--data") { Description = "The data set: JSON Lines, one object per line.", Required = true };
        var field = new Option<string>("--field") { Description = "The field holding the text to profile (default: completion).", DefaultValueFactory = _ => "completion" };
        var languageField = new Option<string>("--language-field") { Description = "The field holding each row's language tag (default: language).", DefaultValueFactory = _ => "language" };
        var idField = new Option<string>("--id-field") { Description = "The field holding each row's id, for pairing with --compare (default: id).", DefaultValueFactory = _ => "id" };
        var promptField = new Option<string>("--prompt-field") { Description = "The field holding each row's prompt, for reward and judge (default: prompt; rows without it have none).", DefaultValueFactory = _ => "prompt" };
        var attributes = new Option<string>("--attributes")
        {
            Description = $"Comma-separated attributes (default: {DefaultAttributes}); known: {string.Join(", ", AttributeCatalog.Names)}.",
            DefaultValueFactory = _ => DefaultAttributes,
        };
        var compare = new Option<string?>("--compare") { Description = "Another data set (same fields) to compare with: paired tests when both give every row of a language the same ids, Mann–Whitney U otherwise." };
        var model = new Option<string?>("--model") { Description = "A local model ('embedded' or a folder) whose tokenizer counts tokens for length-tokens." };
        var judge = new Option<string?>("--judge") { Description = "The judge model for the judge attribute: 'embedded', a model folder, or an id from --models." };
        var models = new Option<string?>("--models") { Description = "A models file (JSON or YAML) naming OpenAI-compatible endpoints, for --judge." };
        var reward = new Option<string?>("--reward") { Description = "A reward model folder (langgap train reward) for the reward attribute." };
        var resamples = CommonOptions.Resamples("Bootstrap resamples for intervals of differences and the paired bootstrap (default 1000).");
        var seed = CommonOptions.Seed("Seed of the resampling streams");
        var correction = CommonOptions.Correction("Correction of each attribute's p-values across languages");
        var format = CommonOptions.Format("Output format.", "text", "json", "html");
        var output = CommonOptions.Out("Write the profile to this file instead of standard output (an existing file is never overwritten).");

        var command = new Command("profile", "Profile a data set's attributes (length, MTLD, TTR, readability, fidelity, profanity, reward, judge) per language, optionally against another.");
        foreach (var option in new Option[] { data, field, languageField, idField, promptField, attributes, compare, model, judge, models, reward, resamples, seed, correction, format, output })
        {
            command.Options.Add(option);
        }
        command.SetAction(async (ParseResult parse, CancellationToken ct) =>
        {
            var names = parse.GetValue(attributes)!;
            foreach (var name in names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!AttributeCatalog.IsKnown(name))
                {
                    throw new UsageException($"--attributes names unknown attribute '{name}'; known attributes: {string.Join(", ", AttributeCatalog.Names)}.");
                }
            }
            var outPath = parse.GetValue(output);
            if (outPath is not null && File.Exists(outPath))
            {
                throw new InvalidInputException($"'{outPath}' already exists; give a new --out file (earlier results are never overwritten).");
            }
            var (textField, langField, rowId) = (parse.GetValue(field)!, parse.GetValue(languageField)!, parse.GetValue(idField)!);
            var prompts = parse.GetValue(promptField)!;
            var rows = await ProfileDataReader.ReadAsync(parse.GetValue(data)!, textField, langField, rowId, ct, prompts);
            var otherPath = parse.GetValue(compare);
            var other = otherPath is null ? null : await ProfileDataReader.ReadAsync(otherPath, textField, langField, rowId, ct, prompts);

            using var resolver = await ModelResolver.CreateAsync(parse.GetValue(models), ct);
            using var owned = new Owned();
            var context = Context(names, parse.GetValue(model), parse.GetValue(judge), parse.GetValue(reward), resolver, owned);
            var scorers = AttributeCatalog.CreateMany(names, context);
            var options = new ProfileOptions
            {
                Resamples = parse.GetValue(resamples) ?? 1000,
                Seed = checked((ulong)parse.GetValue(seed)),
                Correction = parse.GetValue(correction),
            };
            var profile = await AttributeProfiler.ProfileAsync(parse.GetValue(data)!, textField, rows, scorers, otherPath, other, options, ct);
            var rendered = parse.GetValue(format) switch
            {
                "json" => ProfileJsonRenderer.Render(profile),
                "html" => ProfileHtmlRenderer.Render(profile),
                _ => ProfileTextRenderer.Render(profile),
            };
            if (outPath is null)
            {
                await console.Out.WriteAsync(rendered);
            }
            else
            {
                using (var file = new FileStream(outPath, FileMode.CreateNew, FileAccess.Write))
                using (var writer = new StreamWriter(file))
                {
                    await writer.WriteAsync(rendered.AsMemory(), ct);
                }
                await console.Out.WriteLineAsync($"wrote {outPath}");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    // Loads only what the named attributes need: a tokenizer, a judge, a reward model.
    private static AttributeContext Context(string names, string? model, string? judge, string? reward, ModelResolver resolver, Owned owned)
    {
        var wanted = names.Split(',', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var context = AttributeContext.Empty;
        if (wanted.Contains("length-tokens"))
        {
            var spec = model ?? throw new UsageException("Attribute 'length-tokens' needs --model (a local model whose tokenizer counts tokens).");
            var loaded = resolver.LoadLocal(spec);
            owned.Add(loaded);
            var tokenizer = loaded.RequireTokenizer();
            context = context with
            {
                CountTokens = text => tokenizer.Encode(text).Count(id => tokenizer.TokenOf(id) is not { } t || !tokenizer.SpecialTokens.Contains(t)),
                Tokenizer = resolver.IdentityOf(spec),
            };
        }
        if (wanted.Contains("judge"))
        {
            var spec = judge ?? throw new UsageException("Attribute 'judge' needs --judge (a judge model).");
            context = context with { Judge = resolver.ResolveClient(spec), JudgeId = spec };
        }
        if (wanted.Contains("reward"))
        {
            var scorer = RewardModelScorer.Load(reward ?? throw new UsageException("Attribute 'reward' needs --reward (a reward model folder)."));
            owned.Add(scorer);
            context = context with { RewardModel = scorer };
        }
        return context;
    }

    private sealed class Owned : IDisposable
    {
        private readonly List<IDisposable> _items = [];

        public void Add(IDisposable item) => _items.Add(item);

        public void Dispose() => _items.ForEach(i => i.Dispose());
    }
}
