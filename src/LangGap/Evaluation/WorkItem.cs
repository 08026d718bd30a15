using Microsoft.Extensions.AI;

namespace LangGap.Evaluation;

/// <summary>One generation to make: a sample's rendered prompt for one model and one sample index.</summary>
internal sealed record WorkItem(
    EvalTask Task, Sample Sample, RunModel Model, int SampleIndex, IReadOnlyList<ChatMessage> Messages, string PromptJson, ChatOptions Options, string Key)
{
    /// <summary>For a multiple-choice task: the context/continuation pair of each option, in option order; else null.</summary>
    public IReadOnlyList<LangGap.Models.LogLikelihood.ContinuationRequest>? Choices { get; init; }
}
