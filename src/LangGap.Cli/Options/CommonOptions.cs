using System.Globalization;
using LangGap.Statistics;

namespace LangGap.Cli.Options;

/// <summary>
/// The options every command shares, made in one place so each means the same everywhere: <c>--out</c>,
/// <c>--max-tokens</c>, <c>--samples</c>, <c>--resamples</c>, <c>--seed</c>, <c>--correction</c>, <c>--format</c>.
/// </summary>
/// <remarks>
/// Each factory returns a new option: System.CommandLine symbols record their parents, so one instance cannot
/// sit in two commands. Values are checked while parsing, so a bad value is a usage error (exit 2) naming the
/// option before any work starts.
/// </remarks>
internal static class CommonOptions
{
    /// <summary>The seed every command uses when <c>--seed</c> is not given.</summary>
    public const long DefaultSeed = 0;

    /// <summary>The correction every command that prints a family of tests uses when <c>--correction</c> is not given.</summary>
    public const PValueCorrection DefaultCorrection = PValueCorrection.Holm;

    /// <summary><c>--out</c>: the folder or file a command writes.</summary>
    public static Option<string?> Out(string description, bool required = false, params string[] aliases) =>
        new("--out", aliases) { Description = description, Required = required };

    /// <summary><c>--max-tokens</c>: the most tokens one generation may have (0 or more).</summary>
    public static Option<int> MaxTokens(string description, int defaultValue, params string[] aliases)
    {
        var option = new Option<int>("--max-tokens", aliases) { Description = $"{description}.", DefaultValueFactory = _ => defaultValue };
        AtLeast(option, 0);
        return option;
    }

    /// <summary><c>--samples</c>: generations per prompt (1 or more); null when not given, so the command's default applies.</summary>
    public static Option<int?> Samples(string description, params string[] aliases)
    {
        var option = new Option<int?>("--samples", aliases) { Description = description };
        AtLeast(option, 1);
        return option;
    }

    /// <summary><c>--resamples</c>: bootstrap resamples or randomisation trials (1 or more); null when not given.</summary>
    public static Option<int?> Resamples(string description, params string[] aliases)
    {
        var option = new Option<int?>("--resamples", aliases) { Description = description };
        AtLeast(option, 1);
        return option;
    }

    /// <summary><c>--seed</c>: a whole number, 0 or more, default <see cref="DefaultSeed"/>; recorded with what it seeded.</summary>
    public static Option<long> Seed(string description)
    {
        var option = new Option<long>("--seed") { Description = $"{description}.", DefaultValueFactory = _ => DefaultSeed };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long>() is var seed and < 0)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"Option '--seed' expects a whole number of 0 or more, found {seed}."));
            }
        });
        return option;
    }

    /// <summary><c>--correction none|bonferroni|holm|bh</c>, default <see cref="DefaultCorrection"/>.</summary>
    public static Option<PValueCorrection> Correction(string description)
    {
        var option = new Option<PValueCorrection>("--correction")
        {
            Description = $"{description}: {string.Join(", ", PValueCorrectionNames.Values)}.",
            DefaultValueFactory = _ => DefaultCorrection,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
                if (PValueCorrectionNames.TryParse(text, out var correction))
                {
                    return correction;
                }
                result.AddError(Expects("--correction", PValueCorrectionNames.Values, text));
                return DefaultCorrection;
            },
        };
        return option;
    }

    /// <summary><c>--format</c>, one of <paramref name="formats"/>; the first is the default.</summary>
    public static Option<string> Format(string description, params string[] formats)
    {
        ArgumentOutOfRangeException.ThrowIfZero(formats.Length);
        var option = new Option<string>("--format")
        {
            Description = $"{description} One of {string.Join(", ", formats)}.",
            DefaultValueFactory = _ => formats[0],
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!formats.Contains(value, StringComparer.Ordinal))
            {
                result.AddError(Expects("--format", formats, value));
            }
        });
        return option;
    }

    /// <summary>The one usage message for a value outside a fixed set: <c>Option '--format' expects text or json, found 'xml'.</c></summary>
    public static string Expects(string option, IReadOnlyList<string> allowed, string? found) =>
        $"Option '{option}' expects {List(allowed)}, found '{found}'.";

    /// <summary>Adds a parse-time check that an integer option is at least <paramref name="minimum"/>.</summary>
    public static void AtLeast<T>(Option<T> option, int minimum)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<T>() is int value && value < minimum)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"Option '{option.Name}' expects a whole number of {minimum} or more, found {value}."));
            }
        });
    }

    private static string List(IReadOnlyList<string> values) => values.Count switch
    {
        1 => values[0],
        2 => $"{values[0]} or {values[1]}",
        _ => $"{string.Join(", ", values.Take(values.Count - 1))} or {values[^1]}",
    };
}
