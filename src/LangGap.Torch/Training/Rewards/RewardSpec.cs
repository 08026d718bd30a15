using System.Globalization;

namespace LangGap.Torch.Training.Rewards;

/// <summary>A parsed reward specification such as <c>fidelity=1,length=0.1</c> or <c>judge:embedded=0.5,rm:out/rm</c>.</summary>
public sealed record RewardSpec
{
    /// <summary>Reward names that take no argument.</summary>
    public static IReadOnlyList<string> PlainNames { get; } = ["fidelity", "chrf", "length", "mtld", "mtld-ld", "mtld-ma-bid", "mtld-ma-wrap", "ttr", "readability", "profanity"];

    /// <summary>Reward names that need an argument after a colon.</summary>
    public static IReadOnlyList<string> ArgumentNames { get; } = ["judge", "rm"];

    private RewardSpec(IReadOnlyList<RewardTerm> terms) => Terms = terms;

    /// <summary>The terms in the order written.</summary>
    public IReadOnlyList<RewardTerm> Terms { get; }

    /// <summary>Parses a comma-separated list of <c>name[:argument][=weight]</c>.</summary>
    /// <exception cref="FormatException">A term is empty, unknown, repeated, lacks its argument or has a bad weight.</exception>
    public static RewardSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new FormatException("The reward specification is empty; expected for example 'fidelity=1,length=0.1'.");
        }
        var terms = new List<RewardTerm>();
        foreach (var raw in text.Split(','))
        {
            var part = raw.Trim();
            if (part.Length == 0)
            {
                throw new FormatException($"Reward specification '{text}' has an empty term.");
            }
            var weight = 1.0;
            var equals = part.LastIndexOf('=');
            if (equals >= 0)
            {
                var number = part[(equals + 1)..].Trim();
                if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out weight) || !double.IsFinite(weight))
                {
                    throw new FormatException($"Reward term '{part}' has weight '{number}', which is not a finite number.");
                }
                part = part[..equals].Trim();
            }
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            var name = (colon >= 0 ? part[..colon] : part).Trim().ToLowerInvariant();
            var argument = colon >= 0 ? part[(colon + 1)..].Trim() : null;
            if (ArgumentNames.Contains(name))
            {
                if (string.IsNullOrEmpty(argument))
                {
                    throw new FormatException($"Reward '{name}' needs an argument, as in '{name}:{(name == "rm" ? "DIR" : "MODEL")}'.");
                }
            }
            else if (PlainNames.Contains(name))
            {
                if (argument is not null)
                {
                    throw new FormatException($"Reward '{name}' takes no argument, found '{part}'.");
                }
            }
            else
            {
                throw new FormatException($"Unknown reward '{name}'; expected {string.Join(", ", PlainNames)}, judge:MODEL or rm:DIR.");
            }
            if (terms.Any(t => t.Name == name && t.Argument == argument))
            {
                throw new FormatException($"Reward '{part}' is given twice.");
            }
            terms.Add(new RewardTerm(name, argument, weight));
        }
        return new RewardSpec(terms);
    }

    /// <summary>Builds the weighted reward, creating each term with <paramref name="create"/>.</summary>
    public WeightedReward Build(Func<RewardTerm, IReward> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        return new WeightedReward(Terms.Select(t => (create(t), t.Weight)).ToArray());
    }
}
