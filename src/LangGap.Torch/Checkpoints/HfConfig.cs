using System.Globalization;
using System.Text.Json.Nodes;
using LangGap.Torch.Modules;

namespace LangGap.Torch.Checkpoints;

/// <summary>Maps a Hugging Face <c>config.json</c> to a <see cref="TransformerConfig"/> and back.</summary>
/// <remarks>Reads both transformers 5's <c>rope_parameters</c> and the older <c>rope_theta</c>/<c>rope_scaling</c> keys.</remarks>
public static class HfConfig
{
    private static readonly Dictionary<string, Architecture> Architectures = new(StringComparer.Ordinal)
    {
        ["LlamaForCausalLM"] = Architecture.Llama,
        ["llama"] = Architecture.Llama,
        ["Qwen2ForCausalLM"] = Architecture.Qwen2,
        ["qwen2"] = Architecture.Qwen2,
        ["CohereForCausalLM"] = Architecture.Cohere,
        ["cohere"] = Architecture.Cohere,
    };

    /// <summary>Parses the text of a <c>config.json</c>; <paramref name="path"/> names it in errors.</summary>
    public static TransformerConfig Parse(string json, string path)
    {
        ArgumentNullException.ThrowIfNull(json);
        var root = JsonNode.Parse(json)?.AsObject() ?? throw new InvalidInputException($"{path}: expected a JSON object.");
        var name = root["architectures"]?.AsArray().FirstOrDefault()?.GetValue<string>() ?? root["model_type"]?.GetValue<string>() ?? "";
        if (!Architectures.TryGetValue(name, out var architecture))
        {
            throw new InvalidInputException(
                $"{path}: architecture '{name}' is not supported; expected LlamaForCausalLM, Qwen2ForCausalLM or CohereForCausalLM.");
        }
        int Int(string key) => root[key]?.GetValue<int>() ?? throw new InvalidInputException($"{path}: '{key}' is missing.");
        bool Bool(string key, bool fallback) => root[key]?.GetValue<bool>() ?? fallback;
        var heads = Int("num_attention_heads");
        var hidden = Int("hidden_size");
        if (architecture == Architecture.Cohere && Bool("use_qk_norm", false))
        {
            throw new InvalidInputException($"{path}: Cohere 'use_qk_norm' (Command R+) is not supported.");
        }
        if (architecture == Architecture.Qwen2 && Bool("use_sliding_window", false))
        {
            throw new InvalidInputException($"{path}: Qwen2 'use_sliding_window' is not supported.");
        }
        var attentionBias = Bool("attention_bias", false);
        var (theta, scaling) = ReadRope(root, path);
        return new TransformerConfig
        {
            Architecture = architecture,
            VocabSize = Int("vocab_size"),
            HiddenSize = hidden,
            IntermediateSize = Int("intermediate_size"),
            NumLayers = Int("num_hidden_layers"),
            NumHeads = heads,
            NumKeyValueHeads = root["num_key_value_heads"]?.GetValue<int>() ?? heads,
            HeadDim = root["head_dim"]?.GetValue<int>() ?? hidden / heads,
            NormEps = Number(root["rms_norm_eps"] ?? root["layer_norm_eps"]) ?? 1e-6,
            RopeTheta = theta,
            RopeScaling = scaling,
            MaxPositionEmbeddings = root["max_position_embeddings"]?.GetValue<int>() ?? 2048,
            TieWordEmbeddings = Bool("tie_word_embeddings", architecture == Architecture.Cohere),
            QkvBias = architecture == Architecture.Qwen2 || attentionBias,
            OutputBias = architecture == Architecture.Llama && attentionBias,
            MlpBias = architecture == Architecture.Llama && Bool("mlp_bias", false),
            LogitScale = architecture == Architecture.Cohere ? Number(root["logit_scale"]) ?? 0.0625 : 1,
            BosTokenId = root["bos_token_id"]?.GetValue<int>(),
            EosTokenIds = TokenIds(root["eos_token_id"]),
            PadTokenId = root["pad_token_id"]?.GetValue<int>(),
        };
    }

    /// <summary>Writes <paramref name="config"/> as a transformers 5 <c>config.json</c> that transformers can load too.</summary>
    public static string ToJson(TransformerConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var (architecture, modelType) = config.Architecture switch
        {
            Architecture.Qwen2 => ("Qwen2ForCausalLM", "qwen2"),
            Architecture.Cohere => ("CohereForCausalLM", "cohere"),
            _ => ("LlamaForCausalLM", "llama"),
        };
        var rope = new JsonObject { ["rope_theta"] = config.RopeTheta, ["rope_type"] = config.RopeScaling is null ? "default" : "llama3" };
        if (config.RopeScaling is { } s)
        {
            rope["factor"] = s.Factor;
            rope["low_freq_factor"] = s.LowFreqFactor;
            rope["high_freq_factor"] = s.HighFreqFactor;
            rope["original_max_position_embeddings"] = s.OriginalMaxPositionEmbeddings;
        }
        var root = new JsonObject
        {
            ["architectures"] = new JsonArray(architecture),
            ["model_type"] = modelType,
            ["vocab_size"] = config.VocabSize,
            ["hidden_size"] = config.HiddenSize,
            ["intermediate_size"] = config.IntermediateSize,
            ["num_hidden_layers"] = config.NumLayers,
            ["num_attention_heads"] = config.NumHeads,
            ["num_key_value_heads"] = config.NumKeyValueHeads,
            ["head_dim"] = config.HeadDim,
            [config.Architecture == Architecture.Cohere ? "layer_norm_eps" : "rms_norm_eps"] = config.NormEps,
            ["rope_parameters"] = rope,
            ["max_position_embeddings"] = config.MaxPositionEmbeddings,
            ["tie_word_embeddings"] = config.TieWordEmbeddings,
            ["hidden_act"] = "silu",
            ["dtype"] = "float32",
            ["bos_token_id"] = config.BosTokenId,
            ["eos_token_id"] = config.EosTokenIds.Count == 1 ? config.EosTokenIds[0] : new JsonArray(config.EosTokenIds.Select(i => (JsonNode?)i).ToArray()),
            ["pad_token_id"] = config.PadTokenId,
        };
        if (config.Architecture == Architecture.Llama)
        {
            root["attention_bias"] = config.QkvBias;
            root["mlp_bias"] = config.MlpBias;
        }
        if (config.Architecture == Architecture.Cohere)
        {
            root["logit_scale"] = config.LogitScale;
        }
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    private static (double Theta, Llama3RopeScaling? Scaling) ReadRope(JsonObject root, string path)
    {
        var rope = root["rope_parameters"]?.AsObject() ?? root["rope_scaling"]?.AsObject();
        var theta = Number(rope?["rope_theta"]) ?? Number(root["rope_theta"]) ?? 10000;
        var type = (rope?["rope_type"] ?? rope?["type"])?.GetValue<string>() ?? "default";
        switch (type)
        {
            case "default":
                return (theta, null);
            case "llama3":
                double Need(string key) => Number(rope![key]) ?? throw new InvalidInputException($"{path}: llama3 RoPE scaling needs '{key}'.");
                return (theta, new Llama3RopeScaling(
                    Need("factor"), Need("low_freq_factor"), Need("high_freq_factor"), (int)Need("original_max_position_embeddings")));
            default:
                throw new InvalidInputException($"{path}: RoPE type '{type}' is not supported; expected 'default' or 'llama3'.");
        }
    }

    private static double? Number(JsonNode? node) =>
        node is null ? null : double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>A token id or list of ids (as <c>eos_token_id</c> may be), or an empty list.</summary>
    internal static IReadOnlyList<int> TokenIds(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => array.Select(n => n!.GetValue<int>()).ToArray(),
        _ => [node.GetValue<int>()],
    };
}
