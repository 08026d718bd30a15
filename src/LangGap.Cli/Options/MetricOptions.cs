using System.Globalization;
using LangGap.Metrics;
using LangGap.Text;

namespace LangGap.Cli.Options;

/// <summary>
/// sacrebleu's metric options under sacrebleu's own names, shared by <c>score</c> and <c>compare</c>:
/// BLEU (<c>--tokenize</c>, <c>--smooth-method</c>, …), chrF (<c>--chrf-*</c>) and TER (<c>--ter-*</c>).
/// </summary>
/// <remarks>
/// As in sacrebleu, <c>--lowercase</c> applies to BLEU and <c>--chrf-lowercase</c> to chrF; TER is case-insensitive
/// unless <c>--ter-case-sensitive</c>. <c>--force</c> is accepted and, as in sacrebleu 2, changes nothing.
/// <c>--effective-order</c> and <c>--max-ngram-order</c> are sacrebleu's library settings (corpus BLEU), which its
/// command line does not expose. Sentence-level BLEU always uses effective order, as sacrebleu's does.
/// </remarks>
internal sealed class MetricOptions
{
    private static readonly string[] MetricNames = ["bleu", "chrf", "chrf++", "ter"];
    private static readonly string[] SmoothMethods = ["exp", "floor", "add-k", "none"];

    public MetricOptions()
    {
        Metrics = new Option<string[]>("--metric", "--metrics", "-m")
        {
            Description = "Metrics: bleu, chrf, chrf++ (chrF with word order 2), ter.",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => ["bleu"],
        };
        Metrics.Validators.Add(result =>
        {
            foreach (var name in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!MetricNames.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    result.AddError(CommonOptions.Expects("--metric", MetricNames, name));
                }
            }
        });
        Tokenize = OneOf("--tokenize", MetricTokenizers.Names, "BLEU tokenizer", "-tok");
        SmoothMethod = OneOf("--smooth-method", SmoothMethods, "BLEU smoothing: exponential decay, floor (zero counts become value/total), add-k (k added to orders above 1) or none", "-s");
        SmoothValue = new Option<double?>("--smooth-value", "-sv") { Description = "The value of floor (default 0.1) and add-k (default 1) smoothing." };
        SmoothValue.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double?>() is { } value && !(value >= 0 && double.IsFinite(value)))
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"Option '--smooth-value' expects a number of 0 or more, found {value}."));
            }
        });
        Lowercase = new Option<bool>("--lowercase", "-lc") { Description = "Lower-case BLEU's inputs." };
        Force = new Option<bool>("--force") { Description = "Accepted for sacrebleu compatibility: like sacrebleu 2, LangGap never refuses tokenized input." };
        EffectiveOrder = new Option<bool>("--effective-order") { Description = "Corpus BLEU: leave out n-gram orders without any hypothesis n-gram (sentence BLEU always does)." };
        MaxNgramOrder = Integer("--max-ngram-order", 4, 1, "BLEU's highest n-gram order");
        ChrFCharOrder = Integer("--chrf-char-order", 6, 0, "chrF character n-gram order", "-cc");
        ChrFWordOrder = Integer("--chrf-word-order", 0, 0, "chrF word n-gram order; 2 gives chrF++", "-cw");
        ChrFBeta = Integer("--chrf-beta", 2, 0, "chrF's β: recall is β times as important as precision");
        ChrFWhitespace = new Option<bool>("--chrf-whitespace") { Description = "Keep white space in chrF's character n-grams." };
        ChrFLowercase = new Option<bool>("--chrf-lowercase") { Description = "Lower-case chrF's inputs." };
        ChrFEpsSmoothing = new Option<bool>("--chrf-eps-smoothing") { Description = "chrF++.py/NLTK/Moses epsilon smoothing instead of effective-order averaging." };
        TerCaseSensitive = new Option<bool>("--ter-case-sensitive") { Description = "TER keeps case." };
        TerAsianSupport = new Option<bool>("--ter-asian-support") { Description = "TER splits CJK characters and punctuation (with --ter-normalized or --ter-no-punct)." };
        TerNoPunct = new Option<bool>("--ter-no-punct") { Description = "TER removes punctuation." };
        TerNormalized = new Option<bool>("--ter-normalized") { Description = "TER applies tercom's normalisation and tokenization." };
    }

    public Option<string[]> Metrics { get; }

    public Option<string> Tokenize { get; }

    public Option<string> SmoothMethod { get; }

    public Option<double?> SmoothValue { get; }

    public Option<bool> Lowercase { get; }

    public Option<bool> Force { get; }

    public Option<bool> EffectiveOrder { get; }

    public Option<int> MaxNgramOrder { get; }

    public Option<int> ChrFCharOrder { get; }

    public Option<int> ChrFWordOrder { get; }

    public Option<int> ChrFBeta { get; }

    public Option<bool> ChrFWhitespace { get; }

    public Option<bool> ChrFLowercase { get; }

    public Option<bool> ChrFEpsSmoothing { get; }

    public Option<bool> TerCaseSensitive { get; }

    public Option<bool> TerAsianSupport { get; }

    public Option<bool> TerNoPunct { get; }

    public Option<bool> TerNormalized { get; }

    /// <summary>Every option, in the order <c>--help</c> lists them.</summary>
    public IEnumerable<Option> All =>
    [
        Metrics, Tokenize, SmoothMethod, SmoothValue, Lowercase, Force, EffectiveOrder, MaxNgramOrder,
        ChrFCharOrder, ChrFWordOrder, ChrFBeta, ChrFWhitespace, ChrFLowercase, ChrFEpsSmoothing,
        TerCaseSensitive, TerAsianSupport, TerNoPunct, TerNormalized,
    ];

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in All)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The metrics <c>--metric</c> names, built with the settings given.</summary>
    /// <exception cref="UsageException">The settings cannot make a metric (chrF with no n-gram order at all).</exception>
    public IReadOnlyList<ICorpusMetric> Create(ParseResult parse)
    {
        var names = parse.GetValue(Metrics) is { Length: > 0 } given ? given : ["bleu"];
        return names.Select(name => Create(parse, name.ToLowerInvariant())).ToList();
    }

    private ICorpusMetric Create(ParseResult parse, string name)
    {
        switch (name)
        {
            case "bleu":
                return new BleuMetric(new BleuOptions
                {
                    Tokenize = parse.GetValue(Tokenize)!,
                    Smoothing = parse.GetValue(SmoothMethod) switch
                    {
                        "floor" => BleuSmoothing.Floor,
                        "add-k" => BleuSmoothing.AddK,
                        "none" => BleuSmoothing.None,
                        _ => BleuSmoothing.Exp,
                    },
                    SmoothValue = parse.GetValue(SmoothValue),
                    Lowercase = parse.GetValue(Lowercase),
                    EffectiveOrder = parse.GetValue(EffectiveOrder),
                    MaxNgramOrder = parse.GetValue(MaxNgramOrder),
                });
            case "chrf" or "chrf++":
                var chrF = new ChrFOptions
                {
                    CharOrder = parse.GetValue(ChrFCharOrder),
                    WordOrder = name == "chrf++" ? 2 : parse.GetValue(ChrFWordOrder),
                    Beta = parse.GetValue(ChrFBeta),
                    Whitespace = parse.GetValue(ChrFWhitespace),
                    Lowercase = parse.GetValue(ChrFLowercase),
                    EpsSmoothing = parse.GetValue(ChrFEpsSmoothing),
                };
                if (chrF.CharOrder + chrF.WordOrder < 1)
                {
                    throw new UsageException("Options '--chrf-char-order' and '--chrf-word-order' are both 0; chrF needs at least one n-gram order.");
                }
                return new ChrFMetric(chrF);
            default:
                return new TerMetric(new TerOptions
                {
                    CaseSensitive = parse.GetValue(TerCaseSensitive),
                    AsianSupport = parse.GetValue(TerAsianSupport),
                    NoPunct = parse.GetValue(TerNoPunct),
                    Normalized = parse.GetValue(TerNormalized),
                });
        }
    }

    private static Option<string> OneOf(string name, IReadOnlyList<string> values, string description, params string[] aliases)
    {
        var option = new Option<string>(name, aliases)
        {
            Description = $"{description}: {string.Join(", ", values)}.",
            DefaultValueFactory = _ => values[0],
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!values.Contains(value, StringComparer.Ordinal))
            {
                result.AddError(CommonOptions.Expects(name, values, value));
            }
        });
        return option;
    }

    private static Option<int> Integer(string name, int defaultValue, int minimum, string description, params string[] aliases)
    {
        var option = new Option<int>(name, aliases) { Description = $"{description}.", DefaultValueFactory = _ => defaultValue };
        CommonOptions.AtLeast(option, minimum);
        return option;
    }
}
