using LangGap.Torch.Checkpoints;
using LangGap.Torch.Gguf;
using LangGap.Torch.Modules;

namespace LangGap.Torch.Tests.Gguf;

[Collection(TorchCollection.Name)]
public sealed class GgufConverterTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"langgap-convert-{Guid.NewGuid():N}.gguf");

    public void Dispose() => File.Delete(_path);

    private static float[] Floats(Tensor t)
    {
        using var c = t.detach().contiguous();
        return c.data<float>().ToArray();
    }

    private static Dictionary<string, Tensor> Parameters(PretrainedModel model) =>
        model.Model.named_parameters().ToDictionary(p => p.name, p => (Tensor)p.parameter);

    [Fact]
    public void Llama_Float32_MapsNamesPermutesQkAndKeepsEveryOtherTensorExactly()
    {
        using var model = HfCheckpoint.Load(HfTiny.Dir("llama"));
        var c = model.Config;

        var result = GgufConverter.Convert(model, HfTiny.Dir("llama"), _path, GgufPrecision.Float32);
        var file = GgufReader.Read(_path);

        Assert.Equal("llama", file.Get<string>("general.architecture"));
        Assert.Equal(0u, file.Get<uint>("general.file_type"));
        Assert.Equal((uint)c.NumLayers, file.Get<uint>("llama.block_count"));
        Assert.Equal((uint)c.HiddenSize, file.Get<uint>("llama.embedding_length"));
        Assert.Equal((uint)c.NumHeads, file.Get<uint>("llama.attention.head_count"));
        Assert.Equal((uint)c.NumKeyValueHeads, file.Get<uint>("llama.attention.head_count_kv"));
        Assert.Equal((uint)c.HeadDim, file.Get<uint>("llama.rope.dimension_count"));
        Assert.Equal((float)c.RopeTheta, file.Get<float>("llama.rope.freq_base"));
        Assert.Equal((float)c.NormEps, file.Get<float>("llama.attention.layer_norm_rms_epsilon"));
        Assert.Equal(result.Tensors, file.Tensors.Count);
        var parameters = Parameters(model);
        Assert.Equal(parameters.Count, file.Tensors.Count);
        foreach (var (name, parameter) in parameters)
        {
            var gguf = GgufConverter.GgufName(name);
            Assert.Equal(parameter.shape, file.Tensor(gguf).Shape);
            Assert.Equal(GgufTensorType.F32, file.Tensor(gguf).Type);
            var expected = Floats(parameter);
            if (name.EndsWith("q_proj.weight", StringComparison.Ordinal) || name.EndsWith("k_proj.weight", StringComparison.Ordinal))
            {
                using var permuted = GgufRotaryPermutation.Permute(parameter.detach(), name.Contains("q_proj") ? c.NumHeads : c.NumKeyValueHeads);
                var moved = Floats(permuted);
                Assert.NotEqual(expected, moved);
                expected = moved;
            }
            Assert.Equal(expected, file.ReadFloats(gguf));
        }
        Assert.Equal("blk.1.ffn_down.weight", GgufConverter.GgufName("model.layers.1.mlp.down_proj.weight"));
        Assert.Equal("blk.0.attn_output.weight", GgufConverter.GgufName("model.layers.0.self_attn.o_proj.weight"));
        Assert.Null(file["tokenizer.ggml.model"]);   // this folder has no tokenizer.json
    }

    [Fact]
    public void Qwen2_Float16_MatricesHalfVectorsFloatNoPermutation()
    {
        using var model = HfCheckpoint.Load(HfTiny.Dir("qwen2"));

        GgufConverter.Convert(model, HfTiny.Dir("qwen2"), _path, GgufPrecision.Float16);
        var file = GgufReader.Read(_path);

        Assert.Equal("qwen2", file.Get<string>("general.architecture"));
        Assert.Equal(1u, file.Get<uint>("general.file_type"));
        Assert.Equal(1000000f, file.Get<float>("qwen2.rope.freq_base"));
        Assert.DoesNotContain(file.Tensors, t => t.Name == "output.weight");   // tied: llama.cpp reuses token_embd
        foreach (var (name, parameter) in Parameters(model))
        {
            var info = file.Tensor(GgufConverter.GgufName(name));
            Assert.Equal(parameter.dim() >= 2 ? GgufTensorType.F16 : GgufTensorType.F32, info.Type);
            using var rounded = parameter.detach().to(info.Type == GgufTensorType.F16 ? ScalarType.Float16 : ScalarType.Float32).to(ScalarType.Float32);
            Assert.Equal(Floats(rounded), file.ReadFloats(info.Name));   // q/k of Qwen2 keep Hugging Face's row order
        }
        Assert.Contains(file.Tensors, t => t.Name == "blk.0.attn_q.bias");
    }

    [Fact]
    public void Llama3RopeScaling_WritesTheFrequencyFactors()
    {
        using var model = HfCheckpoint.Load(HfTiny.Dir("llama3-gqa"));

        GgufConverter.Convert(model, HfTiny.Dir("llama3-gqa"), _path, GgufPrecision.Float32);
        var factors = GgufReader.Read(_path).ReadFloats("rope_freqs.weight");

        // head 16, θ 500000, factor 8, low 1, high 4, original context 64: wavelengths 2π·500000^(i/8).
        // i = 0: 6.3 < 64/4 → 1; i = 1: 32.4, between → 1/((1 − s)/8 + s) with s = (64/32.4 − 1)/3; i ≥ 2: > 64 → 8.
        var wavelen = 2 * Math.PI * Math.Pow(500000, 1.0 / 8);
        var s = (64 / wavelen - 1) / 3;
        Assert.Equal(8, factors.Length);
        Assert.Equal(1f, factors[0]);
        Assert.Equal(1 / ((1 - s) / 8 + s), factors[1], 5);
        Assert.All(factors[2..], f => Assert.Equal(8f, f));
    }

    [Fact]
    public void Cohere_IsOneClearError()
    {
        using var model = HfCheckpoint.Load(HfTiny.Dir("cohere"));

        var error = Assert.Throws<InvalidInputException>(() => GgufConverter.Convert(model, HfTiny.Dir("cohere"), _path, GgufPrecision.Float32));

        Assert.Contains("Cohere layout cannot be converted", error.Message);
        Assert.False(File.Exists(_path));
    }

    [Fact]
    public void EmbeddedModel_WritesItsByteLevelVocabularyAndSpecialIds()
    {
        using var model = ModelSource.Load(ModelSource.EmbeddedName);

        GgufConverter.Convert(model, ModelSource.EmbeddedDirectory, _path, GgufPrecision.Float16);
        var file = GgufReader.Read(_path);

        var tokens = file.Get<string[]>("tokenizer.ggml.tokens");
        var types = file.Get<int[]>("tokenizer.ggml.token_type");
        Assert.Equal("gpt2", file.Get<string>("tokenizer.ggml.model"));
        Assert.Equal("default", file.Get<string>("tokenizer.ggml.pre"));
        Assert.Equal(model.Config.VocabSize, tokens.Length);
        Assert.Equal("Ā", tokens[0]);           // byte 0 in the byte-level alphabet
        Assert.Equal("A", tokens['A']);
        Assert.Equal("<|end|>", tokens[258]);
        Assert.Equal(GgufVocabulary.Control, types[258]);
        Assert.Equal(GgufVocabulary.Normal, types['A']);
        Assert.Empty(file.Get<string[]>("tokenizer.ggml.merges"));
        Assert.Equal((uint)model.EosTokenIds[0], file.Get<uint>("tokenizer.ggml.eos_token_id"));
        Assert.False(file.Get<bool>("tokenizer.ggml.add_bos_token"));
    }
}
