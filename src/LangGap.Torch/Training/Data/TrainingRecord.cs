using Microsoft.Extensions.AI;

namespace LangGap.Torch.Training.Data;

/// <summary>One example of a training file, in TRL's plain-text or conversational form.</summary>
/// <remarks>Plain-text prompts are tokenized as they are; conversational ones are rendered with the model's chat template.
/// Completions (also chosen and rejected) are the assistant's text.</remarks>
public sealed record TrainingRecord
{
    /// <summary>Where the record came from, as <c>file:line</c>.</summary>
    public required string Source { get; init; }

    /// <summary>True when the record uses <c>messages</c>-style lists of turns rather than plain strings.</summary>
    public required bool Conversational { get; init; }

    /// <summary>The prompt turns; a plain-text prompt is one user message.</summary>
    public required IReadOnlyList<ChatMessage> Prompt { get; init; }

    /// <summary>The target completion (SFT), or null.</summary>
    public string? Completion { get; init; }

    /// <summary>The preferred completion (DPO, reward model), or null.</summary>
    public string? Chosen { get; init; }

    /// <summary>The dispreferred completion, or null.</summary>
    public string? Rejected { get; init; }

    /// <summary>The language the completion should be in (record field <c>language</c>), or null.</summary>
    public string? Language { get; init; }

    /// <summary>A reference answer for reference-based rewards such as chrF (field <c>reference</c>), or null.</summary>
    public string? Reference { get; init; }

    /// <summary>The text of the prompt's user turns, for rewards and language identification.</summary>
    public string PromptText => string.Join("\n", Prompt.Where(m => m.Role == ChatRole.User).Select(m => m.Text));
}
