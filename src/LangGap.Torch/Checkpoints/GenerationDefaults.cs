using System.Globalization;
using System.Text.Json.Nodes;

namespace LangGap.Torch.Checkpoints;

/// <summary>A checkpoint's <c>generation_config.json</c>: the tokens and sampling settings its authors recommend.</summary>
/// <param name="BosTokenId">Beginning-of-sequence id, if any.</param>
/// <param name="EosTokenIds">Ids that end generation.</param>
/// <param name="PadTokenId">Padding id, if any.</param>
/// <param name="DoSample">True when the authors sample rather than decode greedily.</param>
/// <param name="Temperature">Recommended temperature, if given.</param>
/// <param name="TopP">Recommended nucleus mass, if given.</param>
/// <param name="TopK">Recommended top-k, if given.</param>
public sealed record GenerationDefaults(
    int? BosTokenId, IReadOnlyList<int> EosTokenIds, int? PadTokenId, bool DoSample, double? Temperature, double? TopP, int? TopK)
{
    /// <summary>No recommendations.</summary>
    public static GenerationDefaults None { get; } = new(null, [], null, false, null, null, null);

    /// <summary>Parses the text of a <c>generation_config.json</c>.</summary>
    public static GenerationDefaults Parse(string json, string path)
    {
        var root = JsonNode.Parse(json)?.AsObject() ?? throw new InvalidInputException($"{path}: expected a JSON object.");
        double? Number(string key) => root[key] is { } n ? double.Parse(n.ToJsonString(), CultureInfo.InvariantCulture) : null;
        return new GenerationDefaults(
            root["bos_token_id"]?.GetValue<int>(),
            HfConfig.TokenIds(root["eos_token_id"]),
            root["pad_token_id"]?.GetValue<int>(),
            root["do_sample"]?.GetValue<bool>() ?? false,
            Number("temperature"),
            Number("top_p"),
            root["top_k"]?.GetValue<int>());
    }
}
