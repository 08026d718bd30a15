using LangGap.Languages;
using Microsoft.Extensions.AI;

namespace LangGap.Evaluation;

/// <summary>One evaluation item: the input conversation, its language, reference answers and free-form metadata.</summary>
/// <param name="Id">A stable id, unchanged across runs (the run store and resume rely on it).</param>
/// <param name="Language">The language of the item (the language a model should answer in).</param>
/// <param name="Messages">The input conversation before the task's prompt template is applied; usually one user message.</param>
/// <param name="References">Reference outputs (a translation, a numeric answer); empty when there are none.</param>
/// <param name="Metadata">Other fields of the source row (harm category, global/local, source text, …), as strings.</param>
public sealed record Sample(
    string Id,
    LanguageTag Language,
    IReadOnlyList<ChatMessage> Messages,
    IReadOnlyList<string> References,
    IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>Creates a sample whose input is a single user message.</summary>
    public static Sample FromPrompt(
        string id, LanguageTag language, string prompt, IReadOnlyList<string>? references = null, IReadOnlyDictionary<string, string>? metadata = null) =>
        new(id, language, [new ChatMessage(ChatRole.User, prompt)], references ?? [], metadata ?? new Dictionary<string, string>());

    /// <summary>The answer options of a multiple-choice item, scored by log-likelihood (empty for generation items).</summary>
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>The index in <see cref="Choices"/> of the correct option, or <see langword="null"/> for generation items.</summary>
    public int? Gold { get; init; }

    /// <summary>The text of the last user message, or an empty string when there is none.</summary>
    public string Prompt => Messages.LastOrDefault(m => m.Role == ChatRole.User)?.Text ?? "";
}
