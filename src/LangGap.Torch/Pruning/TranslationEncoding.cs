using System.Text;
using LangGap.Torch.Modules;

namespace LangGap.Torch.Pruning;

/// <summary>Byte-level encoding of a translation pair for a decoder-only model:
/// <c>[target-language] source ⟨sep⟩ target ⟨end⟩</c>, ids 0–255 being UTF-8 bytes.</summary>
/// <remarks>The target language is written as text in front of the source (<c>[de] </c>) so one model can serve several
/// language pairs. Source and target are cut on a UTF-8 character boundary so the whole sequence fits
/// <see cref="MaxTokens"/>: the source gets at most half, the target the rest.</remarks>
public sealed class TranslationEncoding
{
    /// <summary>Special tokens after the 256 bytes: separator, end and padding.</summary>
    public static IReadOnlyList<string> SpecialTokens { get; } = ["<sep>", "<end>", "<pad>"];

    /// <summary>The separator between source and target.</summary>
    public const int Separator = 256;

    /// <summary>The token that ends a target.</summary>
    public const int End = 257;

    /// <summary>The padding token.</summary>
    public const int Pad = 258;

    /// <summary>Encodes pairs of at most <paramref name="maxTokens"/> tokens.</summary>
    public TranslationEncoding(int maxTokens)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 8);
        MaxTokens = maxTokens;
    }

    /// <summary>The longest encoded pair.</summary>
    public int MaxTokens { get; }

    /// <summary>A small Llama-layout network sized for this vocabulary: 2 layers, width 128, about 0.4 M parameters.</summary>
    public static TransformerConfig SmallConfig { get; } = new()
    {
        Architecture = Architecture.Llama,
        VocabSize = 256 + SpecialTokens.Count,
        HiddenSize = 128,
        IntermediateSize = 256,
        NumLayers = 2,
        NumHeads = 4,
        NumKeyValueHeads = 2,
        HeadDim = 32,
        NormEps = 1e-5,
        MaxPositionEmbeddings = 1024,
        TieWordEmbeddings = true,
        EosTokenIds = [End],
        PadTokenId = Pad,
    };

    /// <summary>A far smaller network for tests.</summary>
    public static TransformerConfig TinyConfig { get; } = SmallConfig with
    {
        HiddenSize = 32, IntermediateSize = 64, NumLayers = 1, NumHeads = 2, NumKeyValueHeads = 1, HeadDim = 16,
    };

    /// <summary>The prompt ids: language tag, source and separator.</summary>
    public int[] Prompt(string source, string? targetLanguage)
    {
        ArgumentNullException.ThrowIfNull(source);
        var prefix = targetLanguage is null ? "" : $"[{targetLanguage}] ";
        var bytes = Cut(Encoding.UTF8.GetBytes(prefix + source), MaxTokens / 2 - 1);
        return [.. bytes.Select(b => (int)b), Separator];
    }

    /// <summary>The whole pair's ids and the index of the first target token (the one after the separator).</summary>
    public (int[] Ids, int TargetStart) Pair(string source, string target, string? targetLanguage)
    {
        ArgumentNullException.ThrowIfNull(target);
        var prompt = Prompt(source, targetLanguage);
        var targetBytes = Cut(Encoding.UTF8.GetBytes(target), MaxTokens - prompt.Length - 1);
        return ([.. prompt, .. targetBytes.Select(b => (int)b), End], prompt.Length);
    }

    /// <summary>Decodes generated ids to text: bytes up to the first special token, invalid UTF-8 replaced.</summary>
    public static string Decode(IReadOnlyList<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var bytes = ids.TakeWhile(i => i is >= 0 and < 256).Select(i => (byte)i).ToArray();
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>The longest prefix of <paramref name="bytes"/> of at most <paramref name="max"/> bytes that ends on a character boundary.</summary>
    private static byte[] Cut(byte[] bytes, int max)
    {
        if (bytes.Length <= max)
        {
            return bytes;
        }
        var end = Math.Max(0, max);
        while (end > 0 && (bytes[end] & 0xC0) == 0x80)
        {
            end--;
        }
        return bytes[..end];
    }
}
