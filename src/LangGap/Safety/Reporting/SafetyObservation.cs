using LangGap.Safety.Scoring;
using LangGap.Storage;

namespace LangGap.Safety.Reporting;

/// <summary>One scorer's value on one red-team generation, with the prompt's safety context.</summary>
internal sealed record SafetyObservation(GenerationRecord Generation, string Scorer, double? Value, string? UnscoredReason, SafetyScoreDetails Context)
{
    public string Model => Generation.Model;

    public string Language => Generation.Language;

    public bool Positive => Value is >= 0.5;

    /// <summary>What identifies the same prompt and draw for another model: task, sample id, sample index.</summary>
    public (string, string, int) PromptKey => (Generation.Task, Generation.SampleId, Generation.SampleIndex);
}
