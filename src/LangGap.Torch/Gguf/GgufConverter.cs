using System.Text.RegularExpressions;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Modules;

namespace LangGap.Torch.Gguf;

/// <summary>Writes a loaded Llama or Qwen2 model as a GGUF file that llama.cpp (and so Ollama) runs.</summary>
/// <remarks>
/// Tensors get llama.cpp's names (<c>token_embd</c>, <c>blk.N.attn_q</c> …); Llama's q/k rows are permuted to llama.cpp's
/// rotary layout (<see cref="GgufRotaryPermutation"/>); a tied output matrix is left out (llama.cpp reuses the embedding);
/// Llama 3 RoPE scaling becomes the <c>rope_freqs.weight</c> factors. The tokenizer is written as llama.cpp's <c>gpt2</c>
/// byte-level BPE (<see cref="GgufVocabulary"/>).
/// </remarks>
public static partial class GgufConverter
{
    /// <summary>Converts <paramref name="model"/>, loaded from <paramref name="directory"/>, to <paramref name="outPath"/>.</summary>
    /// <param name="model">The loaded model.</param>
    /// <param name="directory">Its folder, for <c>tokenizer.json</c>.</param>
    /// <param name="outPath">The GGUF file to write; written through a temporary file, so a failure leaves nothing behind.</param>
    /// <param name="precision">Float32, or float16 matrices.</param>
    /// <param name="preTokenizer">llama.cpp's pre-tokenizer name, or null to recognise it from <c>tokenizer.json</c>.</param>
    /// <exception cref="InvalidInputException">The architecture or tokenizer cannot be converted.</exception>
    public static GgufConversion Convert(PretrainedModel model, string directory, string outPath, GgufPrecision precision, string? preTokenizer = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(outPath);
        var config = model.Config;
        var arch = config.Architecture switch
        {
            Architecture.Llama => "llama",
            Architecture.Qwen2 => "qwen2",
            _ => throw new InvalidInputException($"Model '{model.Name}': the {config.Architecture} layout cannot be converted to GGUF yet (Llama and Qwen2 can)."),
        };
        var tokenizerPath = Path.Combine(directory, "tokenizer.json");
        var vocabulary = File.Exists(tokenizerPath) ? GgufVocabulary.FromTokenizerJson(tokenizerPath, config.VocabSize, preTokenizer) : null;
        var metadata = Metadata(model, arch, precision, vocabulary);
        var parameters = model.Model.named_parameters().ToList();
        var tensors = new List<GgufTensor>();
        var owned = new List<Tensor>();
        try
        {
            foreach (var (name, parameter) in parameters)
            {
                var source = parameter.detach();
                owned.Add(source);
                if (config.Architecture == Architecture.Llama && QkName().Match(name) is { Success: true } qk)
                {
                    source = GgufRotaryPermutation.Permute(source, qk.Groups[1].Value == "q" ? config.NumHeads : config.NumKeyValueHeads);
                    owned.Add(source);
                }
                tensors.Add(Tensor(GgufName(name, model.Name), source, precision));
            }
            if (config.RopeScaling is { } scaling)
            {
                var factors = RopeFactors(config.HeadDim, config.RopeTheta, scaling);
                tensors.Add(new GgufTensor("rope_freqs.weight", [factors.Length], GgufTensorType.F32, () => FloatBytes(factors)));
            }
            var temporary = $"{outPath}.{Guid.NewGuid():N}.tmp";
            try
            {
                long bytes;
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
                {
                    bytes = GgufWriter.Write(stream, metadata, tensors);
                }
                File.Move(temporary, outPath, overwrite: true);
                return new GgufConversion(
                    outPath, arch, precision, tensors.Count, parameters.Sum(p => p.parameter.numel()), bytes, config.VocabSize, vocabulary?.PreTokenizer);
            }
            finally
            {
                File.Delete(temporary);
            }
        }
        finally
        {
            foreach (var t in owned)
            {
                t.Dispose();
            }
        }
    }

    /// <summary>llama.cpp's name of the Hugging Face tensor <paramref name="name"/>.</summary>
    /// <exception cref="InvalidInputException">The name has no llama.cpp counterpart.</exception>
    public static string GgufName(string name, string modelName = "model")
    {
        ArgumentNullException.ThrowIfNull(name);
        switch (name)
        {
            case "model.embed_tokens.weight": return "token_embd.weight";
            case "model.norm.weight": return "output_norm.weight";
            case "lm_head.weight": return "output.weight";
        }
        var layer = LayerName().Match(name);
        if (layer.Success)
        {
            var part = layer.Groups[2].Value switch
            {
                "input_layernorm" => "attn_norm",
                "post_attention_layernorm" => "ffn_norm",
                "self_attn.q_proj" => "attn_q",
                "self_attn.k_proj" => "attn_k",
                "self_attn.v_proj" => "attn_v",
                "self_attn.o_proj" => "attn_output",
                "mlp.gate_proj" => "ffn_gate",
                "mlp.up_proj" => "ffn_up",
                "mlp.down_proj" => "ffn_down",
                _ => null,
            };
            if (part is not null)
            {
                return $"blk.{layer.Groups[1].Value}.{part}.{layer.Groups[3].Value}";
            }
        }
        throw new InvalidInputException($"Model '{modelName}': tensor '{name}' has no llama.cpp counterpart.");
    }

    /// <summary>llama.cpp's per-frequency divisors (<c>rope_freqs.weight</c>) for Llama 3 RoPE scaling, one per channel pair.</summary>
    public static float[] RopeFactors(int headDim, double theta, Llama3RopeScaling scaling)
    {
        ArgumentNullException.ThrowIfNull(scaling);
        var old = (double)scaling.OriginalMaxPositionEmbeddings;
        var lowWavelen = old / scaling.LowFreqFactor;
        var highWavelen = old / scaling.HighFreqFactor;
        var factors = new float[headDim / 2];
        for (var i = 0; i < factors.Length; i++)
        {
            var frequency = 1.0 / Math.Pow(theta, 2.0 * i / headDim);
            var wavelen = 2 * Math.PI / frequency;
            if (wavelen < highWavelen)
            {
                factors[i] = 1;
            }
            else if (wavelen > lowWavelen)
            {
                factors[i] = (float)scaling.Factor;
            }
            else
            {
                var smooth = (old / wavelen - scaling.LowFreqFactor) / (scaling.HighFreqFactor - scaling.LowFreqFactor);
                factors[i] = (float)(1 / ((1 - smooth) / scaling.Factor + smooth));
            }
        }
        return factors;
    }

    private static List<KeyValuePair<string, object>> Metadata(PretrainedModel model, string arch, GgufPrecision precision, GgufVocabulary? vocabulary)
    {
        var c = model.Config;
        var list = new List<KeyValuePair<string, object>>();
        void Add(string key, object value) => list.Add(KeyValuePair.Create(key, value));
        Add("general.architecture", arch);
        Add("general.name", model.Name);
        Add("general.file_type", precision == GgufPrecision.Float16 ? 1u : 0u);
        Add($"{arch}.vocab_size", (uint)c.VocabSize);
        Add($"{arch}.context_length", (uint)c.MaxPositionEmbeddings);
        Add($"{arch}.embedding_length", (uint)c.HiddenSize);
        Add($"{arch}.block_count", (uint)c.NumLayers);
        Add($"{arch}.feed_forward_length", (uint)c.IntermediateSize);
        Add($"{arch}.attention.head_count", (uint)c.NumHeads);
        Add($"{arch}.attention.head_count_kv", (uint)c.NumKeyValueHeads);
        Add($"{arch}.attention.key_length", (uint)c.HeadDim);
        Add($"{arch}.attention.value_length", (uint)c.HeadDim);
        Add($"{arch}.attention.layer_norm_rms_epsilon", (float)c.NormEps);
        Add($"{arch}.rope.dimension_count", (uint)c.HeadDim);
        Add($"{arch}.rope.freq_base", (float)c.RopeTheta);
        if (vocabulary is not null)
        {
            Add("tokenizer.ggml.model", "gpt2");
            Add("tokenizer.ggml.pre", vocabulary.PreTokenizer);
            Add("tokenizer.ggml.tokens", vocabulary.Tokens.ToArray());
            Add("tokenizer.ggml.token_type", vocabulary.TokenTypes.ToArray());
            Add("tokenizer.ggml.merges", vocabulary.Merges.ToArray());
            if (c.BosTokenId is { } bos)
            {
                Add("tokenizer.ggml.bos_token_id", (uint)bos);
            }
            if (model.EosTokenIds is [var eos, ..])
            {
                Add("tokenizer.ggml.eos_token_id", (uint)eos);
            }
            if (c.PadTokenId is { } pad)
            {
                Add("tokenizer.ggml.padding_token_id", (uint)pad);
            }
            Add("tokenizer.ggml.add_bos_token", c.BosTokenId is not null && model.Tokenizer?.AddsLeadingSpecialTokens == true);
            Add("tokenizer.ggml.add_eos_token", false);
            if (model.ChatTemplate is { } template)
            {
                Add("tokenizer.chat_template", template);
            }
        }
        return list;
    }

    private static GgufTensor Tensor(string name, Tensor source, GgufPrecision precision)
    {
        var half = precision == GgufPrecision.Float16 && source.dim() >= 2;
        return new GgufTensor(name, source.shape, half ? GgufTensorType.F16 : GgufTensorType.F32, () =>
        {
            using var converted = source.to(half ? ScalarType.Float16 : ScalarType.Float32).contiguous();
            return converted.bytes.ToArray();
        });
    }

    private static byte[] FloatBytes(float[] values) => System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).ToArray();

    [GeneratedRegex(@"^model\.layers\.\d+\.self_attn\.([qk])_proj\.(weight|bias)$")]
    private static partial Regex QkName();

    [GeneratedRegex(@"^model\.layers\.(\d+)\.(.+)\.(weight|bias)$")]
    private static partial Regex LayerName();
}
