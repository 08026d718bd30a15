namespace LangGap.Evaluation;

/// <summary>Makes a task a multiple-choice task: each sample's <see cref="Sample.Choices"/> are ranked by the summed
/// log-probability the model gives each continuation after its context, instead of generating text.</summary>
/// <remarks>The context is the user message the task's prompt template renders (for options with their own context, the
/// template rendered over that context); the continuation sent is <see cref="TargetDelimiter"/> followed by the option.</remarks>
public sealed record MultipleChoiceSettings
{
    /// <summary>Put between context and continuation (default one space, as lm-evaluation-harness does).</summary>
    public string TargetDelimiter { get; init; } = " ";
}
