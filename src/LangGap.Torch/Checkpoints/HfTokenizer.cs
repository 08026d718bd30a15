using System.Text.Json.Nodes;

namespace LangGap.Torch.Checkpoints;

/// <summary>A Hugging Face <c>tokenizer.json</c> run by the Rust <c>tokenizers</c> library (through Tokenizers.DotNet),
/// so ids and decoded text are exactly Hugging Face's.</summary>
public sealed class HfTokenizer : IDisposable
{
    private readonly Tokenizers.DotNet.Tokenizer _native;
    private readonly Dictionary<string, int> _ids;
    private readonly string[] _tokens;
    private bool? _addsLeading;

    private HfTokenizer(Tokenizers.DotNet.Tokenizer native, Dictionary<string, int> ids, IReadOnlySet<string> special)
    {
        _native = native;
        _ids = ids;
        _tokens = new string[ids.Count == 0 ? 0 : ids.Values.Max() + 1];
        foreach (var (token, id) in ids)
        {
            _tokens[id] = token;
        }
        SpecialTokens = special;
    }

    /// <summary>Number of token ids (the highest id plus one).</summary>
    public int VocabSize => _tokens.Length;

    /// <summary>The added tokens marked special in <c>tokenizer.json</c> (for example <c>&lt;|END_OF_TURN_TOKEN|&gt;</c>).</summary>
    public IReadOnlySet<string> SpecialTokens { get; }

    /// <summary>Loads <paramref name="tokenizerJsonPath"/>; throws <see cref="InvalidInputException"/> when it is not a valid tokenizer.</summary>
    public static HfTokenizer Load(string tokenizerJsonPath)
    {
        ArgumentNullException.ThrowIfNull(tokenizerJsonPath);
        if (!File.Exists(tokenizerJsonPath))
        {
            throw new InvalidInputException($"{tokenizerJsonPath}: tokenizer file not found.");
        }
        var root = JsonNode.Parse(File.ReadAllText(tokenizerJsonPath))?.AsObject()
            ?? throw new InvalidInputException($"{tokenizerJsonPath}: expected a JSON object.");
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        switch (root["model"]?["vocab"])
        {
            case JsonObject vocab:
                foreach (var (token, id) in vocab)
                {
                    ids[token] = id!.GetValue<int>();
                }
                break;
            case JsonArray pieces:   // Unigram: [[piece, score], …] in id order
                for (var i = 0; i < pieces.Count; i++)
                {
                    ids[pieces[i]![0]!.GetValue<string>()] = i;
                }
                break;
        }
        var special = new HashSet<string>(StringComparer.Ordinal);
        foreach (var added in root["added_tokens"]?.AsArray() ?? [])
        {
            var content = added!["content"]!.GetValue<string>();
            ids[content] = added["id"]!.GetValue<int>();
            if (added["special"]?.GetValue<bool>() == true)
            {
                special.Add(content);
            }
        }
        try
        {
            return new HfTokenizer(new Tokenizers.DotNet.Tokenizer(tokenizerJsonPath), ids, special);
        }
        catch (Tokenizers.DotNet.TokenizerException ex)
        {
            throw new InvalidInputException($"{tokenizerJsonPath}: the tokenizers library rejected it: {ex.Message}");
        }
    }

    /// <summary>Token ids of <paramref name="text"/>; special-token strings in the text become their ids.</summary>
    /// <remarks>Like Hugging Face's default (<c>add_special_tokens=True</c>), the tokenizer's post-processor runs, so a
    /// tokenizer that adds a BOS token adds it here; see <see cref="AddsLeadingSpecialTokens"/>.</remarks>
    public int[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? [] : Array.ConvertAll(_native.Encode(text), id => (int)id);
    }

    /// <summary>The text of <paramref name="ids"/>, as Hugging Face's <c>decode(ids, skip_special_tokens=True)</c> gives it.</summary>
    /// <remarks>Tokenizers.DotNet always skips special tokens when decoding.</remarks>
    public string Decode(IReadOnlyList<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Count == 0 ? "" : _native.Decode(ids.Select(id => checked((uint)id)).ToArray());
    }

    /// <summary>The vocabulary string of <paramref name="id"/> (Hugging Face's <c>convert_ids_to_tokens</c>), or null.</summary>
    public string? TokenOf(int id) => id >= 0 && id < _tokens.Length ? _tokens[id] : null;

    /// <summary>The id of the vocabulary string <paramref name="token"/>, or null.</summary>
    public int? IdOf(string token) => _ids.TryGetValue(token, out var id) ? id : null;

    /// <summary>True when encoding puts special tokens (such as BOS) in front of the text by itself.</summary>
    public bool AddsLeadingSpecialTokens =>
        _addsLeading ??= Encode("a") is [var first, ..] && TokenOf(first) is { } token && SpecialTokens.Contains(token);

    /// <summary>Frees the native tokenizer.</summary>
    public void Dispose() => _native.Dispose();
}
