using System.Text.Json;
using System.Text.Json.Nodes;
using LangGap.Text;
using Microsoft.Extensions.AI;

namespace LangGap.Torch.Training.Data;

/// <summary>A JSONL training file in one of TRL's formats: prompt-only, prompt/completion (or <c>messages</c>), preference.</summary>
/// <remarks>Every line is a JSON object. Plain text: <c>{"prompt": "…", "completion": "…"}</c>; conversational:
/// <c>{"prompt": [{"role": "user", "content": "…"}], "completion": [{"role": "assistant", "content": "…"}]}</c>.
/// A <c>messages</c> list stands for prompt/completion: the last assistant turn is the completion, the turns before it the
/// prompt. Optional <c>language</c> and <c>reference</c> fields are kept for rewards. Blank lines are skipped.</remarks>
public sealed class TrainingDataset
{
    private TrainingDataset(TrainingDataKind kind, IReadOnlyList<TrainingRecord> records)
    {
        Kind = kind;
        Records = records;
    }

    /// <summary>The shape shared by every record.</summary>
    public TrainingDataKind Kind { get; }

    /// <summary>The records in file order.</summary>
    public IReadOnlyList<TrainingRecord> Records { get; }

    /// <summary>Reads <paramref name="path"/> (<c>-</c> for <paramref name="standardInput"/>).</summary>
    /// <exception cref="InvalidInputException">A line is not a JSON object of a known format, or formats are mixed.</exception>
    public static async Task<TrainingDataset> LoadAsync(string path, Stream? standardInput, CancellationToken cancellationToken)
    {
        var lines = await LineFile.ReadAllLinesAsync(path, standardInput, cancellationToken).ConfigureAwait(false);
        var name = path == "-" ? "<stdin>" : path;
        var records = new List<TrainingRecord>();
        TrainingDataKind? kind = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }
            var (record, lineKind) = ParseLine(lines[i], name, i + 1);
            if (kind is { } k && k != lineKind)
            {
                throw InvalidInputException.At(name, i + 1, $"expected a {Describe(k)} record like the lines before, found a {Describe(lineKind)} record.");
            }
            kind = lineKind;
            records.Add(record);
        }
        if (kind is null)
        {
            throw new InvalidInputException($"{name}: no training records.");
        }
        return new TrainingDataset(kind.Value, records);
    }

    /// <summary>Builds a dataset from records already in memory.</summary>
    public static TrainingDataset From(TrainingDataKind kind, IReadOnlyList<TrainingRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            throw new ArgumentException("A dataset needs at least one record.", nameof(records));
        }
        return new TrainingDataset(kind, records);
    }

    /// <summary>Checks that the records fit <paramref name="method"/>; a preference file also serves prompt-only methods.</summary>
    /// <exception cref="InvalidInputException">The file's shape does not fit.</exception>
    public void Require(TrainingDataKind needed, string method)
    {
        var fits = needed == Kind || needed == TrainingDataKind.PromptOnly;
        if (!fits)
        {
            throw new InvalidInputException($"{Records[0].Source}: '{method}' needs {Describe(needed)} records, found {Describe(Kind)} records.");
        }
    }

    private static string Describe(TrainingDataKind kind) => kind switch
    {
        TrainingDataKind.PromptOnly => "prompt-only",
        TrainingDataKind.PromptCompletion => "prompt/completion",
        _ => "preference (prompt/chosen/rejected)",
    };

    private static (TrainingRecord Record, TrainingDataKind Kind) ParseLine(string line, string file, int number)
    {
        JsonObject obj;
        try
        {
            obj = JsonNode.Parse(line) as JsonObject ?? throw InvalidInputException.At(file, number, "expected a JSON object.");
        }
        catch (JsonException ex)
        {
            throw InvalidInputException.At(file, number, $"not valid JSON ({ex.Message}).");
        }
        var source = $"{file}:{number}";
        var language = OptionalString(obj, "language", file, number);
        var reference = OptionalString(obj, "reference", file, number);
        if (obj["messages"] is { } messagesNode)
        {
            var turns = Turns(messagesNode, "messages", file, number);
            var last = turns.FindLastIndex(m => m.Role == ChatRole.Assistant);
            if (last <= 0)
            {
                throw InvalidInputException.At(file, number, "'messages' needs an assistant turn after at least one other turn.");
            }
            return (new TrainingRecord
            {
                Source = source, Conversational = true, Prompt = turns.Take(last).ToArray(), Completion = turns[last].Text,
                Language = language, Reference = reference,
            }, TrainingDataKind.PromptCompletion);
        }
        if (obj["prompt"] is not { } promptNode)
        {
            throw InvalidInputException.At(file, number, "expected a 'prompt' or a 'messages' field.");
        }
        var conversational = promptNode is JsonArray;
        var prompt = conversational
            ? Turns(promptNode, "prompt", file, number)
            : [new ChatMessage(ChatRole.User, Text(promptNode, "prompt", file, number))];
        var record = new TrainingRecord
        {
            Source = source, Conversational = conversational, Prompt = prompt, Language = language, Reference = reference,
            Completion = Completion(obj, "completion", conversational, file, number),
            Chosen = Completion(obj, "chosen", conversational, file, number),
            Rejected = Completion(obj, "rejected", conversational, file, number),
        };
        if ((record.Chosen is null) != (record.Rejected is null))
        {
            throw InvalidInputException.At(file, number, "'chosen' and 'rejected' must come together.");
        }
        var kind = record.Chosen is not null ? TrainingDataKind.Preference
            : record.Completion is not null ? TrainingDataKind.PromptCompletion
            : TrainingDataKind.PromptOnly;
        return (record, kind);
    }

    private static string? Completion(JsonObject obj, string field, bool conversational, string file, int number)
    {
        if (obj[field] is not { } node)
        {
            return null;
        }
        if (!conversational)
        {
            return Text(node, field, file, number);
        }
        var turns = Turns(node, field, file, number);
        if (turns.Count != 1 || turns[0].Role != ChatRole.Assistant)
        {
            throw InvalidInputException.At(file, number, $"'{field}' must be a list with one assistant turn in a conversational record.");
        }
        return turns[0].Text;
    }

    private static List<ChatMessage> Turns(JsonNode node, string field, string file, int number)
    {
        if (node is not JsonArray array || array.Count == 0)
        {
            throw InvalidInputException.At(file, number, $"'{field}' must be a non-empty list of {{\"role\", \"content\"}} turns.");
        }
        var turns = new List<ChatMessage>();
        foreach (var item in array)
        {
            var role = item?["role"] is JsonValue r && r.TryGetValue<string>(out var s) ? s : null;
            var content = item?["content"] is JsonValue c && c.TryGetValue<string>(out var t) ? t : null;
            var chatRole = role switch
            {
                "user" => ChatRole.User,
                "assistant" => ChatRole.Assistant,
                "system" => ChatRole.System,
                _ => (ChatRole?)null,
            };
            if (chatRole is null || content is null)
            {
                throw InvalidInputException.At(file, number, $"every turn of '{field}' needs a role (user, assistant or system) and a string content; found {item?.ToJsonString() ?? "null"}.");
            }
            turns.Add(new ChatMessage(chatRole.Value, content));
        }
        return turns;
    }

    private static string Text(JsonNode node, string field, string file, int number) =>
        node is JsonValue v && v.TryGetValue<string>(out var s)
            ? s
            : throw InvalidInputException.At(file, number, $"'{field}' must be a string, found {node.ToJsonString()}.");

    private static string? OptionalString(JsonObject obj, string field, string file, int number) =>
        obj[field] is { } node ? Text(node, field, file, number) : null;
}
