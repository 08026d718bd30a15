using System.Text.Json.Nodes;

namespace LangGap.Torch.Checkpoints;

/// <summary>Writes the <c>tokenizer.json</c> of a byte-level vocabulary: ids 0–255 are the UTF-8 bytes themselves,
/// followed by special tokens, in Hugging Face's ByteLevel encoding so the tokenizers library runs it.</summary>
public static class ByteLevelTokenizer
{
    /// <summary>The JSON text of a tokenizer whose ids 0–255 are bytes and 256… are <paramref name="specialTokens"/>.</summary>
    public static string Create(IReadOnlyList<string> specialTokens)
    {
        ArgumentNullException.ThrowIfNull(specialTokens);
        var byteToChar = ByteToUnicode();
        var vocab = new JsonObject();
        for (var b = 0; b < 256; b++)
        {
            vocab[byteToChar[b].ToString()] = b;
        }
        var added = new JsonArray();
        for (var i = 0; i < specialTokens.Count; i++)
        {
            vocab[specialTokens[i]] = 256 + i;
            added.Add(new JsonObject
            {
                ["id"] = 256 + i,
                ["content"] = specialTokens[i],
                ["single_word"] = false,
                ["lstrip"] = false,
                ["rstrip"] = false,
                ["normalized"] = false,
                ["special"] = true,
            });
        }
        JsonObject ByteLevel() => new() { ["type"] = "ByteLevel", ["add_prefix_space"] = false, ["trim_offsets"] = true, ["use_regex"] = false };
        var root = new JsonObject
        {
            ["version"] = "1.0",
            ["truncation"] = null,
            ["padding"] = null,
            ["added_tokens"] = added,
            ["normalizer"] = null,
            ["pre_tokenizer"] = ByteLevel(),
            ["post_processor"] = null,
            ["decoder"] = ByteLevel(),
            ["model"] = new JsonObject
            {
                ["type"] = "BPE",
                ["dropout"] = null,
                ["unk_token"] = null,
                ["continuing_subword_prefix"] = null,
                ["end_of_word_suffix"] = null,
                ["fuse_unk"] = false,
                ["byte_fallback"] = false,
                ["ignore_merges"] = false,
                ["vocab"] = vocab,
                ["merges"] = new JsonArray(),
            },
        };
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>GPT-2's reversible byte → printable character table used by the ByteLevel pre-tokenizer.</summary>
    private static char[] ByteToUnicode()
    {
        var map = new char[256];
        var next = 256;
        for (var b = 0; b < 256; b++)
        {
            var printable = b is >= '!' and <= '~' or >= 0xA1 and <= 0xAC or >= 0xAE and <= 0xFF;
            map[b] = printable ? (char)b : (char)next++;
        }
        return map;
    }
}
