using System.Text.Json.Nodes;
using LangGap.Synthesis.Candidates;
using LangGap.Synthesis.Selection;

namespace LangGap.Synthesis.Pairs;

/// <summary>Rows of TRL's preference format (<c>prompt</c>, <c>chosen</c>, <c>rejected</c>), as <c>langgap train dpo</c>
/// and TRL's DPOTrainer read them, with the pair's provenance beside.</summary>
/// <remarks>Beside the three TRL fields a row carries <c>language</c>, <c>id</c>, the objective and both values and their
/// margin, each side's model, sample index, seed and attribute values, a judge's ratings and rationales when the
/// objective uses one (<c>judge</c>), the selection seed, and the prompt's metadata (a translation's source).</remarks>
public static class PreferenceJsonl
{
    /// <summary>The row of <paramref name="pair"/>.</summary>
    public static JsonObject Row(PreferencePair pair, AttributeObjective objective, long seed)
    {
        ArgumentNullException.ThrowIfNull(pair);
        ArgumentNullException.ThrowIfNull(objective);
        var row = new JsonObject
        {
            ["prompt"] = pair.Set.Sample.Prompt,
            ["chosen"] = pair.Chosen.Text,
            ["rejected"] = pair.Rejected.Text,
            ["language"] = pair.Set.Sample.Language.ToString(),
            ["id"] = pair.Set.Sample.Id,
            ["objective"] = objective.Text,
            ["chosen_score"] = pair.ChosenValue,
            ["rejected_score"] = pair.RejectedValue,
            ["margin"] = pair.Margin,
            ["chosen_from"] = Side(pair.Chosen),
            ["rejected_from"] = Side(pair.Rejected),
            ["candidates"] = pair.Set.Candidates.Count,
            ["seed"] = seed,
        };
        var verdicts = new JsonObject();
        foreach (var term in objective.Terms.Where(t => IsJudge(pair.Chosen, t.Attribute) || IsJudge(pair.Rejected, t.Attribute)))
        {
            verdicts[term.Attribute] = new JsonObject
            {
                ["chosen"] = Verdict(pair.Chosen, term.Attribute),
                ["rejected"] = Verdict(pair.Rejected, term.Attribute),
            };
        }
        if (verdicts.Count > 0)
        {
            row["judge_verdicts"] = verdicts;
        }
        if (SynthesisJsonl.Metadata(pair.Set) is { } metadata)
        {
            row["metadata"] = metadata;
        }
        return row;
    }

    private static JsonObject Side(Candidate candidate)
    {
        var side = SynthesisJsonl.Provenance(candidate);
        side["attributes"] = SynthesisJsonl.Attributes(candidate);
        return side;
    }

    private static bool IsJudge(Candidate candidate, string attribute) =>
        SynthesisJsonl.Details(candidate, attribute) is JsonObject details && details["type"]?.GetValue<string>() == "judge";

    private static JsonObject Verdict(Candidate candidate, string attribute) => new()
    {
        ["rating"] = candidate.ValueOf(attribute),
        ["details"] = SynthesisJsonl.Details(candidate, attribute),
    };
}
