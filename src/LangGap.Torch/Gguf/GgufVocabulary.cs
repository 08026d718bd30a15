using System.Text.Json.Nodes;

namespace LangGap.Torch.Gguf;

/// <summary>The tokenizer of a Hugging Face <c>tokenizer.json</c> as llama.cpp's <c>gpt2</c> (byte-level BPE) tokenizer
/// reads it from GGUF metadata: tokens in id order, token types, merges and the pre-tokenizer name.</summary>
/// <param name="Tokens">One string per id, in the byte-level alphabet; ids the tokenizer lacks are <c>[PADn]</c>.</param>
/// <param name="TokenTypes">llama.cpp token types: 1 normal, 3 control (special added tokens), 4 user-defined (other added tokens), 5 unused.</param>
/// <param name="Merges">The BPE merges, each as <c>"left right"</c>, in rank order.</param>
/// <param name="PreTokenizer">The name of llama.cpp's pre-tokenizer (<c>tokenizer.ggml.pre</c>).</param>
public sealed record GgufVocabulary(IReadOnlyList<string> Tokens, IReadOnlyList<int> TokenTypes, IReadOnlyList<string> Merges, string PreTokenizer)
{
    /// <summary>Token type of an ordinary vocabulary entry.</summary>
    public const int Normal = 1;
    /// <summary>Token type of a special added token (chat markers, end of sequence).</summary>
    public const int Control = 3;
    /// <summary>Token type of a non-special added token.</summary>
    public const int UserDefined = 4;
    /// <summary>Token type of an id the tokenizer does not use (embedding rows past its vocabulary).</summary>
    public const int Unused = 5;

    // Split patterns of known byte-level BPE families and the llama.cpp pre-tokenizer implementing each.
    private static readonly Dictionary<string, string> KnownPatterns = new(StringComparer.Ordinal)
    {
        [@"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"] = "llama-bpe",
        [@"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"] = "qwen2",
    };

    /// <summary>Reads <paramref name="tokenizerJsonPath"/> for a model with <paramref name="vocabSize"/> embedding rows.</summary>
    /// <param name="tokenizerJsonPath">The <c>tokenizer.json</c>.</param>
    /// <param name="vocabSize">The model's vocabulary size; the token list has exactly this many entries.</param>
    /// <param name="preTokenizer">llama.cpp's pre-tokenizer name to write, or null to recognise it from the file.</param>
    /// <exception cref="InvalidInputException">The tokenizer is not byte-level BPE, has ids beyond the model's vocabulary,
    /// or uses a split pattern LangGap does not recognise (then name one with <paramref name="preTokenizer"/>).</exception>
    public static GgufVocabulary FromTokenizerJson(string tokenizerJsonPath, int vocabSize, string? preTokenizer = null)
    {
        ArgumentNullException.ThrowIfNull(tokenizerJsonPath);
        var root = JsonNode.Parse(File.ReadAllText(tokenizerJsonPath))?.AsObject()
            ?? throw new InvalidInputException($"{tokenizerJsonPath}: expected a JSON object.");
        var model = root["model"]?.AsObject() ?? throw new InvalidInputException($"{tokenizerJsonPath}: 'model' is missing.");
        var type = model["type"]?.GetValue<string>();
        if (type != "BPE" || model["vocab"] is not JsonObject vocab)
        {
            throw new InvalidInputException($"{tokenizerJsonPath}: a {type ?? "untyped"} tokenizer cannot be converted; GGUF conversion supports byte-level BPE tokenizers.");
        }
        if (model["byte_fallback"]?.GetValue<bool>() == true || !Mentions(root["pre_tokenizer"], "ByteLevel") && !Mentions(root["decoder"], "ByteLevel"))
        {
            throw new InvalidInputException(
                $"{tokenizerJsonPath}: a SentencePiece-style BPE tokenizer (byte fallback or no ByteLevel step) cannot be converted; GGUF conversion supports byte-level BPE tokenizers.");
        }
        var tokens = new string?[vocabSize];
        var types = new int[vocabSize];
        void Put(string token, int id, int tokenType)
        {
            if (id < 0 || id >= vocabSize)
            {
                throw new InvalidInputException($"{tokenizerJsonPath}: token '{token}' has id {id}, beyond the model's vocabulary of {vocabSize}.");
            }
            tokens[id] = token;
            types[id] = tokenType;
        }
        foreach (var (token, id) in vocab)
        {
            Put(token, id!.GetValue<int>(), Normal);
        }
        foreach (var added in root["added_tokens"]?.AsArray() ?? [])
        {
            Put(added!["content"]!.GetValue<string>(), added["id"]!.GetValue<int>(), added["special"]?.GetValue<bool>() == true ? Control : UserDefined);
        }
        for (var id = 0; id < vocabSize; id++)
        {
            if (tokens[id] is null)
            {
                tokens[id] = $"[PAD{id}]";
                types[id] = Unused;
            }
        }
        var merges = (model["merges"]?.AsArray() ?? []).Select(m => m switch
        {
            JsonArray pair => $"{pair[0]!.GetValue<string>()} {pair[1]!.GetValue<string>()}",
            _ => m!.GetValue<string>(),
        }).ToArray();
        return new GgufVocabulary(tokens!, types, merges, preTokenizer ?? RecognisePreTokenizer(root, merges.Length, tokenizerJsonPath));
    }

    private static string RecognisePreTokenizer(JsonObject root, int merges, string path)
    {
        var pattern = FindSplitPattern(root["pre_tokenizer"]);
        if (pattern is not null)
        {
            return KnownPatterns.TryGetValue(pattern, out var name)
                ? name
                : throw new InvalidInputException($"{path}: the pre-tokenizer's split pattern is not one LangGap recognises; name llama.cpp's pre-tokenizer with --pre-tokenizer.");
        }
        if (merges == 0)
        {
            return "default";   // no merges: every token is one byte, whatever the splitting
        }
        return UsesGpt2Regex(root["pre_tokenizer"])
            ? "gpt-2"
            : throw new InvalidInputException($"{path}: a byte-level BPE without a split pattern; name llama.cpp's pre-tokenizer with --pre-tokenizer.");
    }

    private static bool Mentions(JsonNode? node, string type) => node switch
    {
        JsonObject o => o["type"]?.GetValue<string>() == type || o.Any(kv => Mentions(kv.Value, type)),
        JsonArray a => a.Any(n => Mentions(n, type)),
        _ => false,
    };

    private static string? FindSplitPattern(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Split" => o["pattern"]?["Regex"]?.GetValue<string>() ?? o["pattern"]?["String"]?.GetValue<string>(),
        JsonObject o => o.Select(kv => FindSplitPattern(kv.Value)).FirstOrDefault(p => p is not null),
        JsonArray a => a.Select(FindSplitPattern).FirstOrDefault(p => p is not null),
        _ => null,
    };

    private static bool UsesGpt2Regex(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "ByteLevel" => o["use_regex"]?.GetValue<bool>() ?? true,
        JsonObject o => o.Any(kv => UsesGpt2Regex(kv.Value)),
        JsonArray a => a.Any(UsesGpt2Regex),
        _ => false,
    };
}
