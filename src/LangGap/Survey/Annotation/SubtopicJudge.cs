using Microsoft.Extensions.AI;
using LangGap.Survey.Ingest;

namespace LangGap.Survey.Annotation;

/// <summary>Asks a model for a paper's subtopic, as an alternative to the keyword rules.</summary>
/// <remarks>
/// The prompt lists the seven labels and asks for exactly one; the reply is parsed leniently (the first label named
/// in it). A reply naming no label is reported as unparsed, never guessed. Caching and resuming come from the client
/// the caller composes (the response cache keyed by model, messages and options).
/// </remarks>
public sealed class SubtopicJudge
{
    /// <summary>The system prompt.</summary>
    public const string Instructions =
        "You classify research papers about the safety of language technology. Answer with exactly one label from this list and nothing else: "
        + "jailbreaking; toxicity & bias; factuality & hallucination; privacy; policy; alignment; not safety. "
        + "Use 'not safety' when the paper is not about the safety of language models or language technology.";

    private readonly IChatClient _client;

    /// <summary>A judge over <paramref name="client"/>.</summary>
    public SubtopicJudge(IChatClient client, string modelId)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        _client = client;
        ModelId = modelId;
    }

    /// <summary>The judge model's id, recorded as the subtopic's source.</summary>
    public string ModelId { get; }

    /// <summary>The subtopic the model gives <paramref name="paper"/> (null when its reply names none) and the reply.</summary>
    public async Task<(Subtopic? Subtopic, string Reply)> ClassifyAsync(SurveyPaper paper, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, Instructions),
            new(ChatRole.User, $"Title: {paper.Title}\nAbstract: {paper.Abstract ?? "(none)"}\nLabel:"),
        };
        var options = new ChatOptions { Temperature = 0, MaxOutputTokens = 16 };
        var response = await _client.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        return (Parse(response.Text), response.Text);
    }

    /// <summary>The first label named in <paramref name="reply"/>, or null.</summary>
    public static Subtopic? Parse(string? reply)
    {
        if (string.IsNullOrWhiteSpace(reply))
        {
            return null;
        }
        var firstLine = reply.Trim().Split('\n')[0].Trim().Trim('.', '"', '\'', '*', ' ');
        if (SurveyLabels.TryParseSubtopic(firstLine, out var exact))
        {
            return exact;
        }
        var text = reply.ToLowerInvariant();
        var best = (Index: int.MaxValue, Subtopic: (Subtopic?)null);
        foreach (var subtopic in SurveyLabels.Subtopics)
        {
            foreach (var name in new[] { SurveyLabels.Name(subtopic), SurveyLabels.Name(subtopic).Replace("&", "and", StringComparison.Ordinal) })
            {
                var at = text.IndexOf(name, StringComparison.Ordinal);
                if (at >= 0 && at < best.Index)
                {
                    best = (at, subtopic);
                }
            }
        }
        return best.Subtopic;
    }
}
