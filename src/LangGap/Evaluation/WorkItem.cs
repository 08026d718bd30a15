using Microsoft.Extensions.AI;

namespace LangGap.Evaluation;

/// <summary>One generation to make: a sample's rendered prompt for one model and one sample index.</summary>
internal sealed record WorkItem(
    EvalTask Task, Sample Sample, RunModel Model, int SampleIndex, IReadOnlyList<ChatMessage> Messages, string PromptJson, ChatOptions Options, string Key);
