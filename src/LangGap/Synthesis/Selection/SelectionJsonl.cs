using System.Text.Json.Nodes;

namespace LangGap.Synthesis.Selection;

/// <summary>Rows of <c>langgap steer</c>'s output: a prompt/completion record (readable by <c>langgap train sft</c>) with
/// every candidate's attributes and provenance.</summary>
public static class SelectionJsonl
{
    /// <summary>The row of <paramref name="selection"/>: <c>prompt</c>, <c>completion</c> (the selected candidate, or the
    /// random baseline when <paramref name="baseline"/> is set), <c>language</c>, <c>id</c>, the choice's model, sample index
    /// and seed, the objective, the baseline's provenance, and <c>candidates</c>.</summary>
    public static JsonObject Row(Selection selection, AttributeObjective objective, long seed, bool baseline = false)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(objective);
        var index = baseline ? selection.Random : selection.Chosen;
        var picked = selection.Set.Candidates[index];
        var row = new JsonObject
        {
            ["prompt"] = selection.Set.Sample.Prompt,
            ["completion"] = picked.Text,
            ["language"] = selection.Set.Sample.Language.ToString(),
            ["id"] = selection.Set.Sample.Id,
            ["choice"] = baseline ? "random" : "best",
            ["model"] = picked.Model,
            ["sample_index"] = picked.SampleIndex,
            ["seed"] = picked.Seed,
            ["objective"] = objective.Text,
            ["objective_value"] = selection.Objective[index],
            ["selection_seed"] = seed,
            ["attributes"] = SynthesisJsonl.Attributes(picked),
            ["baseline"] = SynthesisJsonl.Provenance(selection.Baseline),
            ["candidates"] = new JsonArray([.. selection.Set.Candidates.Select((c, i) => (JsonNode)SynthesisJsonl.Candidate(c, selection.Objective[i]))]),
        };
        if (SynthesisJsonl.Metadata(selection.Set) is { } metadata)
        {
            row["metadata"] = metadata;
        }
        return row;
    }
}
