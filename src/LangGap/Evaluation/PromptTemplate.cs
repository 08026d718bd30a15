using System.Text;
using Microsoft.Extensions.AI;

namespace LangGap.Evaluation;

/// <summary>Turns a sample into the messages sent to a model: an optional system message and a user-message template.</summary>
/// <remarks>
/// Placeholders in braces are replaced: <c>{prompt}</c> (the sample's last user message), <c>{language}</c> (the
/// tag, <c>hi</c>), <c>{language_name}</c> (English name, <c>Hindi</c>), <c>{language_native}</c> (the autonym,
/// <c>हिन्दी</c>), <c>{id}</c>, and any metadata field by name (for example <c>{target_language}</c>); <c>{{</c> and <c>}}</c> are
/// literal braces. The template replaces the last user message; earlier turns are kept. A placeholder the sample
/// cannot fill is an error naming the sample.
/// </remarks>
public sealed record PromptTemplate
{
    /// <summary>The template that sends each sample's messages unchanged.</summary>
    public static PromptTemplate Identity { get; } = new();

    /// <summary>A system message template, or <see langword="null"/> for none (a sample's own system message is kept).</summary>
    public string? System { get; init; }

    /// <summary>The user message template (default <c>{prompt}</c>).</summary>
    public string User { get; init; } = "{prompt}";

    /// <summary>Renders the messages for <paramref name="sample"/>.</summary>
    /// <exception cref="InvalidInputException">The template uses a placeholder the sample does not have, or has an unmatched brace.</exception>
    public IReadOnlyList<ChatMessage> Render(Sample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var messages = new List<ChatMessage>(sample.Messages.Count + 1);
        if (System is not null && (sample.Messages.Count == 0 || sample.Messages[0].Role != ChatRole.System))
        {
            messages.Add(new ChatMessage(ChatRole.System, Fill(System, sample)));
        }
        var lastUser = -1;
        for (var i = 0; i < sample.Messages.Count; i++)
        {
            if (sample.Messages[i].Role == ChatRole.User) lastUser = i;
        }
        for (var i = 0; i < sample.Messages.Count; i++)
        {
            var message = sample.Messages[i];
            messages.Add(i == lastUser ? new ChatMessage(ChatRole.User, Fill(User, sample)) : new ChatMessage(message.Role, message.Text));
        }
        if (lastUser < 0)
        {
            messages.Add(new ChatMessage(ChatRole.User, Fill(User, sample)));
        }
        return messages;
    }

    private static string Fill(string template, Sample sample)
    {
        var text = new StringBuilder(template.Length + 64);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                text.Append(c);
                i++;
            }
            else if (c == '{')
            {
                var end = template.IndexOf('}', i + 1);
                if (end < 0)
                {
                    throw new InvalidInputException($"The prompt template has an unclosed '{{' at position {i + 1}; write '{{{{' for a literal brace.");
                }
                text.Append(Value(template[(i + 1)..end], sample));
                i = end;
            }
            else if (c == '}')
            {
                throw new InvalidInputException($"The prompt template has an unmatched '}}' at position {i + 1}; write '}}}}' for a literal brace.");
            }
            else
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }

    private static string Value(string name, Sample sample) => name switch
    {
        "prompt" => sample.Prompt,
        "language" => sample.Language.ToString(),
        "language_name" => sample.Language.Info.EnglishName,
        "language_native" => sample.Language.Info.NativeName,
        "id" => sample.Id,
        _ when sample.Metadata.TryGetValue(name, out var value) => value,
        _ => throw new InvalidInputException($"The prompt template uses '{{{name}}}' but sample '{sample.Id}' has no such field."),
    };
}
