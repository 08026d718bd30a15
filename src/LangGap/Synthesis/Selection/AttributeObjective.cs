using System.Globalization;
using LangGap.Synthesis.Candidates;

namespace LangGap.Synthesis.Selection;

/// <summary>A weighted objective over attributes, written <c>mtld:max,length:min</c> or with weights <c>mtld:max:2,length:min</c>.</summary>
/// <remarks>
/// <para>With one term the objective value of a candidate is the attribute's value (negated for <c>:min</c>), so a
/// margin is in the attribute's unit (a judge's rating points, characters). With several terms, attributes on different
/// scales are made comparable within each prompt: each attribute is min–max scaled to [0, 1] over the prompt's
/// candidates (an attribute equal on every candidate contributes 0), and the value is the weighted sum of the scaled
/// values, minimised terms counted as 1 − scaled.</para>
/// <para>A candidate with any term unscored (a judge without a verdict, a language LID cannot tell) has no objective
/// value and cannot be selected: unscored is not zero.</para>
/// </remarks>
public sealed class AttributeObjective
{
    private AttributeObjective(IReadOnlyList<ObjectiveTerm> terms, string text)
    {
        Terms = terms;
        Text = text;
    }

    /// <summary>The terms, in the order written.</summary>
    public IReadOnlyList<ObjectiveTerm> Terms { get; }

    /// <summary>The objective as written, normalised (<c>length:min,mtld:max:2</c>).</summary>
    public string Text { get; }

    /// <summary>Parses <paramref name="text"/>, resolving each attribute through <paramref name="resolver"/>.</summary>
    /// <exception cref="InvalidInputException">A term is malformed, repeats an attribute, or names an unknown attribute (the message lists the known ones).</exception>
    public static AttributeObjective Parse(string text, AttributeResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidInputException("The objective is empty; write terms like 'length:max' or 'mtld:max:2,length:min'.");
        }
        var terms = new List<ObjectiveTerm>();
        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var parts = raw.Split(':', StringSplitOptions.TrimEntries);
            if (parts.Length is < 2 or > 3 || parts[0].Length == 0)
            {
                throw new InvalidInputException($"The objective term '{raw}' is not ATTRIBUTE:max or ATTRIBUTE:min with an optional :WEIGHT.");
            }
            var goal = parts[1].ToLowerInvariant() switch
            {
                "max" => ObjectiveGoal.Maximize,
                "min" => ObjectiveGoal.Minimize,
                _ => throw new InvalidInputException($"The objective term '{raw}' asks for '{parts[1]}'; expected max or min."),
            };
            var weight = 1.0;
            if (parts.Length == 3 && (!double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out weight) || !(weight > 0) || !double.IsFinite(weight)))
            {
                throw new InvalidInputException($"The objective term '{raw}' has weight '{parts[2]}'; expected a positive number.");
            }
            var name = parts[0].ToLowerInvariant();
            if (terms.Any(t => t.Attribute == name))
            {
                throw new InvalidInputException($"The objective names the attribute '{name}' twice.");
            }
            terms.Add(new ObjectiveTerm(name, goal, weight, resolver.Resolve(name)));
        }
        if (terms.GroupBy(t => t.Scorer.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } same)
        {
            throw new InvalidInputException($"The objective's attributes {string.Join(" and ", same.Select(t => $"'{t.Attribute}'"))} are the same scorer '{same.Key}'; name it once.");
        }
        return new AttributeObjective(terms, string.Join(",", terms));
    }

    /// <summary>The objective value of every candidate of <paramref name="set"/>, in candidate order; <see langword="null"/> where a term is unscored.</summary>
    public IReadOnlyList<double?> Evaluate(CandidateSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var candidates = set.Candidates;
        var values = new double?[candidates.Count];
        var eligible = Enumerable.Range(0, candidates.Count)
            .Where(i => Terms.All(t => candidates[i].ValueOf(t.Attribute) is { } v && double.IsFinite(v))).ToArray();
        foreach (var i in eligible)
        {
            values[i] = 0;
        }
        foreach (var term in Terms)
        {
            var sign = term.Goal == ObjectiveGoal.Maximize ? 1.0 : -1.0;
            if (Terms.Count == 1)
            {
                foreach (var i in eligible)
                {
                    values[i] = sign * term.Weight * candidates[i].ValueOf(term.Attribute)!.Value;
                }
                continue;
            }
            var raw = eligible.Select(i => candidates[i].ValueOf(term.Attribute)!.Value).ToArray();
            if (raw.Length == 0)
            {
                continue;
            }
            var (low, high) = (raw.Min(), raw.Max());
            if (high <= low)
            {
                continue;
            }
            for (var j = 0; j < eligible.Length; j++)
            {
                var scaled = (raw[j] - low) / (high - low);
                values[eligible[j]] += term.Weight * (term.Goal == ObjectiveGoal.Maximize ? scaled : 1 - scaled);
            }
        }
        return values;
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
