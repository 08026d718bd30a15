using System.Text.Json;

namespace LangGap.Evaluation.Suites;

/// <summary>
/// The settings each scorer entry of a suite may carry, with their JSON types. A key a scorer does not read, or a value of
/// the wrong type, is an error naming the suite, task and scorer: ignored silently it would change what a score is
/// without the user knowing (a misplaced <c>"word_order": 2</c> beside <c>options</c> would leave chrF at word order 0,
/// and the run would reuse the chrF scores it already holds as if they were chrF++).
/// </summary>
internal static class SuiteScorerKeys
{
    private enum Value
    {
        Text,
        Integer,
        Flag,
    }

    private sealed record Keys(IReadOnlyDictionary<string, Value> Entry, IReadOnlyDictionary<string, Value> Options);

    private static readonly Keys NameOnly = new(new Dictionary<string, Value>(), new Dictionary<string, Value>());

    private static readonly Dictionary<string, Keys> ByScorer = new(StringComparer.Ordinal)
    {
        ["chrf"] = new(new Dictionary<string, Value>(), new Dictionary<string, Value>
        {
            ["char_order"] = Value.Integer, ["word_order"] = Value.Integer, ["beta"] = Value.Integer,
            ["lowercase"] = Value.Flag, ["whitespace"] = Value.Flag,
        }),
        ["bleu"] = new(new Dictionary<string, Value>(), new Dictionary<string, Value> { ["lowercase"] = Value.Flag }),
        ["numeric-match"] = new(new Dictionary<string, Value>(), new Dictionary<string, Value> { ["answer_prefix"] = Value.Text }),
        ["language-fidelity"] = new(new Dictionary<string, Value> { ["language_field"] = Value.Text }, new Dictionary<string, Value>()),
        ["length"] = new(new Dictionary<string, Value> { ["unit"] = Value.Text }, new Dictionary<string, Value>()),
        ["judge"] = new(new Dictionary<string, Value> { ["judge"] = Value.Text, ["rubric"] = Value.Text }, new Dictionary<string, Value>()),
        ["pairwise-judge"] = new(new Dictionary<string, Value> { ["judge"] = Value.Text, ["orders"] = Value.Text }, new Dictionary<string, Value>()),
        ["harm-judge"] = new(new Dictionary<string, Value> { ["judge"] = Value.Text, ["rubric_file"] = Value.Text }, new Dictionary<string, Value>()),
    };

    /// <summary>Checks a scorer entry of a suite: every key is one <paramref name="scorer"/> reads, every value of its type.</summary>
    /// <param name="entry">The entry: a bare name (nothing to check) or an object.</param>
    /// <param name="scorer">The scorer's name (already checked to be a known scorer).</param>
    /// <param name="path">The suite file, for the message.</param>
    /// <param name="task">The task, for the message.</param>
    /// <exception cref="InvalidInputException">An unknown key, or a value of the wrong type.</exception>
    public static void Check(JsonElement entry, string scorer, string path, string task)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        var keys = ByScorer.GetValueOrDefault(scorer, NameOnly);
        foreach (var property in entry.EnumerateObject())
        {
            if (property.Name == "name")
            {
                continue;
            }
            if (property.Name == "options" && keys.Options.Count > 0)
            {
                if (property.Value.ValueKind != JsonValueKind.Object)
                {
                    throw new InvalidInputException($"{path}: the {scorer} scorer of task '{task}' has 'options' that is not an object.");
                }
                foreach (var option in property.Value.EnumerateObject())
                {
                    CheckValue(keys.Options, option, $"option '{option.Name}'", inOptions: true);
                }
                continue;
            }
            CheckValue(keys.Entry, property, $"key '{property.Name}'", inOptions: false);
        }

        void CheckValue(IReadOnlyDictionary<string, Value> allowed, JsonProperty property, string what, bool inOptions)
        {
            if (!allowed.TryGetValue(property.Name, out var type))
            {
                throw new InvalidInputException($"{path}: the {scorer} scorer of task '{task}' has {what}, which it does not read; {Expected(keys, inOptions)}.");
            }
            var ok = type switch
            {
                Value.Text => property.Value.ValueKind == JsonValueKind.String,
                Value.Integer => property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out _),
                _ => property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            };
            if (!ok)
            {
                var expected = type switch { Value.Text => "a string", Value.Integer => "an integer", _ => "true or false" };
                throw new InvalidInputException($"{path}: the {scorer} scorer of task '{task}' has {what} = {property.Value.GetRawText()}; expected {expected}.");
            }
        }
    }

    private static string Expected(Keys keys, bool inOptions)
    {
        var entry = keys.Entry.Keys.Order(StringComparer.Ordinal).Select(k => $"'{k}'").ToList();
        var options = keys.Options.Keys.Order(StringComparer.Ordinal).Select(k => $"'{k}'").ToList();
        if (inOptions)
        {
            return $"its options are {string.Join(", ", options)}";
        }
        if (options.Count > 0)
        {
            entry.Add($"'options' ({string.Join(", ", options)})");
        }
        return entry.Count == 0 ? "it takes only 'name'" : $"it takes 'name' and {string.Join(", ", entry)}";
    }
}
